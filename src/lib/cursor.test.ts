import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeApiCursor, decodeCursor, decodeSlugCursor, encodeCursor, encodeSlugCursor } from './cursor.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('page cursors', () => {
  it('round-trip a (date, id) cursor, with or without a date', () => {
    for (const c of [
      { sortDate: '2024-05-01', id: '0190f5a2-7b7c-7d8e-9f00-000000000001' },
      { sortDate: '2024-05-01T10:00:00.000', id: 'abc' },
      { sortDate: null, id: 'abc' },
    ]) {
      assert.deepEqual(decodeCursor(encodeCursor(c)), c);
      assert.deepEqual(decodeApiCursor(encodeCursor(c)), c);
    }
  });

  it('refuse anything encoding cannot produce', () => {
    for (const bad of ['', 'not base64 at all!', b64({}), b64(['2024-01-01']), b64([1, 'a']), b64([null, 5])])
      assert.equal(decodeCursor(bad), null, bad);
    assert.equal(decodeCursor(b64([null, 'x'.repeat(65)])), null, 'ids are short');
  });

  it('refuse API cursors with a forged id or date', () => {
    assert.equal(decodeApiCursor(b64(['2024-01-01', 'a\u0000b'])), null);
    assert.equal(decodeApiCursor(b64(['2024-01-01', "x' OR 1=1"])), null);
    assert.equal(decodeApiCursor(b64(['yesterday', 'abc'])), null);
    assert.equal(decodeApiCursor(b64(['2024-01-01; DROP', 'abc'])), null);
  });

  it('round-trip slug cursors and refuse what is no slug', () => {
    assert.equal(decodeSlugCursor(encodeSlugCursor('stem-platform-nl')), 'stem-platform-nl');
    assert.equal(decodeSlugCursor(encodeSlugCursor('Not A Slug')), null);
    assert.equal(decodeSlugCursor(encodeSlugCursor('')), null);
    assert.equal(decodeSlugCursor(encodeSlugCursor(`a${'b'.repeat(200)}`)), null);
  });
});
