// The architecture of docs/ARCHITECTURE.md, checked: the closed file vocabulary of feature folders,
// one module description per feature folder and every one in the module list, no import cycle at
// the value level, no two folders importing each other, the order of the layers, writes only to a
// module's own tables, and page addresses built only in paths.ts files. ESLint (eslint.config.js) guards the layers inside a
// feature folder file by file; this test guards the shape of the whole.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');
const SRC = path.join(ROOT, 'src');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
const sourceFiles = walk(SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
const productFiles = sourceFiles.filter((f) => !f.endsWith('.test.ts'));

interface Edge {
  from: string;
  to: string;
  /** false for `import type` (and imports whose every name is a type): no code runs. */
  value: boolean;
}

function importsOf(file: string): Edge[] {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const edges: Edge[] = [];
  for (const node of source.statements) {
    let specifier: ts.Expression | undefined;
    let value = true;
    if (ts.isImportDeclaration(node)) {
      specifier = node.moduleSpecifier;
      const clause = node.importClause;
      if (clause?.isTypeOnly) value = false;
      else if (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        const elements = clause.namedBindings.elements;
        if (elements.length > 0 && elements.every((e) => e.isTypeOnly)) value = false;
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      specifier = node.moduleSpecifier;
      if (node.isTypeOnly) value = false;
      else if (node.exportClause && ts.isNamedExports(node.exportClause)) {
        const elements = node.exportClause.elements;
        if (elements.length > 0 && elements.every((e) => e.isTypeOnly)) value = false;
      }
    }
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    edges.push({ from: file, to: path.resolve(path.dirname(file), specifier.text), value });
  }
  return edges;
}

const edges = productFiles.flatMap(importsOf).filter((e) => e.to.startsWith(SRC));
const valueEdges = edges.filter((e) => e.value);

/** The unit a file belongs to: its feature folder, or its top-level folder under src/ ("root" for src/*.ts). */
function unitOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  if (parts.length === 1) return 'root';
  if (parts[0] === 'features') return `features/${parts[1]}`;
  return parts[0]!;
}

const FEATURES = path.join(SRC, 'features');
const featureFolders = fs
  .readdirSync(FEATURES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

/** The closed vocabulary of a feature folder (docs/ARCHITECTURE.md, "File vocabulary"). */
const VOCABULARY =
  /^(module|paths|schema|policy|messages|jobs|worker|tables|read-model|(routes|api|service|repository|views)(-[a-z0-9-]+)?)\.ts$/;

describe('architecture', () => {
  it('names every file of a feature folder from the closed vocabulary', () => {
    const odd: string[] = [];
    for (const name of featureFolders) {
      for (const file of walk(path.join(FEATURES, name))) {
        const inside = path.relative(path.join(FEATURES, name), file).split(path.sep);
        if (file.endsWith('.test.ts')) continue;
        if (inside[0] === 'domain' || inside[0] === 'views') continue;
        if (inside.length > 1 || !VOCABULARY.test(inside[0]!)) odd.push(rel(file));
      }
    }
    assert.deepEqual(odd, [], 'files outside the vocabulary');
  });

  it('gives every feature folder a module description, and the module list names each once', () => {
    const list = fs.readFileSync(path.join(SRC, 'modules.ts'), 'utf8');
    for (const name of featureFolders) {
      const description = path.join(FEATURES, name, 'module.ts');
      assert.ok(fs.existsSync(description), `src/features/${name}/module.ts is missing`);
      assert.match(fs.readFileSync(description, 'utf8'), new RegExp(`name: '${name}'`), `${name}: name`);
      const listed = list.match(new RegExp(`from '\\./features/${name}/module\\.ts'`, 'g')) ?? [];
      assert.equal(listed.length, 1, `src/modules.ts imports ${name}/module.ts once`);
    }
  });

  it('has no import cycle at the value level', () => {
    const graph = new Map<string, string[]>();
    for (const e of valueEdges) graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
    // Tarjan's strongly connected components: any component of two or more files is a cycle.
    let counter = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
      index.set(v, counter);
      low.set(v, counter++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(rel(w));
        } while (w !== v);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const file of productFiles) if (!index.has(file)) visit(file);
    assert.deepEqual(cycles, [], 'value-level import cycles');
  });

  it('has no two folders that import each other', () => {
    // paths.ts files are the site's address book: leaves that import only other paths.ts files and
    // the kernel, so linking to another module's page is no dependency on its behaviour.
    const pairs = new Set<string>();
    for (const e of valueEdges.filter((edge) => path.basename(edge.to) !== 'paths.ts')) {
      const [a, b] = [unitOf(e.from), unitOf(e.to)];
      if (a !== b) pairs.add(`${a} -> ${b}`);
    }
    const mutual = [...pairs]
      .map((p) => p.split(' -> ') as [string, string])
      .filter(([a, b]) => a < b && pairs.has(`${b} -> ${a}`))
      .map(([a, b]) => `${a} <-> ${b}`);
    assert.deepEqual(mutual, [], 'folders importing each other');
  });

  it('keeps the layers: lib and db at the bottom, then kernel, then i18n and web, then the features', () => {
    // What each kind of folder may import at the value level (features may import each other;
    // the rules inside a feature are ESLint's).
    const MAY_IMPORT: Record<string, readonly string[]> = {
      lib: ['lib'],
      db: ['db', 'lib'],
      kernel: ['kernel', 'lib', 'db', 'i18n'],
      i18n: ['i18n'],
      web: ['web', 'lib', 'kernel', 'i18n'],
      seed: ['seed', 'lib', 'kernel', 'features', 'i18n'],
      features: ['features', 'web', 'lib', 'kernel', 'i18n', 'db'],
      root: ['root', 'features', 'web', 'lib', 'kernel', 'i18n', 'db', 'seed'],
    };
    const kind = (unit: string) => unit.split('/')[0]!;
    const wrong = valueEdges
      .filter((e) => !MAY_IMPORT[kind(unitOf(e.from))]!.includes(kind(unitOf(e.to))))
      .map((e) => `${rel(e.from)} -> ${rel(e.to)}`);
    assert.deepEqual(wrong, [], 'imports against the layers');
  });

  it('lets a module write only the tables its tables.ts declares', () => {
    // Table owners: each feature's tables.ts adds its tables to DB (declaration merging); the
    // kernel's app_settings is declared in src/db/schema.ts. Reading another module's table in a
    // join is allowed; changing it goes through that module's service.
    const owner = new Map<string, string>([['app_settings', 'kernel']]);
    for (const name of featureFolders) {
      const file = path.join(FEATURES, name, 'tables.ts');
      if (!fs.existsSync(file)) continue;
      const block = /interface DB \{([^}]*)\}/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
      for (const [, table] of block.matchAll(/^\s*(\w+):/gm)) {
        assert.ok(!owner.has(table!), `${table} is declared by ${owner.get(table!)} and ${name}`);
        owner.set(table!, `features/${name}`);
      }
    }
    const WRITE =
      /\.(?:insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(\s*'(\w+)'|\b(?:insert\s+into|delete\s+from|update)\s+(\w+)\b/gi;
    const foreign: string[] = [];
    for (const file of productFiles) {
      const unit = unitOf(file);
      if (!unit.startsWith('features/') && unit !== 'kernel') continue;
      const code = fs
        .readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      for (const match of code.matchAll(WRITE)) {
        const table = match[1] ?? match[2]!;
        if (!owner.has(table)) continue; // an SQL word that is no table ("update set")
        if (owner.get(table) !== unit) foreign.push(`${rel(file)} writes ${table} (${owner.get(table)})`);
      }
    }
    assert.deepEqual(foreign, [], "writes to another module's tables");
  });

  it('builds page addresses only in paths.ts files', () => {
    // A locale-prefixed address written by hand (`/${locale}/…`, `/${request.locale}…`), or an
    // address from a paths.ts function extended by hand (`${paths.x(…)}/more`).
    const HAND_BUILT = /\/\$\{(?:[\w.]+\.)?(?:locale|l)\}|\$\{\w*[pP]aths\.\w+\([^`]*?\)\}\//;
    const found: string[] = [];
    for (const file of productFiles) {
      if (path.basename(file) === 'paths.ts') continue;
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (HAND_BUILT.test(line)) found.push(`${rel(file)}:${i + 1}: ${line.trim().slice(0, 100)}`);
        });
    }
    assert.deepEqual(found, [], 'addresses built outside paths.ts');
  });
});
