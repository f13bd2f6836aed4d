// Reading an import: JSON syntax, then the exchange schema. Every problem names the line and
// column in the text that was sent and the field (a JSON pointer and a readable path), so a
// person can find it in their editor. json-source-map maps pointers back to positions.
import jsonMap, { type PointerLocations } from 'json-source-map';
import { Compile } from 'typebox/compile';
import type { MessageKey, MessageParams, Translator } from '../../../i18n/index.ts';
import { ExchangeDocument } from './format.ts';

export interface ImportProblem {
  line: number;
  column: number;
  /** JSON pointer, e.g. /items/2/versions/en/title. */
  path: string;
  /** The same path for people: items[2].versions.en.title. */
  field: string;
  /** What is wrong, as a catalog message (translated for the reader by `problemMessage`). */
  key: MessageKey;
  params?: MessageParams;
}

export type Locate = (
  path: string,
  key: MessageKey,
  params?: MessageParams,
  at?: 'key' | 'value',
) => ImportProblem;

export function problemMessage(tr: Translator, problem: ImportProblem): string {
  const params = { ...problem.params };
  // Type names inside a message are translated too ("text or null", "tekst of null").
  if (problem.key === 'api.problem.type') params.types = typeList(tr, String(params.types ?? '').split(','));
  return tr.t(problem.key, params);
}

function typeList(tr: Translator, types: string[]): string {
  const names = types.map((t) => (isTypeName(t) ? tr.t(`api.type.${t}`) : t));
  return names.reduce((out, name) => (out ? tr.t('api.type.or', { first: out, second: name }) : name), '');
}

const TYPE_NAMES = ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'] as const;
function isTypeName(t: string): t is (typeof TYPE_NAMES)[number] {
  return (TYPE_NAMES as readonly string[]).includes(t);
}

export const MAX_PROBLEMS = 100;
const validator = Compile(ExchangeDocument);

export function readablePath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function syntaxProblem(text: string, error: unknown): ImportProblem {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  const position = match ? Number(match[1]) : text.length;
  const { line, column } = lineAndColumn(text, position);
  const token = /Unexpected token (.) /.exec(message)?.[1];
  const problem = { line, column, path: '', field: '' };
  if (text.trim() === '') return { ...problem, key: 'api.problem.syntaxEmpty' };
  if (token) return { ...problem, key: 'api.problem.syntaxToken', params: { token } };
  return { ...problem, key: position >= text.length ? 'api.problem.syntaxEnd' : 'api.problem.syntax' };
}

interface Issue {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
}

const PATTERNS: Record<string, MessageKey> = {
  '\\S': 'api.problem.blank',
  '^[a-z0-9][a-z0-9-]*$': 'api.problem.slug',
  '^\\d{4}-\\d{2}-\\d{2}$': 'api.problem.date',
  '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?$': 'api.problem.dateTime',
  '^(https?://|/)\\S*$': 'api.problem.url',
  '^\\d{4}-\\d{2}-\\d{2}T': 'api.problem.timestamp',
};

type Described = { key: MessageKey; params?: MessageParams };

function describe(issue: Issue): Described {
  const p = issue.params;
  switch (issue.keyword) {
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]) ?? [];
      return allowed.length <= 12
        ? { key: 'api.problem.oneOf', params: { values: allowed.join(', ') } }
        : { key: 'api.problem.unknownValue' };
    }
    case 'const':
      return { key: 'api.problem.constant', params: { value: JSON.stringify(p.allowedValue) } };
    case 'minLength':
      return Number(p.limit) <= 1
        ? { key: 'api.problem.empty' }
        : { key: 'api.problem.minLength', params: { limit: Number(p.limit) } };
    case 'maxLength':
      return { key: 'api.problem.maxLength', params: { limit: Number(p.limit) } };
    case 'pattern':
      return { key: PATTERNS[String(p.pattern)] ?? 'api.problem.invalid' };
    case 'minimum':
      return { key: 'api.problem.minimum', params: { limit: Number(p.limit) } };
    case 'maximum':
      return { key: 'api.problem.maximum', params: { limit: Number(p.limit) } };
    case 'minProperties':
      return { key: 'api.problem.noVersion' };
    case 'type':
      return typeProblem([String(p.type)]);
    default:
      return { key: 'api.problem.invalid' };
  }
}

