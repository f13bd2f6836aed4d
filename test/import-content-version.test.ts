// An import that changes organisation records (and nothing else) must reach every read model, as
// every other content change does: the items linked to a renamed organisation are found under its
// new name, and the cached search answers and facet counts of the old content version are dropped.
// Before the import wrote organisation records without bumping the content version (and without
// re-indexing the items that carry the organisation's name), a search answered from the cache
// kept showing the old state until some unrelated change came along.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertOrganisation } from '../src/features/organisations/repository.ts';
import { readContentVersion } from '../src/kernel/content-version.ts';
import { iso } from '../src/lib/clock.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeUser } from './helpers/factories.ts';
import { makeItem } from './helpers/items.ts';

for (const dialect of DIALECTS) {
  describe(`an organisation-only import on ${dialect}`, () => {
    let ctx: TestContext;
    let organisationId: string;

    before(async () => {
      ctx = await createTestContext(dialect);
      organisationId = ctx.deps.newId();
      await insertOrganisation(ctx.deps.db, {
        id: organisationId,
        slug: 'alpha-foundation',
        name: 'Alpha Foundation',
        shortName: null,
        kind: 'foundation',
        countryCode: 'NL',
        website: null,
        now: iso(ctx.deps.clock.now()),
      });
      await makeItem(ctx.deps, {
        title: 'Guest lessons in every classroom',
        organisationId,
        links: { organisations: [{ id: organisationId, role: 'owner' }] },
      });
    });
    after(() => ctx.close());

    it('bumps the content version, so search and its facets show the renamed organisation', async () => {
      const visitor = new TestClient(ctx.app);
      // The answer for the new name is computed (nothing matches yet) and cached under this version.
      const before = await visitor.get('/en/search?q=zebracorn');
      assert.equal(before.statusCode, 200);
      assert.doesNotMatch(before.body, /Guest lessons in every classroom/);
      const version = await readContentVersion(ctx.deps.db);

      const editor = await makeUser(ctx.deps, 'editor');
      const client = new TestClient(ctx.app);
      assert.equal((await client.signIn(editor.email, editor.password)).statusCode, 303);
      await client.get('/en/open-data');
      const doc = {
        format: 'helix-export',
        version: 1,
        organisations: [
          { slug: 'alpha-foundation', name: 'Zebracorn Foundation', kind: 'foundation', country: 'NL' },
        ],
        items: [],
      };
      const imported = await client.submit('/en/open-data', '/en/open-data/import', {
        json: JSON.stringify(doc),
      });
      assert.equal(imported.statusCode, 303);

      assert.notEqual(await readContentVersion(ctx.deps.db), version, 'the import recorded a content change');
      const after = await visitor.get('/en/search?q=zebracorn');
      assert.match(after.body, /Guest lessons in every classroom/, 'the item is found under the new name');
      assert.match(after.body, /Zebracorn Foundation/);
    });
  });
}
