// The fields of the item forms, grouped in fieldsets: the text of one language version, and the
// language-neutral record (dates and links, organisation and visibility, classification).
import type { MessageKey, Translator } from '../../../i18n/index.ts';
import { selectField, textArea, textField } from '../../../web/components.ts';
import type { FieldErrors } from '../../../web/forms.ts';
import { html, type SafeHtml } from '../../../web/html.ts';
import { TYPE_SPECS, type NeutralField, type OrgRole } from '../../items/domain/type-specs.ts';
import { regionName, type Region } from '../../reference/domain/regions.ts';
import { COUNTRY_CODES, LEVELS, THEMES, countryName } from '../../reference/domain/vocabulary.ts';
import type { ContentType } from '../../../kernel/content-types.ts';
import type { OrganisationOption } from '../../organisations/service.ts';
import {
  DATE_FIELDS,
  URL_FIELDS,
  YEAR_FIELDS,
  formOrgRoles,
  type FormValues,
  LIMITS,
  orgFieldName,
  textFieldName,
} from '../schema.ts';
import { checkboxGroup, radioGroup, valueOf, type Base } from './shared.ts';
import { compareIn } from '../../../lib/text.ts';

/** Labels of every form field, for the error summary. */
export function fieldLabels(tr: Translator, type: ContentType): Record<string, string> {
  const spec = TYPE_SPECS[type];
  // In the order of the form, so the error summary lists problems top to bottom.
  const labels: Record<string, string> = {
    type: tr.t('editorial.field.type'),
    lang: tr.t('editorial.field.lang'),
    originalLang: tr.t('editorial.field.originalLang'),
    title: tr.t('editorial.field.title'),
    summary: tr.t('editorial.field.summary'),
    body: tr.t('editorial.field.body'),
  };
  for (const field of spec.text) labels[textFieldName(field)] = tr.t(`field.${field}`);
  labels.note = tr.t('editorial.field.note');
  for (const field of spec.neutral) labels[field] = tr.t(`field.${field}`);
  labels.organisationId = tr.t('editorial.field.organisation');
  labels.visibility = tr.t('field.visibility');
  for (const role of formOrgRoles(type)) labels[orgFieldName(role)] = orgRoleLabel(tr, role);
  Object.assign(labels, {
    countries: tr.t('field.countries'),
    regions: tr.t('field.regions'),
    levels: tr.t('field.levels'),
    themes: tr.t('field.themes'),
    sourceNote: tr.t('field.sourceNote'),
  });
  return labels;
}