// The type names are translated with the message (problemMessage); params carry their list.
const typeProblem = (types: string[]): Described => ({
  key: 'api.problem.type',
  params: { types: types.join(',') },
});

/** Schema errors → one problem per field (a field failing a "text or null" union gets one message). */
function schemaProblems(errors: Issue[], locate: Locate): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const byPath = new Map<string, Issue[]>();
  for (const e of errors) {
    if (e.keyword === 'required') {
      const missing = (e.params.requiredProperties as string[] | undefined) ?? [
        String(e.params.missingProperty),
      ];
      for (const name of missing)
        problems.push({
          ...locate(e.instancePath, 'api.problem.missing'),
          path: `${e.instancePath}/${name}`,
          field: readablePath(`${e.instancePath}/${name}`),
        });
    } else if (e.keyword === 'additionalProperties') {
      for (const name of (e.params.additionalProperties as string[] | undefined) ?? [
        String(e.params.additionalProperty),
      ]) {
        problems.push(locate(`${e.instancePath}/${name}`, 'api.problem.unknownField', undefined, 'key'));
      }
    } else if (!(e.keyword === 'boolean' && e.schemaPath.endsWith('additionalProperties'))) {
      byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
    }
  }
  for (const [path, issues] of byPath) {
    const union = issues.some((i) => i.keyword === 'anyOf');
    const specific = issues.filter((i) => i.keyword !== 'anyOf' && i.keyword !== 'type');
    const types = issues.filter((i) => i.keyword === 'type').map((i) => String(i.params.type));
    const described =
      union && specific.length === 0
        ? [typeProblem(types)]
        : (specific.length ? specific : issues).map(describe);
    const seen = new Set<string>();
    for (const d of described) {
      const id = JSON.stringify(d);
      if (!seen.has(id)) problems.push(locate(path, d.key, d.params));
      seen.add(id);
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

export type ParsedImport =
  { ok: true; doc: ExchangeDocument; locate: Locate } | { ok: false; problems: ImportProblem[] };

/** Pointers of every key or string value holding NUL (\u0000): no stored text may contain it. */
function nulPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const child = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return key.includes('\u0000') ? [child] : nulPaths(inner, child);
  });
}

function sourceMap(text: string): Record<string, PointerLocations> {
  try {
    return jsonMap.parse(text).pointers;
  } catch {
    return {}; // JSON.parse accepted it: without positions, problems still name their field.
  }
}

export function parseImport(text: string): ParsedImport {
  // JSON.parse is many times faster than the source-mapping parser, which only runs when a
  // problem has to be placed: on a syntax error, or when a problem is reported (lazily).
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    try {
      jsonMap.parse(text);
    } catch (error) {
      return { ok: false, problems: [syntaxProblem(text, error)] };
    }
    return { ok: false, problems: [syntaxProblem(text, new Error('Unexpected end of JSON input'))] };
  }
  let pointers: Record<string, PointerLocations> | null = null;
  const locate: Locate = (path, key, params, at = 'value') => {
    pointers ??= sourceMap(text);
    // A missing field is reported at its parent; the nearest existing ancestor otherwise.
    let pointer = path;
    while (!pointers[pointer] && pointer !== '') pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    const where = (at === 'key' ? pointers[pointer]?.key : undefined) ??
      pointers[pointer]?.value ?? { line: 0, column: 0 };
    return {
      line: where.line + 1,
      column: where.column + 1,
      path,
      field: readablePath(path),
      key,
      ...(params ? { params } : {}),
    };
  };
  const nul = nulPaths(data, '').slice(0, MAX_PROBLEMS);
  if (nul.length) return { ok: false, problems: nul.map((path) => locate(path, 'api.problem.nul')) };
  if (!validator.Check(data)) {
    const errors = [...validator.Errors(data)] as unknown as Issue[];
    return { ok: false, problems: schemaProblems(errors, locate).slice(0, MAX_PROBLEMS) };
  }
  return { ok: true, doc: data as ExchangeDocument, locate };
}
