import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Bitset } from './bitset.ts';

const members = (b: Bitset) => {
  const out: number[] = [];
  b.forEach((i) => {
    out.push(i);
  });
  return out;
};
const of = (size: number, ...bits: number[]) => {
  const b = new Bitset(size);
  for (const i of bits) b.set(i);
  return b;
};

describe('Bitset', () => {
  it('sets and tests bits across word boundaries', () => {
    const b = of(100, 0, 31, 32, 63, 64, 99);
    for (const i of [0, 31, 32, 63, 64, 99]) assert.equal(b.has(i), true, `bit ${i}`);
    for (const i of [1, 30, 33, 62, 65, 98]) assert.equal(b.has(i), false, `bit ${i}`);
    assert.equal(b.count(), 6);
  });

  it('visits set bits in ascending order and stops when told', () => {
    const b = of(70, 69, 3, 40, 31, 0);
    assert.deepEqual(members(b), [0, 3, 31, 40, 69]);
    const seen: number[] = [];
    b.forEach((i) => {
      seen.push(i);
      return seen.length < 2;
    });
    assert.deepEqual(seen, [0, 3]);
  });

  it('makes a full set of exactly its size (no bits past the end)', () => {
    for (const size of [1, 31, 32, 33, 64, 100]) {
      const full = Bitset.full(size);
      assert.equal(full.count(), size, `size ${size}`);
      assert.deepEqual(
        members(full),
        Array.from({ length: size }, (_, i) => i),
      );
    }
    assert.equal(new Bitset(0).count(), 0);
  });

  it('intersects into a new set, leaving both operands as they were', () => {
    const a = of(80, 1, 2, 40, 79);
    const b = of(80, 2, 40, 41);
    const both = a.and(b);
    assert.deepEqual(members(both), [2, 40]);
    assert.deepEqual(members(a), [1, 2, 40, 79]);
    assert.deepEqual(members(b), [2, 40, 41]);
  });

  it('intersects, unites and copies in place', () => {
    const a = of(40, 1, 5, 33);
    assert.equal(a.andInPlace(of(40, 5, 33, 34)), a);
    assert.deepEqual(members(a), [5, 33]);
    a.orInPlace(of(40, 0, 39));
    assert.deepEqual(members(a), [0, 5, 33, 39]);
    const c = new Bitset(40).copyFrom(a);
    assert.deepEqual(members(c), [0, 5, 33, 39]);
    c.set(10);
    assert.equal(a.has(10), false, 'a copy shares no words');
  });

  it('counts a dense set correctly', () => {
    const b = new Bitset(1000);
    for (let i = 0; i < 1000; i += 3) b.set(i);
    assert.equal(b.count(), 334);
    assert.equal(b.and(Bitset.full(1000)).count(), 334);
  });
});
