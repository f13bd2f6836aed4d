// Migrating an empty database of each kind gives exactly the committed schema snapshot.
// After adding a migration, regenerate with: UPDATE_SNAPSHOTS=1 npm run test:unit -- test/schema.test.ts
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { describeSchema } from '../src/db/dialect.ts';
import { migrateToLatest, pendingMigrations } from '../src/db/database.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { DIALECTS, openTestDatabase } from './helpers/databases.ts';

for (const dialect of DIALECTS) {
  describe(`schema on ${dialect}`, () => {
    it('migrates an empty database to the committed snapshot', async () => {
      const database = await openTestDatabase(dialect, { migrate: false });
      try {
        assert.deepEqual(await pendingMigrations(database.db), Object.keys(migrations));
        const applied = await migrateToLatest(database.db);
        assert.deepEqual(applied, Object.keys(migrations));
        assert.deepEqual(await pendingMigrations(database.db), []);
        assert.deepEqual(await migrateToLatest(database.db), [], 'a second run applies nothing');
        const actual = await describeSchema(database.db);
        const file = path.join(import.meta.dirname, 'schema', `${dialect}.json`);
        if (process.env.UPDATE_SNAPSHOTS === '1') {
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
        }
        const expected: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
        assert.deepEqual(actual, expected);
      } finally {
        await database.drop();
      }
    });
  });
}
