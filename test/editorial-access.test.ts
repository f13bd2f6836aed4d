// Who may reach every editorial route: visitor, member of the item's organisation, member of
// another organisation, coordinator, editor and admin. A request that gets past the checks is
// sent with a body the form refuses (400) where it would otherwise change something, so each
// row tests access alone and the rows do not depend on one another.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../src/kernel/identity.ts';
import type { Actor } from '../src/features/items/policy.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeOrganisation, makeUser } from './helpers/factories.ts';
import { makeItem } from './helpers/items.ts';

type Who = 'visitor' | 'sameOrg' | 'otherOrg' | 'coordinator' | 'editor' | 'admin';
const WHO: Who[] = ['visitor', 'sameOrg', 'otherOrg', 'coordinator', 'editor', 'admin'];

interface Case {
  name: string;
  method: 'GET' | 'POST';
  url: (slug: string, revisionId: string, attachmentId: string) => string;
  /** A body that passes the access checks but not the form (so nothing changes). */
  body?: Record<string, string>;
  /** The status each person gets. */
  expect: Record<Who, number>;
}

const allowed = (
  ok: number,
  post: boolean,
  extra: Partial<Record<Who, number>> = {},
): Record<Who, number> => ({
  visitor: post ? 401 : 303,
  sameOrg: ok,
  otherOrg: 403,
  coordinator: 403,
  editor: ok,
  admin: ok,
  ...extra,
});

const item = (slug: string) => `/en/editorial/items/${slug}`;
const CASES: Case[] = [
  {
    name: 'dashboard',
    method: 'GET',
    url: () => '/en/editorial',
    expect: allowed(200, false, { otherOrg: 200 }),
  },
  {
    name: 'new item: type chooser',
    method: 'GET',
    url: () => '/en/editorial/items/new',
    expect: allowed(200, false, { otherOrg: 200 }),
  },
  {
    name: 'new item: form',
    method: 'GET',
    url: () => '/en/editorial/items/new?type=report',
    expect: allowed(200, false, { otherOrg: 200 }),
  },
  {
    name: 'new item: create',
    method: 'POST',
    url: () => '/en/editorial/items/new?type=report',
    body: { type: 'report', lang: 'en', title: '' },
    expect: allowed(400, true, { otherOrg: 400 }),
  },
  { name: 'edit page', method: 'GET', url: (s) => item(s), expect: allowed(200, false) },
  {
    name: 'record form',
    method: 'POST',
    url: (s) => item(s),
    body: { originalLang: 'en', visibility: 'nobody' },
    expect: allowed(400, true),
  },
  {
    name: 'add a translation',
    method: 'GET',
    url: (s) => `${item(s)}/translate?lang=nl`,
    expect: allowed(303, false),
  },
  {
    name: 'delete: confirmation',
    method: 'GET',
    url: (s) => `${item(s)}/delete`,
    expect: allowed(200, false, { sameOrg: 403 }),
  },
  {
    name: 'delete',
    method: 'POST',
    url: () => item('no-such-item-for-access') + '/delete',
    expect: allowed(404, true, { sameOrg: 404, otherOrg: 404 }),
  },
  {
    name: 'version editor',
    method: 'GET',
    url: (s) => `${item(s)}/versions/en`,
    expect: allowed(200, false),
  },
  {
    name: 'version: save',
    method: 'POST',
    url: (s) => `${item(s)}/versions/en`,
    body: { title: '', summary: '' },
    expect: allowed(400, true),
  },
  {
    name: 'workflow step',
    method: 'POST',
    url: (s) => `${item(s)}/versions/de/workflow`,
    body: { action: 'submit' },
    expect: allowed(404, true),
  },
  {
    name: 'publish',
    method: 'POST',
    url: (s) => `${item(s)}/versions/de/workflow`,
    body: { action: 'publish' },
    expect: allowed(404, true, { sameOrg: 403 }),
  },
  {
    name: 'revisions',
    method: 'GET',
    url: (s) => `${item(s)}/versions/en/revisions`,
    expect: allowed(200, false),
  },
  {
    name: 'revision diff',
    method: 'GET',
    url: (s, r) => `${item(s)}/versions/en/revisions/${r}`,
    expect: allowed(200, false),
  },
  {
    name: 'revision restore',
    method: 'POST',
    url: (s) => `${item(s)}/versions/en/revisions/no-such-revision/restore`,
    expect: allowed(404, true),
  },
  {
    name: 'attachment upload',
    method: 'POST',
    url: (s) => `${item(s)}/attachments`,
    body: { attachmentTitle: 'no file' },
    expect: allowed(400, true),
  },
  {
    name: 'attachment removal',
    method: 'POST',
    url: (s) => `${item(s)}/attachments/no-such-file/delete`,
    expect: allowed(404, true),
  },
  {
    name: 'attachment download (unpublished item)',
    method: 'GET',
    url: (s, _r, a) => `/en/library/${s}/attachments/${a}`,
    expect: { visitor: 404, sameOrg: 404, otherOrg: 404, coordinator: 404, editor: 404, admin: 404 },
  },
];

