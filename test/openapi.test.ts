// The OpenAPI 3.1 document: valid according to the OpenAPI schema validator, complete for the
// JSON API (every /api/v1 route with tags, summary, description and its error answers), and free
// of HTML pages, feeds and forms.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { DIALECTS } from './helpers/databases.ts';

const API_PATHS = [
  '/api/v1/items',
  '/api/v1/items/{slug}',
  '/api/v1/search',
  '/api/v1/organisations',
  '/api/v1/organisations/{slug}',
  '/api/v1/countries',
  '/api/v1/members',
  '/api/v1/events',
  '/api/v1/export',
  '/api/v1/import',
];

interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; schema?: unknown }[];
  responses: Record<
    string,
    {
      content?: Record<
        string,
        { schema: { properties?: Record<string, { properties?: Record<string, unknown> }> } }
      >;
    }
  >;
}
type Doc = {
  openapi: string;
  info: { title: string; version: string };
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
};

for (const dialect of DIALECTS) {
  describe(`OpenAPI document on ${dialect}`, () => {
    let ctx: TestContext;
    let doc: Doc;

    before(async () => {
      ctx = await createTestContext(dialect, { env: { BASE_URL: 'https://helix.example.org' } });
      const res = await ctx.app.inject('/api/openapi.json');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      doc = res.json<Doc>();
    });
    after(() => ctx.close());

    it('is a valid OpenAPI 3.1 document', async () => {
      const validator = new Validator();
      const result = await validator.validate(doc as unknown as Parameters<Validator['validate']>[0]);
      assert.ok(result.valid, JSON.stringify(result.errors, null, 2)?.slice(0, 3000));
      assert.equal(validator.version, '3.1');
      assert.equal(doc.openapi, '3.1.0');
      assert.deepEqual(doc.info, { ...doc.info, title: 'Helix API', version: '1' });
      assert.deepEqual(doc.servers, [{ url: 'https://helix.example.org' }]);
    });

    it('documents every API route and nothing else', () => {
      const documented = Object.keys(doc.paths).sort();
      for (const path of API_PATHS) assert.ok(documented.includes(path), `${path} is documented`);
      for (const path of documented) assert.ok(path.startsWith('/api/v1/'), `${path} is an API route`);
      assert.ok(!documented.includes('/api/openapi.json'));
      const text = JSON.stringify(doc.paths);
      for (const html of [
        '/en/',
        '/nl/',
        'feed.atom',
        'sitemap',
        'healthz',
        'readyz',
        'sign-in',
        'open-data',
      ])
        assert.ok(!text.includes(`"${html}`), `${html} must not be documented`);
    });

    it('gives every operation tags, summary, description and its error answers', () => {
      for (const [path, operations] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(operations)) {
          const where = `${method.toUpperCase()} ${path}`;
          assert.ok(op.tags?.length, `${where}: tags`);
          assert.ok(op.summary && op.summary.length > 5, `${where}: summary`);
          assert.ok(op.description && op.description.length > 30, `${where}: description`);
          assert.ok(op.responses['200'], `${where}: 200`);
          const error = op.responses['400']?.content?.['application/json']?.schema;
          assert.ok(
            error?.properties?.error?.properties?.code && error.properties.error.properties.message,
            `${where}: 400 with {"error":{"code","message"}}`,
          );
          if (path.includes('{slug}')) assert.ok(op.responses['404'], `${where}: 404`);
        }
      }
    });

    it('describes the filters, their allowed values and the cursor', () => {
      const params = doc.paths['/api/v1/items']!.get!.parameters!;
      const names = params.map((p) => p.name).sort();
      assert.deepEqual(names, [
        'country',
        'cursor',
        'level',
        'limit',
        'locale',
        'organisation',
        'region',
        'theme',
        'type',
        'year',
      ]);
      const type = params.find((p) => p.name === 'type')!.schema as {
        type: string;
        items: { enum: string[] };
      };
      assert.equal(type.type, 'array');
      assert.ok(type.items.enum.includes('programme') && type.items.enum.includes('eu_project'));
      const search = doc.paths['/api/v1/search']!.get!;
      const item = (
        search.responses['200']!.content!['application/json']!.schema as unknown as {
          properties: { items: { items: { properties: Record<string, unknown> } } };
        }
      ).properties.items.items;
      assert.deepEqual(Object.keys(item.properties).sort(), ['slug', 'snippet', 'title', 'type', 'url']);
    });

    it('answers unknown API addresses with a JSON error, not a page', async () => {
      const res = await ctx.app.inject('/api/v2/nothing');
      assert.equal(res.statusCode, 404);
      const body = res.json<{ error: { code: string; message: string } }>();
      assert.equal(body.error.code, 'not_found');
      assert.ok(body.error.message.length > 0);
    });
  });
}
