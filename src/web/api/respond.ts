// Turning API outcomes into responses: results as JSON, refusals and schema failures as
// {"error":{"code","message"}} with a message that names what was wrong.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { listing, type ApiRefusal, type ApiResult } from '../../kernel/results.ts';

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

function valueAt(source: unknown, pointer: string): unknown {
  let current = source;
  for (const part of pointer.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** One message for everything the schema refused; unknown values are listed by parameter. */
export function describeValidation(request: FastifyRequest): { status: 400; code: string; message: string } {
  const tr = request.tr;
  const error = request.validationError as
    (Error & { validation?: ValidationIssue[]; validationContext?: string }) | undefined;
  const context = error?.validationContext ?? 'request';
  const source =
    context === 'querystring' ? request.query : context === 'params' ? request.params : request.body;
  const unknown = new Map<string, { values: string[]; allowed: unknown[] }>();
  const others: string[] = [];
  for (const issue of error?.validation ?? []) {
    const name = issue.instancePath.split('/')[1] ?? context;
    if (issue.keyword === 'enum') {
      const entry = unknown.get(name) ?? {
        values: [],
        allowed: (issue.params.allowedValues as unknown[]) ?? [],
      };
      entry.values.push(String(valueAt(source, issue.instancePath)));
      unknown.set(name, entry);
    } else if (issue.keyword === 'additionalProperties') {
      others.push(tr.t('api.error.unknownParameter', { name: String(issue.params.additionalProperty) }));
    } else {
      others.push(tr.t('api.error.invalidParameter', { name, detail: issue.message ?? issue.keyword }));
    }
  }
  const parts = [...unknown].map(([filter, e]) =>
    tr.t('api.error.unknownValues', { filter, values: listing(e.values), allowed: e.allowed.join(', ') }),
  );
  return {
    status: 400,
    code: unknown.size ? 'unknown_filter_value' : 'bad_request',
    message: [...parts, ...new Set(others)].join(' ') || tr.t('error.400.body'),
  };
}

export function sendError(
  reply: FastifyReply,
  error: { status: number; code: string; message: string },
): FastifyReply {
  return reply
    .code(error.status)
    .type('application/json; charset=utf-8')
    .send({ error: { code: error.code, message: error.message } });
}

export function sendRefusal(request: FastifyRequest, reply: FastifyReply, refusal: ApiRefusal): FastifyReply {
  return sendError(reply, {
    status: refusal.status,
    code: refusal.code,
    message: request.tr.t(refusal.key, refusal.params),
  });
}

export function sendResult<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  result: ApiResult<T>,
): FastifyReply {
  return result.ok ? reply.send(result.value) : sendRefusal(request, reply, result);
}
