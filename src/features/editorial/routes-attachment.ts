// Attachments: upload (multipart, in a scope of its own), removal, and the public download that
// item pages link to. Uploads are checked by their bytes; downloads only for readers who may
// see the item.
import fs from 'node:fs';
import { signedInActor, currentActor, guard } from '../../web/guards.ts';
import { refuse, notFound } from '../../web/errors.ts';
import { redirectWithFlash } from '../../web/render.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { MessageKey } from '../../i18n/index.ts';
import { safeEqual } from '../../lib/tokens.ts';
import { CSRF_COOKIE } from '../../web/context.ts';
import { CONTENT_LANGUAGES, isOneOf } from '../reference/domain/vocabulary.ts';
import { MAX_ATTACHMENT_BYTES, contentDisposition } from './domain/attachments.ts';
import { renderEdit } from './routes-item.ts';
import { editorialPaths } from './paths.ts';
import { canUseEditorial } from './policy.ts';
import { AttachmentParams, CsrfOnlyBody, SlugParams, UploadBody } from './schema.ts';
import { addAttachment, attachmentForDownload, loadEditable, removeAttachment } from './service.ts';

interface Upload {
  filename: string;
  data: Buffer;
}

function isUpload(value: unknown): value is Upload {
  return (
    !!value &&
    typeof value === 'object' &&
    Buffer.isBuffer((value as Upload).data) &&
    typeof (value as Upload).filename === 'string'
  );
}

const REFUSALS: Record<'empty' | 'too_large' | 'unsupported', { status: number; key: MessageKey }> = {
  empty: { status: 400, key: 'editorial.attachments.missing' },
  too_large: { status: 413, key: 'editorial.attachments.tooLarge' },
  unsupported: { status: 415, key: 'editorial.attachments.unsupported' },
};

export async function attachmentRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const editorial = guard(canUseEditorial);

  /**
   * The CSRF check of the upload form. The app-wide check runs before a multipart body is read,
   * so this route turns it off and checks the same token (the form's `_csrf` field, or the
   * X-CSRF-Token header) and Origin here, once @fastify/multipart has put the fields on the body.
   */
  async function checkUploadCsrf(request: FastifyRequest, reply: FastifyReply) {
    const body = request.body as Record<string, unknown> | undefined;
    const sent =
      (typeof body?._csrf === 'string' ? body._csrf : undefined) ?? request.headers['x-csrf-token'];
    const origin = request.headers.origin;
    const ownOrigins = [new URL(deps.config.baseUrl).origin, `${request.protocol}://${request.host}`];
    const ok =
      (!origin || ownOrigins.includes(origin)) &&
      typeof sent === 'string' &&
      request.cookies[CSRF_COOKIE] !== undefined &&
      safeEqual(sent, request.csrfToken);
    if (!ok)
      return reply.send(
        Object.assign(new Error('CSRF token missing or invalid'), { statusCode: 403, code: 'HELIX_CSRF' }),
      );
  }

  await app.register(async (scope) => {
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 6 },
      // Keep the name with the bytes: the record stores the original file name.
      async onFile(part: MultipartFile) {
        const data = await part.toBuffer();
        Object.assign(part, { value: { filename: part.filename, data } });
      },
    });
    const upload = scope.withTypeProvider<TypeBoxTypeProvider>();
    upload.post(
      '/editorial/items/:slug/attachments',
      {
        config: { csrf: false },
        preValidation: checkUploadCsrf,
        preHandler: editorial,
        schema: { params: SlugParams, body: UploadBody },
        attachValidation: true,
      },
      async (request, reply) => {
        const actor = signedInActor(request);
        const loaded = await loadEditable(deps, request.params.slug, actor);
        if (!loaded.ok) return refuse(request, reply, loaded.reason);
        const body = (request.body ?? {}) as {
          attachmentTitle?: unknown;
          attachmentLang?: unknown;
          file?: unknown;
        };
        const title = typeof body.attachmentTitle === 'string' ? body.attachmentTitle : '';
        const lang = isOneOf(CONTENT_LANGUAGES, body.attachmentLang) ? body.attachmentLang : null;
        const values = { attachmentTitle: title, attachmentLang: lang ?? '' };
        const sendBack = (status: number, key: MessageKey) =>
          renderEdit(deps, request, reply, loaded.item, status, {
            attachmentError: request.tr.t(key),
            attachmentValues: values,
          });
        if (request.validationError) return sendBack(400, 'editorial.attachments.invalid');
        if (!isUpload(body.file)) return sendBack(400, 'editorial.attachments.missing');
        const result = await addAttachment(deps, actor, loaded.item, {
          title,
          lang,
          filename: body.file.filename,
          data: body.file.data,
        });
        if (!result.ok) return sendBack(REFUSALS[result.reason].status, REFUSALS[result.reason].key);
        return redirectWithFlash(
          reply,
          `${editorialPaths.editItem(request.locale, loaded.item.slug)}#attachments`,
          'editorial.flash.attachmentAdded',
        );
      },
    );
  });

  app.post(
    '/editorial/items/:slug/attachments/:id/delete',
    { preHandler: editorial, schema: { params: AttachmentParams, body: CsrfOnlyBody } },
    async (request, reply) => {
      const actor = signedInActor(request);
      const loaded = await loadEditable(deps, request.params.slug, actor);
      if (!loaded.ok) return refuse(request, reply, loaded.reason);
      const result = await removeAttachment(deps, actor, loaded.item, request.params.id);
      if (!result.ok) return notFound(request, reply);
      return redirectWithFlash(
        reply,
        `${editorialPaths.editItem(request.locale, loaded.item.slug)}#attachments`,
        'editorial.flash.attachmentRemoved',
      );
    },
  );

  app.get(
    '/library/:slug/attachments/:id',
    { schema: { params: AttachmentParams } },
    async (request, reply) => {
      const found = await attachmentForDownload(
        deps,
        request.params.slug,
        request.params.id,
        currentActor(request),
      );
      if (!found.ok) return notFound(request, reply);
      const { attachment } = found;
      return (
        reply
          .header('content-type', attachment.mime)
          .header('content-length', attachment.size)
          .header('content-disposition', contentDisposition(attachment.filename))
          .header('x-content-type-options', 'nosniff')
          // A file is never a page of this site: no scripts, no plug-ins, whatever a viewer makes of it.
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', found.membersOnly ? 'private, no-store' : 'public, max-age=300')
          .send(fs.createReadStream(found.path))
      );
    },
  );
}