/** Errors in the order of the form's fields (the validator reports them in schema order). */
export function inFormOrder(errors: FieldErrors, labels: Record<string, string>): FieldErrors {
  const order = Object.keys(labels);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

const ORG_ROLE_LABELS: Partial<Record<OrgRole, MessageKey>> = {
  source: 'editorial.field.sources',
  host: 'editorial.field.hosts',
  partner: 'editorial.field.partners',
};

function orgRoleLabel(tr: Translator, role: OrgRole): string {
  return tr.t(ORG_ROLE_LABELS[role] ?? `orgRole.${role}`);
}

/** Title, summary, Markdown body and the type's own text fields of one language version. */
export function versionFields(b: Base, type: ContentType, values: FormValues, errors: FieldErrors): SafeHtml {
  const { tr } = b;
  const v = (name: string) => valueOf(values, name);
  return html`${textField(tr, errors, { name: 'title', label: tr.t('editorial.field.title'), value: v('title'), required: true, maxLength: LIMITS.title })}
${textArea(tr, errors, { name: 'summary', label: tr.t('editorial.field.summary'), value: v('summary'), required: true, rows: 3, hint: tr.t('editorial.hint.summary') })}
${textArea(tr, errors, { name: 'body', label: tr.t('editorial.field.body'), value: v('body'), rows: 14, hint: tr.t('editorial.hint.markdown') })}
${TYPE_SPECS[type].text.map((field) =>
  textArea(tr, errors, {
    name: textFieldName(field),
    label: tr.t(`field.${field}`),
    value: v(textFieldName(field)),
    rows: 4,
    hint: tr.t('editorial.hint.markdownShort'),
  }),
)}`;
}

function neutralField(
  tr: Translator,
  errors: FieldErrors,
  values: FormValues,
  field: NeutralField,
): SafeHtml {
  const base = { name: field, label: tr.t(`field.${field}`), value: valueOf(values, field) };
  if (DATE_FIELDS.includes(field))
    return textField(tr, errors, { ...base, type: 'date', hint: tr.t('editorial.hint.date') });
  // Web addresses are long: they get a row of their own.
  if (URL_FIELDS.includes(field))
    return html`<div class="ed-wide">${textField(tr, errors, { ...base, type: 'url', hint: tr.t('editorial.hint.url'), maxLength: LIMITS.url })}</div>`;
  if (YEAR_FIELDS.includes(field))
    return textField(tr, errors, { ...base, hint: tr.t('editorial.hint.year'), maxLength: 4 });
  return textField(tr, errors, { ...base, maxLength: LIMITS.shortText });
}

export interface RecordFormInput {
  type: ContentType;
  values: FormValues;
  errors: FieldErrors;
  organisations: OrganisationOption[];
  regions: Region[];
  /** Editors choose the organisation; members see theirs, fixed. */
  chooseOrganisation: boolean;
  ownOrganisationName: string | null;
}

/** The language-neutral fieldsets, shared by the create form and the record form. */
export function recordFieldsets(b: Base, input: RecordFormInput): SafeHtml {
  const { tr, locale } = b;
  const { values, errors } = input;
  const spec = TYPE_SPECS[input.type];
  const organisation = input.chooseOrganisation
    ? selectField(tr, errors, {
        name: 'organisationId',
        label: tr.t('editorial.field.organisation'),
        value: valueOf(values, 'organisationId'),
        hint: tr.t('editorial.hint.organisation'),
        options: [
          { value: '', label: tr.t('editorial.noOrganisation') },
          ...input.organisations.map((o) => ({ value: o.id, label: o.name })),
        ],
      })
    : html`<div class="field"><p class="ed-fixed"><strong>${tr.t('editorial.field.organisation')}:</strong> ${input.ownOrganisationName ?? tr.t('editorial.noOrganisation')}</p><p class="hint">${tr.t('editorial.hint.ownOrganisation')}</p></div>`;
  const orgChoices = input.organisations.map((o) => ({ value: o.id, label: o.name }));
  const countries = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort(
    (a, b2) => compareIn(locale)(a.label, b2.label),
  );
  const regions = input.regions
    .map((r) => ({ value: r.id, label: `${regionName(r, locale)} (${countryName(r.countryCode, locale)})` }))
    .sort((a, b2) => compareIn(locale)(a.label, b2.label));
  return html`<fieldset class="ed-section">
  <legend>${tr.t('editorial.section.details')}</legend>
  <div class="ed-grid">${spec.neutral.map((field) => neutralField(tr, errors, values, field))}</div>
</fieldset>
<fieldset class="ed-section">
  <legend>${tr.t('editorial.section.ownership')}</legend>
  ${organisation}
  ${radioGroup(tr, errors, values, {
    name: 'visibility',
    legend: tr.t('field.visibility'),
    fallback: 'public',
    options: [
      { value: 'public', label: tr.t('visibility.public'), hint: tr.t('editorial.hint.public') },
      { value: 'members', label: tr.t('visibility.members'), hint: tr.t('editorial.hint.members') },
    ],
  })}
  ${formOrgRoles(input.type).map((role) =>
    checkboxGroup(tr, errors, values, {
      name: orgFieldName(role),
      legend: orgRoleLabel(tr, role),
      hint: tr.t('editorial.hint.otherOrganisations'),
      options: orgChoices,
      scroll: true,
    }),
  )}
</fieldset>
<fieldset class="ed-section">
  <legend>${tr.t('editorial.section.classification')}</legend>
  ${checkboxGroup(tr, errors, values, { name: 'countries', legend: tr.t('field.countries'), hint: tr.t('editorial.hint.countries'), options: countries, scroll: true })}
  ${checkboxGroup(tr, errors, values, { name: 'regions', legend: tr.t('field.regions'), hint: tr.t('editorial.hint.regions'), options: regions, scroll: true })}
  ${spec.classified ? checkboxGroup(tr, errors, values, { name: 'levels', legend: tr.t('field.levels'), options: LEVELS.map((l) => ({ value: l, label: tr.t(`level.${l}`) })) }) : ''}
  ${spec.classified ? checkboxGroup(tr, errors, values, { name: 'themes', legend: tr.t('field.themes'), options: THEMES.map((t) => ({ value: t, label: tr.t(`theme.${t}`) })) }) : ''}
  ${textArea(tr, errors, { name: 'sourceNote', label: tr.t('field.sourceNote'), value: valueOf(values, 'sourceNote'), rows: 2, hint: tr.t('editorial.hint.sourceNote'), maxLength: LIMITS.sourceNote })}
</fieldset>`;
}
