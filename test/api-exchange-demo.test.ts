// The whole demo (every organisation and item of src/seed/content, and the eight taskforce
// dossiers with their details, succession and timelines) survives the trip export → import into
// an empty database → export, on both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exportLibrary } from '../src/features/exchange/service.ts';
import { importLibrary } from '../src/features/exchange/service-import.ts';
import type { Actor } from '../src/features/items/policy.ts';
import { findDetails, listEntries } from '../src/features/taskforces/repository.ts';
import { DOSSIERS } from '../src/seed/content/taskforces.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeUser } from './helpers/factories.ts';

const editor = async (ctx: TestContext): Promise<Actor> => ({
  id: (await makeUser(ctx.deps, 'editor')).id,
  role: 'editor',
  organisationId: null,
});

async function itemCount(ctx: TestContext): Promise<number> {
  return (await ctx.deps.db.selectFrom('items').select('id').where('deleted_at', 'is', null).execute())
    .length;
}

/** Status, successor (slug) and number of timeline entries of every dossier, as stored. */
async function dossiersOf(
  ctx: TestContext,
): Promise<Record<string, { status: string; successor: string | null; entries: number }>> {
  const db = ctx.deps.db;
  const out: Record<string, { status: string; successor: string | null; entries: number }> = {};
  for (const d of DOSSIERS) {
    const item = await db
      .selectFrom('items')
      .select('id')
      .where('slug', '=', d.slug)
      .executeTakeFirstOrThrow();
    const details = (await findDetails(db, item.id))!;
    const successor = details.successorId
      ? (
          await db
            .selectFrom('items')
            .select('slug')
            .where('id', '=', details.successorId)
            .executeTakeFirstOrThrow()
        ).slug
      : null;
    out[d.slug] = { status: details.status, successor, entries: (await listEntries(db, item.id)).length };
  }
  return out;
}

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

    it('exports, imports into an empty database and exports the same again, dossiers included', async () => {
      assert.equal(await seedDemo(source.deps), true, 'the full demo, as `npm start` seeds it');
      const items = await itemCount(source);
      assert.ok(items >= 60 + DOSSIERS.length);
      const exported = await exportLibrary(source.deps, await editor(source));
      assert.equal(exported.items.length, items);
      const dossiers = exported.items.filter((i) => i.type === 'taskforce');
      assert.deepEqual(
        dossiers.map((d) => d.slug).sort(),
        DOSSIERS.map((d) => d.slug).sort(),
        'all eight dossiers',
      );
      for (const seed of DOSSIERS) {
        const d = dossiers.find((x) => x.slug === seed.slug)!.dossier!;
        assert.equal(d.status, seed.status, seed.slug);
        assert.deepEqual(d.instruments, seed.instruments, seed.slug);
        assert.equal(d.timeline!.length, seed.timeline.length, `${seed.slug}: every timeline entry`);
      }
      const pact = dossiers.find((d) => d.slug === 'norwegian-technology-pact')!.dossier!;
      assert.equal(pact.successor, 'towards-new-norwegian-stem-strategy');
      assert.equal(
        dossiers.find((d) => d.slug === 'towards-new-norwegian-stem-strategy')!.dossier!.predecessor,
        'norwegian-technology-pact',
      );
      assert.ok(
        dossiers.some((d) => d.dossier!.timeline!.some((e) => e.kind === 'milestone' && e.titles?.en)),
        'milestones travel with their titles',
      );

      const outcome = await importLibrary(
        target.deps,
        await editor(target),
        JSON.stringify(exported, null, 2),
      );
      assert.ok(outcome.ok, JSON.stringify(outcome).slice(0, 2000));
      assert.equal(outcome.counts.items.created, items);
      const again = await exportLibrary(target.deps, await editor(target));
      assert.deepEqual({ ...again, exportedAt: null }, { ...exported, exportedAt: null });

      // What is stored, not only what is exported: status, succession and timelines.
      const stored = await dossiersOf(target);
      assert.deepEqual(stored, await dossiersOf(source));
      assert.deepEqual(stored['norwegian-technology-pact'], {
        status: 'closed',
        successor: 'towards-new-norwegian-stem-strategy',
        entries: DOSSIERS.find((d) => d.slug === 'norwegian-technology-pact')!.timeline.length,
      });
      // The imported dossier page shows its timeline to visitors.
      const page = await target.app.inject('/en/taskforces/steamsare-basque-country');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Timeline of key events/);
      assert.match(page.body, /class="timeline-link" href="\/en\/library\/jet-net-technet-programme"/);
    });
  });
}
