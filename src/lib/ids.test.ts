import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUuid, uuidv7 } from './ids.ts';

describe('uuidv7', () => {
  it('makes valid version-7 ids that sort by time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    assert.ok(isUuid(a));
    assert.equal(a[14], '7');
    assert.ok(['8', '9', 'a', 'b'].includes(a[19]!));
    assert.ok(a < b);
    assert.equal(new Set(Array.from({ length: 1000 }, () => uuidv7())).size, 1000);
  });
});
