import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_FORM_AGE_MS, MIN_FILL_MS, judge, signShownAt } from './spam.ts';

const secret = 'test-secret-of-thirty-two-characters!';
const shownAt = new Date('2026-03-01T10:00:00Z');
const after = (ms: number) => new Date(shownAt.getTime() + ms);
const shown = signShownAt(secret, shownAt);

describe('judge', () => {
  it('lets a form through that a person filled in', () => {
    assert.equal(judge(secret, { honeypot: undefined, shown }, after(MIN_FILL_MS)), 'ok');
    assert.equal(judge(secret, { honeypot: '  ', shown }, after(60_000)), 'ok');
    assert.equal(judge(secret, { honeypot: '', shown }, after(MAX_FORM_AGE_MS)), 'ok');
  });

  it('calls a filled honeypot a bot, whatever the time', () => {
    assert.equal(judge(secret, { honeypot: 'http://spam.example', shown }, after(60_000)), 'bot');
  });

  it('calls a form sent faster than a person can a bot', () => {
    assert.equal(judge(secret, { honeypot: undefined, shown }, after(MIN_FILL_MS - 1)), 'bot');
    assert.equal(judge(secret, { honeypot: undefined, shown }, after(0)), 'bot');
  });

  it('calls a form shown too long ago expired', () => {
    assert.equal(judge(secret, { honeypot: undefined, shown }, after(MAX_FORM_AGE_MS + 1)), 'expired');
  });

  it('calls a missing, malformed or forged time stamp expired', () => {
    const now = after(60_000);
    const [ms] = shown.split('.');
    for (const bad of ['', 'nonsense', `${ms}`, `${ms}.`, `${ms}.forged`, `12.${shown.split('.')[1]}`])
      assert.equal(judge(secret, { honeypot: undefined, shown: bad }, now), 'expired', bad);
    const otherSecret = signShownAt('another-secret-of-thirty-two-chars!!', shownAt);
    assert.equal(judge(secret, { honeypot: undefined, shown: otherSecret }, now), 'expired');
    const earlier = `${Number(ms) - 10_000}.${shown.split('.')[1]}`;
    assert.equal(
      judge(secret, { honeypot: undefined, shown: earlier }, now),
      'expired',
      'signature of another time',
    );
  });
});
