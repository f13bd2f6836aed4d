// One lint tool, type-aware, enforced in `npm test`; it also enforces the layers of
// docs/ARCHITECTURE.md file by file (the architecture test checks the shape of the whole).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// --- Layers -------------------------------------------------------------------------------------
// Import specifiers are matched by regular expression; a feature file's kind is its name
// (docs/ARCHITECTURE.md, "File vocabulary").
const REPOSITORY = '(^|/)(repository(-[\\w-]+)?|read-model)\\.ts$';
const SERVICE = '(^|/)service(-[\\w-]+)?\\.ts$';
const HANDLER = '(^|/)(routes|api)(-[\\w-]+)?\\.ts$';
const VIEW = '(^|/)views((-[\\w-]+)?\\.ts$|/)';
const POLICY = '(^|/)policy\\.ts$';
const DATABASE_DRIVER = '^(kysely|pg|better-sqlite3)$';
const DB_FOLDER = '(^|/)db/';
const WEB_FOLDER = '(^|/)web/';
/** A repository or read model of a feature folder, seen from outside src/features/. */
const FEATURE_REPOSITORY = '(^|/)features/[\\w-]+/(repository(-[\\w-]+)?|read-model)\\.ts$';
/** A file of another feature folder, seen from the top of a feature folder ('../<module>/…'). */
const OTHER_MODULE = (kind) => `^\\.\\./[\\w-]+/${kind}`;

const rule = (...patterns) => ['error', { patterns }];
const no = (regex, message, allowTypeImports = false) => ({ regex, message, allowTypeImports });

/**
 * Files that break a layer rule today. Layer rules are not applied to them; the list may only
 * shrink (the next commits empty it).
 */
const LAYER_ALLOWLIST = [];

