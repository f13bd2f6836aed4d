import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameKey, normaliseForSearch, searchTerms, slugify, stripMarkdown, teaser } from './text.ts';

describe('text helpers', () => {
  it('normalises accents, case and punctuation', () => {
    assert.equal(normaliseForSearch('Bèta&TechMentality — Óbuda!'), 'beta techmentality obuda');
    assert.deepEqual(searchTerms('c++ "x'), ['c', 'x']);
    assert.deepEqual(searchTerms('🚀🚀'), []);
    assert.equal(searchTerms('a '.repeat(5000)).length, 1);
    assert.ok(searchTerms('word '.repeat(10) + 'x'.repeat(10_000)).every((t) => t.length <= 40));
  });

  it('makes slugs', () => {
    assert.equal(slugify('Jet-Net & TechNet (JNTN)'), 'jet-net-and-technet-jntn');
    assert.equal(slugify('Bèta&TechMentality model'), 'beta-and-techmentality-model');
    assert.ok(slugify('word '.repeat(50)).length <= 80);
    assert.ok(!slugify('word '.repeat(50)).endsWith('-'));
  });

  it('cuts teasers at a word boundary', () => {
    const text = 'The coalition supports countries and regions including the Basque Country';
    assert.equal(teaser(text, 60), 'The coalition supports countries and regions including the…');
    assert.equal(teaser('one two three four', 9), 'one two…', 'cut at the last whole word');
    assert.equal(teaser('short', 60), 'short');
    assert.equal(
      teaser(`Read ${'x'.repeat(80)} now`, 60),
      'Read…',
      'a long second word is left out, not cut',
    );
    assert.equal(
      teaser('y'.repeat(80), 10),
      `${'y'.repeat(10)}…`,
      'only a first word longer than the limit is cut',
    );
    assert.equal(teaser(`${'😀'.repeat(20)}`, 5), `${'😀'.repeat(5)}…`, 'never inside a surrogate pair');
  });

  it('strips markdown and matches names', () => {
    assert.equal(stripMarkdown('# Title\n\n- **bold** [link](https://x)'), 'Title bold link');
    assert.equal(nameKey(' Innobasque '), nameKey('InnoBasque'));
  });
});
