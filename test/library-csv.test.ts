// CSV export of any library view: a header row, exactly the filtered rows (all of them, not one
// page), cells that spreadsheets will not run as formulas — on both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DIALECTS } from './helpers/databases.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { makeOrganisation } from './helpers/factories.ts';
import { makeItem } from './helpers/items.ts';

const HEADER = [
  'slug',
  'type',
  'title',
  'summary',
  'language',
  'organisation',
  'countries',
  'levels',
  'themes',
  'date',
  'year',
  'url',
] as const;
type Row = Record<(typeof HEADER)[number], string>;

/** RFC 4180 records (quoted fields, doubled quotes, CRLF), enough to read the export back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRecord();
      i++;
    } else if (c === '\n') endRecord();
    else field += c;
  }
  if (field || record.length) endRecord();
  return records;
}

function rows(body: string): Row[] {
  const [header, ...data] = parseCsv(body.replace(/^\uFEFF/, ''));
  assert.deepEqual(header, [...HEADER]);
  return data.map((r) => Object.fromEntries(HEADER.map((h, i) => [h, r[i] ?? ''])) as Row);
}

for (const dialect of DIALECTS) {
  describe(`library CSV export (${dialect})`, () => {
    let ctx: TestContext;

    before(async () => {
      ctx = await createTestContext(dialect);
      const org = await makeOrganisation(ctx.deps, 'Export Org');
      for (let i = 0; i < 23; i++)
        await makeItem(ctx.deps, {
          type: 'tool',
          title: `Tool ${i}`,
          links: { countries: ['NL'], themes: ['digital'] },
          neutral: { publishedOn: `2021-01-${String(i + 1).padStart(2, '0')}` },
        });
      await makeItem(ctx.deps, {
        type: 'programme',
        title: '=HYPERLINK("http://evil")',
        summary: '+1, "quoted", and a comma',
        organisationId: org.id,
        neutral: { yearStart: 2018 },
        links: { countries: ['BE', 'NL'], levels: ['secondary', 'vet'] },
      });
      await makeItem(ctx.deps, { type: 'policy', title: 'Members policy', visibility: 'members' });
    });
    after(() => ctx.close());

    it('exports every matching row with a header, as an attachment', async () => {
      const res = await ctx.app.inject('/en/library.csv?type=tool');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
      assert.match(String(res.headers['content-disposition']), /^attachment; filename="library-en\.csv"$/);
      const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
      assert.equal(lines[0], HEADER.join(','));
      const data = rows(res.body);
      assert.equal(data.length, 23, 'all matching rows, beyond the first page of 20');
      assert.ok(
        data.every(
          (r) => r.type === 'tool' && r.countries === 'NL' && r.themes === 'digital' && r.language === 'en',
        ),
      );
      assert.equal(data[0]!.date, '2021-01-23');
      assert.equal(data[0]!.url, `http://localhost:3000/en/library/${data[0]!.slug}`);
    });

    it('carries every facet and keeps formulas inert', async () => {
      const data = rows((await ctx.app.inject('/nl/library.csv?country=BE')).body);
      assert.equal(data.length, 1);
      const [row] = data;
      assert.equal(row!.title, `'=HYPERLINK("http://evil")`);
      assert.equal(row!.summary, `'+1, "quoted", and a comma`);
      assert.equal(row!.organisation, 'Export Org');
      assert.equal(row!.countries, 'BE; NL');
      assert.equal(row!.levels.split('; ').sort().join('; '), 'secondary; vet');
      assert.equal(row!.year, '2018');
      assert.match(row!.url, /\/nl\/library\//);
    });

    it('exports search results, ignores unknown values, and leaves out members-only items for visitors', async () => {
      assert.equal(rows((await ctx.app.inject('/en/library.csv?q=tool+12')).body).length, 1);
      assert.equal(rows((await ctx.app.inject('/en/library.csv?type=nope&country=ZZ')).body).length, 24);
      const empty = await ctx.app.inject('/en/library.csv?type=event');
      assert.equal(empty.statusCode, 200);
      assert.equal(empty.body.replace(/^\uFEFF/, '').trim(), HEADER.join(','));
    });
  });
}