const FEATURE = 'src/features/*';
const layers = [
  {
    // Handlers parse, call services, render: never a query.
    files: [`${FEATURE}/routes.ts`, `${FEATURE}/routes-*.ts`, `${FEATURE}/api.ts`, `${FEATURE}/api-*.ts`],
    rules: rule(
      no(
        REPOSITORY,
        'Routes call services; only repositories (and read models) query (docs/ARCHITECTURE.md, Layers).',
      ),
      no(DATABASE_DRIVER, 'Routes never touch the database.'),
      no(DB_FOLDER, 'Routes never touch the database.', true),
      no(OTHER_MODULE('(routes|api)'), 'A module registers only its own routes (its module.ts names them).'),
    ),
  },
  {
    // Views render what services return: types from services, nothing that queries or calls.
    files: [`${FEATURE}/views.ts`, `${FEATURE}/views-*.ts`, `${FEATURE}/views/**/*.ts`],
    rules: rule(
      no(REPOSITORY, 'Views never query: the route passes them what the service returned.'),
      no(SERVICE, 'Views import only types from services.', true),
      no(HANDLER, 'Views do not know routes.'),
      no(DATABASE_DRIVER, 'Views never touch the database.'),
      no(DB_FOLDER, 'Views never touch the database.', true),
    ),
  },
  {
    // Services: use cases over their own repositories, other modules' services, domain, kernel.
    files: [`${FEATURE}/service.ts`, `${FEATURE}/service-*.ts`],
    rules: rule(
      no(HANDLER, 'Services do not know routes.'),
      no(VIEW, 'Services return values; views render them.', true),
      no(
        OTHER_MODULE('(repository(-[\\w-]+)?|read-model)\\.ts$'),
        "A service reads another module through that module's services.",
      ),
      no(
        '^(kysely|pg|better-sqlite3)$',
        'Only repositories write queries (services may name Kysely types).',
        true,
      ),
      no('(^|/)db/(database|dialect)\\.ts$', 'Only repositories and src/db/ speak to the database.'),
      no('(^|/)web/(?!paths\\.ts$|api/schemas\\.ts$)', 'Services do not render or answer requests.', true),
    ),
  },
  {
    // Repositories and read models: queries over db, kernel, lib and domain.
    files: [`${FEATURE}/repository.ts`, `${FEATURE}/repository-*.ts`, `${FEATURE}/read-model.ts`],
    rules: rule(
      no(SERVICE, 'Repositories are below services.', true),
      no(HANDLER, 'Repositories do not know routes.'),
      no(VIEW, 'Repositories do not render.'),
      no(POLICY, 'Repositories answer queries; services decide who may.'),
      no(WEB_FOLDER, 'Repositories do not know the web.'),
    ),
  },
  {
    // Pure code: other domain code, lib, the kernel's pure files and npm packages (types of anything).
    files: [`${FEATURE}/domain/**/*.ts`],
    rules: rule(
      no(
        '^\\.\\./(?!\\.\\./[\\w-]+/domain/|\\.\\./\\.\\./lib/|\\.\\./\\.\\./kernel/(content-types|language|paths)\\.ts$)',
        "domain/ is pure: it imports other domain code, src/lib/, the kernel's content types, language rule and content paths, and npm packages.",
        true,
      ),
      no('^(kysely|pg|better-sqlite3|fastify|@fastify/.*)$', 'domain/ is pure: no database, no web.', true),
    ),
  },
  {
    // Row types: a module's tables.ts declares its tables (and adds them to DB), nothing runs.
    files: [`${FEATURE}/tables.ts`],
    rules: rule(no('^', 'tables.ts declares row types only: type imports.', true)),
  },
  {
    // Addresses: leaves anyone may import, so they import almost nothing.
    files: ['src/**/paths.ts'],
    rules: rule(
      no(
        '^\\.(?!.*(paths|content-types)\\.ts$)',
        'paths.ts imports only other paths.ts files (and the content types).',
        true,
      ),
    ),
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: rule(
      no(
        '(^|/)(features|web|db|kernel|i18n)/|(^|/)(deps|app|modules|config|server)\\.ts$',
        'lib/ imports nothing of Helix.',
      ),
    ),
  },
  {
    files: ['src/kernel/**/*.ts'],
    rules: rule(
      no('(^|/)(features|web)/|(^|/)modules\\.ts$', 'The kernel is below every module and the web shell.'),
      no('(^|/)(deps|app|server)\\.ts$', 'The kernel names only the types of the composition root.', true),
    ),
  },
  {
    files: ['src/web/**/*.ts'],
    rules: rule(
      no(
        '(^|/)features/|(^|/)modules\\.ts$',
        'The web shell never imports a module: app.ts hands it what it needs.',
      ),
    ),
  },
  {
    files: ['src/i18n/**/*.ts'],
    rules: rule(
      no(
        '(^|/)(features|web|kernel)/|(^|/)modules\\.ts$',
        'i18n imports no module (catalogs are registered at start-up).',
        true,
      ),
    ),
  },
  {
    // The composition root (app, server, CLI, housekeeping) wires modules through their module.ts
    // and services; deps.ts alone makes the seams (the search engine of the dialect).
    files: ['src/*.ts'],
    ignores: ['src/deps.ts'],
    rules: rule(no(FEATURE_REPOSITORY, "The composition root uses the modules' services and descriptions.")),
  },
  {
    // Tools that load content go through the modules' services, like an editor would.
    files: ['src/seed/**/*.ts'],
    rules: rule(
      no(FEATURE_REPOSITORY, 'Seeding goes through services.'),
      no(HANDLER, 'Seeding goes through services.'),
      no(DATABASE_DRIVER, 'Seeding goes through services (they may name Kysely types).', true),
    ),
  },
].map((layer) => ({
  ...layer,
  ignores: ['**/*.test.ts', ...(layer.ignores ?? []), ...LAYER_ALLOWLIST],
  rules: { '@typescript-eslint/no-restricted-imports': layer.rules },
}));

/** Query builder calls and raw SQL: only in repositories, read models, src/db/ and the kernel's repository. */
const queries = {
  files: ['src/**/*.ts'],
  ignores: [
    '**/*.test.ts',
    'src/db/**',
    'src/kernel/repository-*.ts',
    `${FEATURE}/repository.ts`,
    `${FEATURE}/repository-*.ts`,
    `${FEATURE}/read-model.ts`,
    ...LAYER_ALLOWLIST,
  ],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector:
          "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto|selectNoFrom)$/]",
        message: 'Queries live in repositories (docs/ARCHITECTURE.md, Layers).',
      },
      {
        selector: "TaggedTemplateExpression[tag.name='sql']",
        message: 'SQL lives in repositories (docs/ARCHITECTURE.md, Layers).',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'public/vendor/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['describe', 'it', 'test', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  ...layers,
  queries,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
  },
);
