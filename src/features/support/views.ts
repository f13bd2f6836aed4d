// The public support page: the ladder of instruments and the request form.
import type { Locale, Translator } from '../../i18n/index.ts';
import { countryName } from '../reference/domain/vocabulary.ts';
import { type Region, regionName } from '../reference/domain/regions.ts';
import {
  csrfField,
  errorSummary,
  selectField,
  submitButton,
  textArea,
  textField,
} from '../../web/components.ts';
import type { FieldErrors } from '../../web/forms.ts';
import { html, type SafeHtml } from '../../web/html.ts';
import { INSTRUMENTS, TIME_FRAMES } from './schema.ts';
import { RETENTION_DAYS } from './domain/retention.ts';
import { compareIn } from '../../lib/text.ts';
import { supportPaths } from './paths.ts';

export interface SupportFormView {
  tr: Translator;
  locale: Locale;
  csrfToken: string;
  shown: string;
  values: Record<string, string>;
  errors: FieldErrors;
  formError?: string;
  countries: string[];
  regions: Region[];
}

function ladder(tr: Translator): SafeHtml {
  const step = (title: string, body: string) => html`<li class="card"><h3>${title}</h3><p>${body}</p></li>`;
  return html`<section aria-labelledby="ladder-h">
  <h2 id="ladder-h">${tr.t('support.ladder')}</h2>
  <ol class="card-grid ladder">
    ${step(tr.t('support.ladder.briefing.title'), tr.t('support.ladder.briefing.body'))}
    ${step(tr.t('support.ladder.taskforce.title'), tr.t('support.ladder.taskforce.body'))}
    ${step(tr.t('support.ladder.roundtable.title'), tr.t('support.ladder.roundtable.body'))}
  </ol>
</section>`;
}

function radios(
  tr: Translator,
  errors: FieldErrors,
  name: string,
  legend: string,
  options: { value: string; label: string }[],
  value: string | undefined,
): SafeHtml {
  const error = errors[name];
  return html`<fieldset class="field${error ? ' field-error' : ''}" id="${name}">
  <legend>${legend} <span class="required">${tr.t('form.required')}</span></legend>
  ${error ? html`<p class="error-message">${tr.t(error.key, error.params)}</p>` : ''}
  ${options.map((o) => html`<label class="choice"><input type="radio" name="${name}" value="${o.value}"${o.value === value ? html` checked` : ''}> ${o.label}</label>`)}
</fieldset>`;
}

export function supportView(v: SupportFormView): SafeHtml {
  const { tr } = v;
  const labels: Record<string, string> = {
    organisation: tr.t('support.form.organisation'),
    country: tr.t('support.form.country'),
    region: tr.t('support.form.region'),
    contactName: tr.t('support.form.contactName'),
    email: tr.t('support.form.email'),
    instrument: tr.t('support.form.instrument'),
    challenge: tr.t('support.form.challenge'),
    timeFrame: tr.t('support.form.timeFrame'),
    consent: tr.t('support.form.consent', { days: RETENTION_DAYS }),
  };
  const countryOptions = [
    { value: '', label: tr.t('support.form.chooseCountry') },
    ...v.countries
      .map((c) => ({ value: c, label: countryName(c, v.locale) }))
      .sort((a, b) => compareIn(v.locale)(a.label, b.label)),
  ];
  const regionOptions = [
    { value: '', label: tr.t('support.form.regionNone') },
    ...v.regions.map((r) => ({
      value: r.slug,
      label: `${regionName(r, v.locale)} (${countryName(r.countryCode, v.locale)})`,
    })),
  ];
  const consentError = v.errors.consent;
  return html`<h1>${tr.t('support.title')}</h1>
<p class="lead">${tr.t('support.intro')}</p>
${ladder(tr)}
<section aria-labelledby="form-h" class="narrow">
<h2 id="form-h">${tr.t('support.form.title')}</h2>
<p>${tr.t('support.form.intro')}</p>
${errorSummary(tr, v.errors, labels, v.formError)}
<form method="post" action="${supportPaths.support(v.locale)}" class="form" novalidate>
  ${csrfField(v.csrfToken)}
  <input type="hidden" name="shown" value="${v.shown}">
  <div class="hp-field" aria-hidden="true"><label for="homepage">${tr.t('support.form.honeypot')}</label><input id="homepage" name="homepage" type="text" tabindex="-1" autocomplete="off" value=""></div>
  ${textField(tr, v.errors, { name: 'organisation', label: labels.organisation!, value: v.values.organisation, required: true, autocomplete: 'organization', maxLength: 200 })}
  ${selectField(tr, v.errors, { name: 'country', label: labels.country!, value: v.values.country, required: true, options: countryOptions })}
  ${selectField(tr, v.errors, { name: 'region', label: labels.region!, value: v.values.region, options: regionOptions })}
  ${textField(tr, v.errors, { name: 'contactName', label: labels.contactName!, value: v.values.contactName, required: true, autocomplete: 'name', maxLength: 120 })}
  ${textField(tr, v.errors, { name: 'email', label: labels.email!, type: 'email', value: v.values.email, required: true, autocomplete: 'email' })}
  ${radios(
    tr,
    v.errors,
    'instrument',
    labels.instrument!,
    INSTRUMENTS.map((i) => ({ value: i, label: tr.t(`support.instrument.${i}`) })),
    v.values.instrument,
  )}
  ${textArea(tr, v.errors, { name: 'challenge', label: labels.challenge!, hint: tr.t('support.form.challengeHint'), value: v.values.challenge, required: true, maxLength: 5000, rows: 8 })}
  ${radios(
    tr,
    v.errors,
    'timeFrame',
    labels.timeFrame!,
    TIME_FRAMES.map((f) => ({ value: f, label: tr.t(`support.timeFrame.${f}`) })),
    v.values.timeFrame,
  )}
  <div class="field${consentError ? ' field-error' : ''}">
    ${consentError ? html`<p class="error-message" id="consent-error">${tr.t(consentError.key, consentError.params)}</p>` : ''}
    <label class="choice" for="consent"><input type="checkbox" id="consent" name="consent" value="yes"${v.values.consent === 'yes' ? html` checked` : ''}${consentError ? html` aria-invalid="true" aria-describedby="consent-error"` : ''}> ${labels.consent}</label>
  </div>
  ${submitButton(tr.t('support.form.submit'))}
</form>
</section>`;
}

export function sentView(tr: Translator, reference: string | null): SafeHtml {
  return html`<div class="narrow">
<h1>${tr.t('support.sent.title')}</h1>
<p role="status">${reference ? tr.t('support.sent.body', { reference }) : tr.t('support.sent.bodyNoReference')}</p>
</div>`;
}
