import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from './random.ts';

describe('seeded random numbers', () => {
  it('repeat the same sequence for the same seed and differ for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom('42');
    const first = Array.from({ length: 5 }, () => a.next());
    assert.deepEqual(
      first,
      Array.from({ length: 5 }, () => b.next()),
    );
    assert.notDeepEqual(
      first,
      Array.from({ length: 5 }, () => c.next()),
    );
  });

  it('stay in range and look uniform', () => {
    const r = seededRandom('uniform');
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const x = r.next();
      assert.ok(x >= 0 && x < 1);
      counts[Math.floor(x * 10)]!++;
    }
    for (const n of counts) assert.ok(Math.abs(n - 10_000) < 500, `bucket ${n}`);
    for (let i = 0; i < 1000; i++) {
      const k = r.int(-2, 3);
      assert.ok(Number.isInteger(k) && k >= -2 && k <= 3);
    }
  });

  it('draws normal numbers with the asked mean and spread', () => {
    const r = seededRandom(7);
    const xs = Array.from({ length: 50_000 }, () => r.normal(10, 2));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
    assert.ok(Math.abs(mean - 10) < 0.05, `mean ${mean}`);
    assert.ok(Math.abs(sd - 2) < 0.05, `sd ${sd}`);
  });

  it('shuffles a copy holding the same elements and refuses to pick from nothing', () => {
    const r = seededRandom(1);
    const list = [1, 2, 3, 4, 5, 6];
    const s = r.shuffled(list);
    assert.deepEqual([...s].sort(), list);
    assert.deepEqual(list, [1, 2, 3, 4, 5, 6]);
    assert.throws(() => r.pick([]), RangeError);
  });
});
