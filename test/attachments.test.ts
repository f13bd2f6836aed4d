// Attachments: uploads are accepted by their bytes (PDF, PNG, JPEG, WebP), limited to 10 MB,
// protected by CSRF, stored under a random name and audited; downloads carry the right headers
// and only reach readers who may see the item. Every case on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Actor } from '../src/features/items/policy.ts';
import { contentDisposition, sniffFileKind } from '../src/features/editorial/domain/attachments.ts';
import { translator } from '../src/i18n/index.ts';
import { escapeHtml } from '../src/web/html.ts';
import { createTestContext, type TestContext } from './helpers/app.ts';
import { TestClient } from './helpers/client.ts';
import { DIALECTS } from './helpers/databases.ts';
import { makeOrganisation, makeUser } from './helpers/factories.ts';
import { makeItem } from './helpers/items.ts';

const en = translator('en');
const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
  Buffer.alloc(2048, 0x20),
  Buffer.from('\n%%EOF\n'),
]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]);

interface FilePart {
  filename: string;
  type: string;
  data: Buffer;
}

/** A multipart/form-data body, the way a browser sends the upload form. */
function multipart(
  fields: Record<string, string>,
  file?: FilePart,
): { payload: Buffer; contentType: string } {
  const boundary = `----helix${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
    );
    parts.push(file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(
  client: TestClient,
  url: string,
  fields: Record<string, string>,
  file?: FilePart,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const { payload, contentType } = multipart(fields, file);
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return client.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}), ...headers },
  });
}

for (const dialect of DIALECTS) {
  describe(`attachments on ${dialect}`, () => {
    let ctx: TestContext;
    let uploadDir: string;
    let member: TestClient;
    let otherMember: TestClient;
    let memberActor: Actor;
    let orgId: string;

    const signedIn = async (email: string, password: string) => {
      const client = new TestClient(ctx.app);
      assert.equal((await client.signIn(email, password)).statusCode, 303);
      return client;
    };
    const editUrl = (slug: string) => `/en/editorial/items/${slug}`;
    const uploadUrl = (slug: string) => `${editUrl(slug)}/attachments`;
    /** Upload as the member with the CSRF token of the edit page. */
    const uploadAs = async (
      client: TestClient,
      slug: string,
      file?: FilePart,
      fields: Record<string, string> = {},
    ) => {
      await client.get(editUrl(slug));
      return upload(
        client,
        uploadUrl(slug),
        { _csrf: client.csrf(), attachmentTitle: 'Annual report', attachmentLang: 'en', ...fields },
        file,
      );
    };
    const rows = (itemId: string) =>
      ctx.deps.db
        .selectFrom('attachments')
        .select(['id', 'filename', 'stored_name', 'mime', 'size', 'title', 'lang'])
        .where('item_id', '=', itemId)
        .execute();

    before(async () => {
      uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'helix-uploads-'));
      ctx = await createTestContext(dialect, { env: { UPLOAD_DIR: uploadDir } });
      orgId = (await makeOrganisation(ctx.deps)).id;
      const user = await makeUser(ctx.deps, 'member', { organisationId: orgId });
      memberActor = { id: user.id, role: 'member', organisationId: orgId };
      member = await signedIn(user.email, user.password);
      const other = await makeUser(ctx.deps, 'member', {
        organisationId: (await makeOrganisation(ctx.deps)).id,
      });
      otherMember = await signedIn(other.email, other.password);
    });
    after(async () => {
      await ctx.close();
      fs.rmSync(uploadDir, { recursive: true, force: true });
    });

    it('stores a PDF under a random name, audits it, and serves it with safe headers', async () => {
      const item = await makeItem(ctx.deps, { organisationId: orgId });
      const response = await uploadAs(member, item.slug, {
        filename: 'Jaarverslag 2025 – def.pdf',
        type: 'application/pdf',
        data: PDF,
      });
      assert.equal(response.statusCode, 303, response.body);
      assert.equal(response.headers.location, `${editUrl(item.slug)}#attachments`);
      const [row] = await rows(item.id);
      assert.ok(row);
      assert.equal(row.mime, 'application/pdf');
      assert.equal(Number(row.size), PDF.length);
      assert.equal(row.filename, 'Jaarverslag 2025 – def.pdf');
      assert.equal(row.title, 'Annual report');
      assert.match(row.stored_name, /^[0-9a-f-]{36}\.pdf$/);
      assert.deepEqual(fs.readFileSync(path.join(uploadDir, row.stored_name)), PDF);
      const audit = await ctx.deps.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', item.id)
        .where('action', '=', 'item.attachment_added')
        .execute();
      assert.equal(audit.length, 1);

      const download = await new TestClient(ctx.app).get(`/en/library/${item.slug}/attachments/${row.id}`);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers['content-type'], 'application/pdf');
      assert.equal(download.headers['x-content-type-options'], 'nosniff');
      assert.equal(download.headers['content-disposition'], contentDisposition('Jaarverslag 2025 – def.pdf'));
      assert.match(
        String(download.headers['content-disposition']),
        /^attachment; filename="Jaarverslag 2025 _ def\.pdf"; filename\*=UTF-8''Jaarverslag%202025%20%E2%80%93%20def\.pdf$/,
      );
      assert.deepEqual(download.rawPayload, PDF);
      const page = await member.get(editUrl(item.slug));
      assert.ok(page.body.includes('Annual report'));
      assert.ok(page.body.includes(`/en/library/${item.slug}/attachments/${row.id}`));
    });

    it('refuses a file whose bytes are no PDF or image, whatever its name and type', async () => {
      const item = await makeItem(ctx.deps, { organisationId: orgId });
      const response = await uploadAs(member, item.slug, {
        filename: 'setup.pdf',
        type: 'application/pdf',
        data: EXE,
      });
      assert.equal(response.statusCode, 415);
      assert.ok(response.body.includes(escapeHtml(en.t('editorial.attachments.unsupported'))));
      assert.ok(response.body.includes('value="Annual report"'), 'the typed title comes back');
      assert.equal((await rows(item.id)).length, 0);
      const empty = await uploadAs(member, item.slug, {
        filename: 'empty.pdf',
        type: 'application/pdf',
        data: Buffer.alloc(0),
      });
      assert.equal(empty.statusCode, 400);
      const none = await uploadAs(member, item.slug);
      assert.equal(none.statusCode, 400);
      assert.ok(none.body.includes(escapeHtml(en.t('editorial.attachments.missing'))));
      const png = await uploadAs(member, item.slug, {
        filename: 'chart.bin',
        type: 'application/octet-stream',
        data: PNG,
      });
      assert.equal(png.statusCode, 303);
      const [stored] = await rows(item.id);
      assert.equal(stored?.mime, 'image/png');
      assert.match(stored?.stored_name ?? '', /\.png$/);
    });

    it('answers 413 for a file over 10 MB and stores nothing', async () => {
      const item = await makeItem(ctx.deps, { organisationId: orgId });
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 10, 0x20)]);
      const before = fs.readdirSync(uploadDir).length;
      const response = await uploadAs(member, item.slug, {
        filename: 'big.pdf',
        type: 'application/pdf',
        data: big,
      });
      assert.equal(response.statusCode, 413);
      assert.equal((await rows(item.id)).length, 0);
      assert.equal(fs.readdirSync(uploadDir).length, before);
    });

    it('refuses an upload without the CSRF token, or with a wrong one (403)', async () => {
      const item = await makeItem(ctx.deps, { organisationId: orgId });
      await member.get(editUrl(item.slug));
      const file = { filename: 'a.pdf', type: 'application/pdf', data: PDF };
      assert.equal(
        (await upload(member, uploadUrl(item.slug), { attachmentTitle: 'x' }, file)).statusCode,
        403,
      );
      assert.equal(
        (await upload(member, uploadUrl(item.slug), { _csrf: 'not-the-token', attachmentTitle: 'x' }, file))
          .statusCode,
        403,
      );
      assert.equal(
        (
          await upload(member, uploadUrl(item.slug), { _csrf: member.csrf() }, file, {
            origin: 'https://evil.example',
          })
        ).statusCode,
        403,
      );
      assert.equal((await rows(item.id)).length, 0);
    });

    it('refuses uploads and removals by visitors and members of other organisations', async () => {
      const item = await makeItem(ctx.deps, { organisationId: orgId });
      const file = { filename: 'a.pdf', type: 'application/pdf', data: PDF };
      const visitor = new TestClient(ctx.app);
      await visitor.get('/en/sign-in');
      assert.equal(
        (await upload(visitor, uploadUrl(item.slug), { _csrf: visitor.csrf() }, file)).statusCode,
        401,
      );
      assert.equal((await uploadAs(otherMember, item.slug, file)).statusCode, 403);
      assert.equal((await rows(item.id)).length, 0);
      assert.equal((await uploadAs(member, item.slug, file)).statusCode, 303);
      const [row] = await rows(item.id);
      await otherMember.get('/en/editorial');
      assert.equal(
        (await otherMember.post(`${uploadUrl(item.slug)}/${row!.id}/delete`, { _csrf: otherMember.csrf() }))
          .statusCode,
        403,
      );
      assert.equal((await rows(item.id)).length, 1);
    });

    it('removes an attachment with its file', async () => {
      const item = await makeItem(ctx.deps, { organisationId: orgId });
      assert.equal(
        (await uploadAs(member, item.slug, { filename: 'a.pdf', type: 'application/pdf', data: PDF }))
          .statusCode,
        303,
      );
      const [row] = await rows(item.id);
      await member.get(editUrl(item.slug));
      const token = member.csrf();
      const removed = await member.post(`${uploadUrl(item.slug)}/${row!.id}/delete`, { _csrf: token });
      assert.equal(removed.statusCode, 303);
      assert.equal((await rows(item.id)).length, 0);
      assert.equal(fs.existsSync(path.join(uploadDir, row!.stored_name)), false);
      assert.equal(
        (await new TestClient(ctx.app).get(`/en/library/${item.slug}/attachments/${row!.id}`)).statusCode,
        404,
      );
      assert.equal(
        (await member.post(`${uploadUrl(item.slug)}/${row!.id}/delete`, { _csrf: token })).statusCode,
        404,
      );
    });

    it('serves files of members-only and unpublished items only to those who may read them', async () => {
      const minutes = await makeItem(ctx.deps, {
        organisationId: orgId,
        visibility: 'members',
        type: 'meeting',
      });
      const draft = await makeItem(ctx.deps, { actor: memberActor, organisationId: orgId, publish: false });
      for (const item of [minutes, draft])
        assert.equal(
          (await uploadAs(member, item.slug, { filename: 'm.pdf', type: 'application/pdf', data: PDF }))
            .statusCode,
          303,
        );
      const [m] = await rows(minutes.id);
      const [d] = await rows(draft.id);
      const visitor = new TestClient(ctx.app);
      assert.equal((await visitor.get(`/en/library/${minutes.slug}/attachments/${m!.id}`)).statusCode, 404);
      const asMember = await otherMember.get(`/en/library/${minutes.slug}/attachments/${m!.id}`);
      assert.equal(asMember.statusCode, 200);
      assert.equal(asMember.headers['cache-control'], 'private, no-store');
      assert.equal((await visitor.get(`/en/library/${draft.slug}/attachments/${d!.id}`)).statusCode, 404);
      assert.equal(
        (await visitor.get(`/en/library/${minutes.slug}/attachments/${d!.id}`)).statusCode,
        404,
        'an attachment only under its own item',
      );
      assert.equal((await visitor.get(`/en/library/no-such-item/attachments/x`)).statusCode, 404);
    });

    it('accepts multipart only on the upload route, and only a few fields', async () => {
      const item = await makeItem(ctx.deps, { organisationId: orgId });
      await member.get(editUrl(item.slug));
      const token = member.csrf();
      const elsewhere = await upload(member, '/en/editorial/items/new?type=tool', {
        _csrf: token,
        title: 'x',
      });
      assert.equal(elsewhere.statusCode, 415);
      const many = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`extra${i}`, 'x']));
      const crowded = await upload(
        member,
        uploadUrl(item.slug),
        { _csrf: token, ...many },
        { filename: 'a.pdf', type: 'application/pdf', data: PDF },
      );
      assert.equal(crowded.statusCode, 413);
      assert.equal((await rows(item.id)).length, 0);
    });

    it('recognises the accepted kinds by their first bytes', () => {
      assert.equal(sniffFileKind(PDF)?.mime, 'application/pdf');
      assert.equal(sniffFileKind(PNG)?.mime, 'image/png');
      assert.equal(sniffFileKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))?.mime, 'image/jpeg');
      assert.equal(
        sniffFileKind(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]))?.mime,
        'image/webp',
      );
      assert.equal(
        sniffFileKind(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt ')])),
        null,
      );
      assert.equal(sniffFileKind(EXE), null);
      assert.equal(sniffFileKind(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')), null);
      assert.equal(sniffFileKind(Buffer.alloc(0)), null);
    });
  });
}
