// Item pages: key facts only for filled fields, the language fallback notice with lang="en",
// members-only items, JSON-LD, edit links, related items and attachments — on both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DIALECTS } from './helpers/databases.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { makeOrganisation, makeUser } from './helpers/factories.ts';
import { makeItem } from './helpers/items.ts';

/** The labels of the key-facts panel, in order. */
function factLabels(body: string): string[] {
  const panel = /<dl class="facts">([\s\S]*?)<\/dl>/.exec(body)?.[1] ?? '';
  return [...panel.matchAll(/<dt>([^<]*)<\/dt>/g)].map((m) => m[1]!);
}

function fact(body: string, label: string): string | null {
  const panel = /<dl class="facts">([\s\S]*?)<\/dl>/.exec(body)?.[1] ?? '';
  const m = new RegExp(`<dt>${label}</dt><dd>([\\s\\S]*?)</dd>`).exec(panel);
  // Intl puts thin and narrow spaces in ranges; compare with plain spaces.
  return m ? m[1]!.replace(/<[^>]+>/g, '').replace(/\s/g, ' ') : null;
}

function jsonLd(body: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(body);
  assert.ok(m, 'JSON-LD present');
  return JSON.parse(m[1]!) as Record<string, unknown>;
}

for (const dialect of DIALECTS) {
  describe(`item page (${dialect})`, () => {
    let ctx: TestContext;
    let org: { id: string; slug: string; name: string };

    before(async () => {
      ctx = await createTestContext(dialect);
      org = await makeOrganisation(ctx.deps, 'Platform Talent for Technology');
    });
    after(() => ctx.close());

    it('shows key facts for filled fields only', async () => {
      const partner = await makeOrganisation(ctx.deps, 'Partner Org');
      const event = await makeItem(ctx.deps, {
        type: 'event',
        title: 'STEM Day 2024',
        summary: 'A day about STEM.',
        body: 'Join us for **talks**.',
        organisationId: org.id,
        neutral: {
          startsOn: '2024-03-12',
          endsOn: '2024-03-14',
          venue: 'Egmont Palace',
          city: 'Brussels',
          onlineUrl: 'https://stream.example.org/live',
        },
        fields: { agenda: 'Morning: talks' },
        links: { countries: ['BE'], organisations: [{ id: partner.id, role: 'partner' }] },
      });
      const res = await ctx.app.inject(`/en/library/${event.slug}`);
      assert.equal(res.statusCode, 200);
      assert.deepEqual(factLabels(res.body), [
        'Type',
        'Organisation',
        'Partner',
        'Country',
        'Dates',
        'Place',
        'Online link',
        'Available in',
        'Last published',
      ]);
      assert.equal(fact(res.body, 'Dates'), 'March 12 – 14, 2024');
      assert.equal(fact(res.body, 'Place'), 'Egmont Palace, Brussels');
      assert.equal(fact(res.body, 'Online link'), 'stream.example.org');
      assert.equal(fact(res.body, 'Country'), 'Belgium');
      assert.ok(res.body.includes(`href="/en/organisations/${org.slug}"`));
      assert.ok(res.body.includes('href="/en/countries/belgium"'));
      // Not filled, so not labelled anywhere on the page.
      for (const absent of [
        'Registration',
        'Publication date',
        'Funding programme',
        'Grant reference',
        'Year started',
        'Education level',
        'Theme',
        'Source',
        'Host',
        'Attachments',
        'About the sources',
        'Related items',
        'Edit this item',
      ]) {
        assert.ok(!new RegExp(`>${absent}<`).test(res.body), `no "${absent}" label`);
      }
      assert.match(res.body, /<h2>Programme<\/h2>/, 'the event programme section (field.agenda)');
      assert.match(res.body, /<strong>talks<\/strong>/);
    });

    it('formats a one-day event as one date and a programme by its years', async () => {
      const day = await makeItem(ctx.deps, {
        type: 'meeting',
        title: 'One day',
        neutral: { startsOn: '2023-06-01', endsOn: '2023-06-01' },
      });
      const res = await ctx.app.inject(`/nl/library/${day.slug}`);
      assert.equal(fact(res.body, 'Datum'), '1 juni 2023');
      const prog = await makeItem(ctx.deps, {
        type: 'programme',
        title: 'Long programme',
        neutral: { yearStart: 2008, yearEnd: 2020, fundingProgramme: 'ignored for programmes' },
      });
      const p = await ctx.app.inject(`/en/library/${prog.slug}`);
      assert.equal(fact(p.body, 'Years'), '2008–2020');
      assert.ok(!p.body.includes('ignored for programmes'), 'fields outside the type spec are not shown');
    });

    it('shows the fallback notice and lang="en" on the Dutch page of an English-only item', async () => {
      const item = await makeItem(ctx.deps, {
        title: 'English only',
        summary: 'Only in English.',
        fields: { objectives: 'Some objectives' },
      });
      const nl = await ctx.app.inject(`/nl/library/${item.slug}`);
      assert.equal(nl.statusCode, 200);
      assert.match(nl.body, /<html lang="nl"/);
      assert.match(nl.body, /Nog niet beschikbaar in het Nederlands — hier getoond in het Engels\./);
      assert.match(nl.body, /<div class="item-text" lang="en">\s*<h1>English only<\/h1>/);
      assert.match(nl.body, /<div class="prose" lang="en"><p>Some objectives/);
      assert.match(nl.body, /<h2>Doelen<\/h2>/);
      assert.match(nl.body, /hreflang="en" href="http:\/\/localhost:3000\/en\/library\//);
      assert.match(nl.body, /<link rel="canonical" href="http:\/\/localhost:3000\/nl\/library\//);
      const en = await ctx.app.inject(`/en/library/${item.slug}`);
      assert.ok(!en.body.includes('Not yet available'));
      assert.match(en.body, /<div class="item-text">/);
    });

    it('links the other language version when it is live', async () => {
      const item = await makeItem(ctx.deps, {
        title: 'Both languages',
        translations: { nl: { title: 'Beide talen', summary: 'In het Nederlands.' } },
      });
      const nl = await ctx.app.inject(`/nl/library/${item.slug}`);
      assert.match(nl.body, /<h1>Beide talen<\/h1>/);
      assert.ok(!nl.body.includes('Nog niet beschikbaar'));
      assert.equal(fact(nl.body, 'Beschikbaar in'), 'Engels, Nederlands');
      assert.ok(nl.body.includes(`<a href="/en/library/${item.slug}" hreflang="en">Engels</a>`));
    });

    it('hides members-only items from visitors (404) and shows them to members', async () => {
      const item = await makeItem(ctx.deps, {
        type: 'meeting',
        title: 'Minutes',
        visibility: 'members',
        organisationId: org.id,
      });
      const visitor = await ctx.app.inject(`/en/library/${item.slug}`);
      assert.equal(visitor.statusCode, 404);
      assert.ok(!visitor.body.includes('Minutes'));
      const member = await makeUser(ctx.deps, 'member', { organisationId: null });
      const client = new TestClient(ctx.app);
      await client.signIn(member.email, member.password);
      const seen = await client.get(`/en/library/${item.slug}`);
      assert.equal(seen.statusCode, 200);
      assert.match(seen.body, /Members only: this item is visible/);
      assert.ok(!seen.body.includes('Edit this item'), 'a member of another organisation may not edit');
    });

    it('offers the edit link to those who may edit', async () => {
      const item = await makeItem(ctx.deps, { title: 'Editable', organisationId: org.id });
      const own = await makeUser(ctx.deps, 'member', { organisationId: org.id });
      const client = new TestClient(ctx.app);
      await client.signIn(own.email, own.password);
      const res = await client.get(`/en/library/${item.slug}`);
      assert.ok(res.body.includes(`href="/en/editorial/items/${item.slug}">Edit this item</a>`));
      assert.ok(!(await ctx.app.inject(`/en/library/${item.slug}`)).body.includes('Edit this item'));
    });

    it('has JSON-LD of the right schema.org type that parses as JSON', async () => {
      const report = await makeItem(ctx.deps, {
        type: 'report',
        title: 'A report </script><script>alert(1)</script>',
        organisationId: org.id,
        neutral: { publishedOn: '2022-02-02' },
        links: { countries: ['NL'] },
      });
      const data = jsonLd((await ctx.app.inject(`/en/library/${report.slug}`)).body);
      assert.equal(data['@context'], 'https://schema.org');
      assert.equal(data['@type'], 'Report');
      assert.equal(data.name, 'A report </script><script>alert(1)</script>');
      assert.equal(data.datePublished, '2022-02-02');
      assert.equal((data.publisher as { name: string }).name, org.name);
      const event = await makeItem(ctx.deps, {
        type: 'event',
        title: 'An event',
        neutral: { startsOn: '2025-01-01', venue: 'Hall' },
      });
      const ev = jsonLd((await ctx.app.inject(`/nl/library/${event.slug}`)).body);
      assert.equal(ev['@type'], 'Event');
      assert.equal(ev.startDate, '2025-01-01');
      assert.deepEqual(ev.location, { '@type': 'Place', name: 'Hall' });
    });

    it('lists related items, attachments and the source note', async () => {
      const other = await makeItem(ctx.deps, { title: 'Related one', summary: 'Related summary.' });
      const item = await makeItem(ctx.deps, {
        title: 'With relations',
        sourceNote: 'Compiled from member reports.',
        links: { related: [other.id] },
      });
      await ctx.deps.db
        .insertInto('attachments')
        .values({
          id: ctx.deps.newId(),
          item_id: item.id,
          lang: 'en',
          title: 'Full report',
          filename: 'report.pdf',
          stored_name: 'x',
          mime: 'application/pdf',
          size: 1_250_000,
          created_by: null,
          created_at: new Date().toISOString(),
        })
        .execute();
      const res = await ctx.app.inject(`/en/library/${item.slug}`);
      assert.match(res.body, /<h2 id="related-h">Related items<\/h2>/);
      assert.ok(res.body.includes(`href="/en/library/${other.slug}"`));
      assert.match(
        res.body,
        new RegExp(
          `href="/en/library/${item.slug}/attachments/[^"]+">Full report</a> <span class="muted">\\(PDF, 1\\.3 MB\\)`,
        ),
      );
      assert.match(res.body, /About the sources<\/h2><p>Compiled from member reports\.<\/p>/);
      // The relation is shown from the other side too.
      assert.ok(
        (await ctx.app.inject(`/en/library/${other.slug}`)).body.includes(`href="/en/library/${item.slug}"`),
      );
    });

    it('answers an unknown slug with a localised 404 page', async () => {
      const res = await ctx.app.inject('/nl/library/does-not-exist');
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /<html lang="nl"/);
      const draft = await makeItem(ctx.deps, { title: 'Not yet published', publish: false });
      assert.equal((await ctx.app.inject(`/en/library/${draft.slug}`)).statusCode, 404);
      const long = await ctx.app.inject(`/en/library/${'x'.repeat(300)}`);
      assert.ok(long.statusCode >= 400 && long.statusCode < 500, `overlong slug: ${long.statusCode}`);
    });
  });
}
