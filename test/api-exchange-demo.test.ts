// The whole demo library (every organisation and item of src/seed/content) survives the trip
// export → import into an empty database → export, on both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exportLibrary } from '../src/features/api/export.ts';
import { importLibrary } from '../src/features/api/import.ts';
import type { Actor } from '../src/features/items/policy.ts';
import { seedKnowledge } from '../src/seed/knowledge.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeUser } from './helpers/factories.ts';

const editor = async (ctx: TestContext): Promise<Actor> => ({ id: (await makeUser(ctx.deps, 'editor')).id, role: 'editor', organisationId: null });

for (const dialect of DIALECTS) {
  describe(`the demo library round-trips on ${dialect}`, () => {
    let source: TestContext;
    let target: TestContext;
    before(async () => {
      [source, target] = await Promise.all([createTestContext(dialect), createTestContext(dialect)]);
    });
    after(async () => {
      await source.close();
      await target.close();
    });

    it('exports, imports into an empty database and exports the same again', async () => {
      const seeded = await seedKnowledge(source.deps, await editor(source));
      assert.ok(seeded.items >= 60);
      const exported = await exportLibrary(source.deps, await editor(source));
      assert.equal(exported.items.length, seeded.items);
      const outcome = await importLibrary(target.deps, await editor(target), JSON.stringify(exported, null, 2));
      assert.ok(outcome.ok, JSON.stringify(outcome).slice(0, 2000));
      assert.equal(outcome.counts.items.created, seeded.items);
      const again = await exportLibrary(target.deps, await editor(target));
      assert.deepEqual({ ...again, exportedAt: null }, { ...exported, exportedAt: null });
    });
  });
}
