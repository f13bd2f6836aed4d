import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_QUERY_LENGTH, cutQuery } from './query.ts';

describe('cutQuery', () => {
  it('trims a query and keeps it whole up to the limit', () => {
    assert.deepEqual(cutQuery('  stem  '), { q: 'stem', shortened: false });
    assert.deepEqual(cutQuery(undefined), { q: '', shortened: false });
    const full = 'a'.repeat(MAX_QUERY_LENGTH);
    assert.deepEqual(cutQuery(full), { q: full, shortened: false });
  });

  it('cuts an overlong query to the limit and says so', () => {
    const cut = cutQuery('b'.repeat(MAX_QUERY_LENGTH + 1));
    assert.equal(cut.q.length, MAX_QUERY_LENGTH);
    assert.equal(cut.shortened, true);
    assert.equal(cutQuery('c'.repeat(100_000)).q.length, MAX_QUERY_LENGTH);
  });

  it('counts characters, never cutting inside a surrogate pair', () => {
    const emoji = '😀'; // two UTF-16 units
    const exact = cutQuery(emoji.repeat(MAX_QUERY_LENGTH));
    assert.equal(Array.from(exact.q).length, MAX_QUERY_LENGTH);
    assert.equal(exact.shortened, false);
    const over = cutQuery(emoji.repeat(MAX_QUERY_LENGTH + 100));
    assert.equal(over.q, emoji.repeat(MAX_QUERY_LENGTH));
    assert.equal(over.shortened, true, 'a query of astral characters past the limit is shortened');
    const mixed = cutQuery(`${'x'.repeat(MAX_QUERY_LENGTH - 1)}${emoji}${emoji}`);
    assert.equal(mixed.q, `${'x'.repeat(MAX_QUERY_LENGTH - 1)}${emoji}`);
    assert.ok(!/[\uD800-\uDBFF]$/.test(mixed.q), 'no lone high surrogate at the end');
  });

  it('trims what remains after the cut', () => {
    assert.deepEqual(cutQuery(`${'d'.repeat(MAX_QUERY_LENGTH - 1)}  tail`), {
      q: 'd'.repeat(MAX_QUERY_LENGTH - 1),
      shortened: true,
    });
  });
});
