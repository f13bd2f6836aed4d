import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RANKED_CANDIDATES, wholeWordsFirst, type SearchHit } from './ranking.ts';

const hit = (itemId: string, rank: number, lang = 'en'): SearchHit => ({ itemId, lang, rank });

describe('wholeWordsFirst', () => {
  it('answers with the whole-word matches alone when they fill the set, without asking for prefixes', async () => {
    const exact = [hit('a', 3), hit('b', 2), hit('c', 1)];
    let asked = false;
    const out = await wholeWordsFirst(3, exact, async () => {
      asked = true;
      return [];
    });
    assert.deepEqual(out, exact);
    assert.equal(asked, false);
  });

  it('stops at the candidate cap even when the limit is larger', async () => {
    const exact = Array.from({ length: RANKED_CANDIDATES }, (_, i) => hit(`i${i}`, -i));
    let asked = false;
    await wholeWordsFirst(RANKED_CANDIDATES * 2, exact, async () => {
      asked = true;
      return [];
    });
    assert.equal(asked, false);
  });

  it('adds prefix matches after the whole words, ranked below all of them, in the engine’s order', async () => {
    const exact = [hit('a', 5), hit('b', -2)];
    const out = await wholeWordsFirst(10, exact, async () => [
      { itemId: 'p1', lang: 'en' },
      { itemId: 'p2', lang: 'nl' },
    ]);
    assert.deepEqual(
      out.map((h) => `${h.itemId}|${h.lang}`),
      ['a|en', 'b|en', 'p1|en', 'p2|nl'],
    );
    const [, worstExact, first, second] = out;
    assert.ok(first!.rank < worstExact!.rank, 'below every whole-word match');
    assert.ok(second!.rank < first!.rank, 'in the order the engine gave them');
  });

  it('does not repeat a version found as a whole word, but keeps its other languages', async () => {
    const out = await wholeWordsFirst(10, [hit('a', 1, 'en')], async () => [
      { itemId: 'a', lang: 'en' },
      { itemId: 'a', lang: 'nl' },
    ]);
    assert.deepEqual(
      out.map((h) => `${h.itemId}|${h.lang}`),
      ['a|en', 'a|nl'],
    );
  });

  it('never answers more than the limit', async () => {
    const out = await wholeWordsFirst(3, [hit('a', 1)], async () =>
      ['p1', 'p2', 'p3', 'p4'].map((itemId) => ({ itemId, lang: 'en' })),
    );
    assert.deepEqual(
      out.map((h) => h.itemId),
      ['a', 'p1', 'p2'],
    );
  });

  it('ranks prefix matches below zero when there is no whole-word match', async () => {
    const out = await wholeWordsFirst(5, [], async () => [{ itemId: 'p', lang: 'en' }]);
    assert.equal(out.length, 1);
    assert.ok(out[0]!.rank < 0);
  });
});