for (const dialect of DIALECTS) {
  describe(`editorial access on ${dialect}`, () => {
    let ctx: TestContext;
    const clients = {} as Record<Who, TestClient>;
    let slug = '';
    let revisionId = '';
    const attachmentId = 'unknown-attachment';

    before(async () => {
      ctx = await createTestContext(dialect);
      const own = await makeOrganisation(ctx.deps);
      const other = await makeOrganisation(ctx.deps);
      const orgOf: Partial<Record<Who, string>> = { sameOrg: own.id, otherOrg: other.id };
      const roleOf: Record<Exclude<Who, 'visitor'>, Role> = {
        sameOrg: 'member',
        otherOrg: 'member',
        coordinator: 'coordinator',
        editor: 'editor',
        admin: 'admin',
      };
      let ownerActor: Actor | null = null;
      for (const who of WHO) {
        const client = new TestClient(ctx.app);
        if (who !== 'visitor') {
          const user = await makeUser(ctx.deps, roleOf[who], { organisationId: orgOf[who] ?? null });
          assert.equal((await client.signIn(user.email, user.password)).statusCode, 303);
          if (who === 'sameOrg') ownerActor = { id: user.id, role: 'member', organisationId: own.id };
        }
        clients[who] = client;
      }
      const made = await makeItem(ctx.deps, {
        actor: ownerActor!,
        organisationId: own.id,
        publish: false,
        type: 'report',
      });
      slug = made.slug;
      const revision = await ctx.deps.db
        .selectFrom('item_revisions')
        .select('id')
        .where('item_id', '=', made.id)
        .executeTakeFirstOrThrow();
      revisionId = revision.id;
    });
    after(async () => {
      await ctx.close();
    });

    /** A CSRF token valid for this client's session (every signed-in page has one; visitors use sign-in). */
    async function token(who: Who): Promise<string> {
      await clients[who].get(who === 'visitor' ? '/en/sign-in' : '/en/account');
      return clients[who].csrf();
    }

    for (const c of CASES) {
      it(`${c.method} ${c.name}`, async () => {
        for (const who of WHO) {
          const client = clients[who];
          const url = c.url(slug, revisionId, attachmentId);
          const response =
            c.method === 'GET'
              ? await client.get(url)
              : await client.post(url, { _csrf: await token(who), ...(c.body ?? {}) });
          assert.equal(
            response.statusCode,
            c.expect[who],
            `${who}: ${c.method} ${url} → ${response.statusCode}`,
          );
          if (who === 'visitor' && c.method === 'GET' && c.expect.visitor === 303)
            assert.match(String(response.headers.location), /\/en\/sign-in\?next=/);
        }
      });
    }

    it('refuses every unsafe request without a CSRF token (403)', async () => {
      for (const c of CASES.filter((x) => x.method === 'POST')) {
        const response = await clients.editor.post(c.url(slug, revisionId, attachmentId), c.body ?? {});
        assert.equal(response.statusCode, 403, `${c.name} without a token`);
      }
    });
  });
}
