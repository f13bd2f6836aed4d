import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderTimeline, type TimelineRow } from './timeline.ts';

const row = (id: string, date: string | null, title = id): TimelineRow => ({
  id,
  kind: 'item',
  date,
  title,
  lang: 'en',
  fallback: false,
  type: 'report',
  sourceName: null,
  levels: [],
  teaser: '',
  note: null,
  noteLang: null,
  slug: id,
});
const ids = (rows: TimelineRow[]) => rows.map((r) => r.id);

describe('orderTimeline', () => {
  it('lists dated entries newest first', () => {
    const { dated, undated } = orderTimeline([
      row('a', '2019-05-01'),
      row('b', '2023-01-15'),
      row('c', '2021-12-31'),
    ]);
    assert.deepEqual(ids(dated), ['b', 'c', 'a']);
    assert.deepEqual(undated, []);
  });

  it('keeps undated entries apart, by title, never among the dated ones', () => {
    const { dated, undated } = orderTimeline([
      row('p2', null, 'Zeta programme'),
      row('d1', '2020-02-02'),
      row('p1', null, 'Alpha programme'),
    ]);
    assert.deepEqual(ids(dated), ['d1']);
    assert.deepEqual(ids(undated), ['p1', 'p2']);
  });

  it('orders entries of the same day by title', () => {
    const { dated } = orderTimeline([
      row('m', '2022-06-01', 'Meeting'),
      row('k', '2022-06-01', 'Kick-off'),
      row('r', '2022-06-02', 'Report'),
    ]);
    assert.deepEqual(ids(dated), ['r', 'k', 'm']);
  });

  it('does not change the rows it was given', () => {
    const rows = [row('a', '2019-01-01'), row('b', '2020-01-01')];
    orderTimeline(rows);
    assert.deepEqual(ids(rows), ['a', 'b']);
  });
});
