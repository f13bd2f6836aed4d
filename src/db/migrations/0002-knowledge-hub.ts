// Knowledge hub: countries and regions, organisations as first-class records (aliases, texts,
// merges), coalition membership, knowledge items with per-language versions (a working copy
// and a live copy each), links, attachments, revisions and the search index.
import { sql, type Kysely } from 'kysely';
import { columnTypes, dialectOf } from '../dialect.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('countries')
    .addColumn('code', t.text, (c) => c.primaryKey())
    .addColumn('slug', t.text, (c) => c.notNull().unique())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('in_eu', t.bool, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('regions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('slug', t.text, (c) => c.notNull().unique())
    .addColumn('country_code', t.text, (c) => c.notNull().references('countries.code'))
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('names', t.json, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('regions_country_idx').on('regions').column('country_code').execute();

  await db.schema
    .alterTable('organisations')
    .addColumn('region_id', t.id, (c) => c.references('regions.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('organisations').addColumn('logo_url', t.text).execute();
  await db.schema.alterTable('organisations').addColumn('merged_into_id', t.id).execute();
  await db.schema
    .createIndex('organisations_country_idx')
    .on('organisations')
    .column('country_code')
    .execute();
  await db.schema.createIndex('organisations_name_idx').on('organisations').column('name').execute();

  await db.schema
    .createTable('organisation_texts')
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('lang', t.text, (c) => c.notNull())
    .addColumn('description', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('organisation_texts_pk', ['organisation_id', 'lang'])
    .execute();

  await db.schema
    .createTable('organisation_aliases')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('alias', t.text, (c) => c.notNull())
    .addColumn('alias_key', t.text, (c) => c.notNull().unique())
    .execute();
  await db.schema
    .createIndex('organisation_aliases_org_idx')
    .on('organisation_aliases')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organisation_id', t.id, (c) =>
      c.notNull().unique().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('role', t.text, (c) => c.notNull())
    .addColumn('member_since', t.date)
    .addColumn('status', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('items')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('slug', t.text, (c) => c.notNull().unique())
    .addColumn('type', t.text, (c) => c.notNull())
    .addColumn('original_lang', t.text, (c) => c.notNull())
    .addColumn('visibility', t.text, (c) => c.notNull())
    .addColumn('organisation_id', t.id, (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('published_on', t.date)
    .addColumn('starts_on', t.text)
    .addColumn('ends_on', t.text)
    .addColumn('year_start', t.int)
    .addColumn('year_end', t.int)
    .addColumn('external_url', t.text)
    .addColumn('registration_url', t.text)
    .addColumn('online_url', t.text)
    .addColumn('venue', t.text)
    .addColumn('city', t.text)
    .addColumn('funding_programme', t.text)
    .addColumn('grant_reference', t.text)
    .addColumn('source_note', t.text)
    .addColumn('year', t.int)
    .addColumn('sort_date', t.text)
    .addColumn('listed', t.bool, (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('deleted_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('items_listing_idx')
    .on('items')
    .columns(['listed', 'visibility', 'sort_date', 'id'])
    .execute();
  await db.schema
    .createIndex('items_type_idx')
    .on('items')
    .columns(['type', 'listed', 'sort_date'])
    .execute();
  await db.schema.createIndex('items_year_idx').on('items').columns(['year', 'listed']).execute();
  await db.schema.createIndex('items_organisation_idx').on('items').column('organisation_id').execute();
  await db.schema.createIndex('items_starts_idx').on('items').columns(['starts_on']).execute();

  await db.schema
    .createTable('item_versions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('item_id', t.id, (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('lang', t.text, (c) => c.notNull())
    .addColumn('state', t.text, (c) => c.notNull())
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('summary', t.text, (c) => c.notNull())
    .addColumn('body', t.text, (c) => c.notNull())
    .addColumn('fields', t.json, (c) => c.notNull())
    .addColumn('live_title', t.text)
    .addColumn('live_summary', t.text)
    .addColumn('live_body', t.text)
    .addColumn('live_fields', t.json)
    .addColumn('published_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addUniqueConstraint('item_versions_item_lang_uq', ['item_id', 'lang'])
    .execute();
  await db.schema
    .createIndex('item_versions_state_idx')
    .on('item_versions')
    .columns(['state', 'updated_at'])
    .execute();

  const link = async (table: string, column: string, type: typeof t.text, extra?: string) => {
    let builder = db.schema
      .createTable(table)
      .addColumn('item_id', t.id, (c) => c.notNull().references('items.id').onDelete('cascade'))
      .addColumn(column, type, (c) => c.notNull());
    if (extra) builder = builder.addColumn(extra, t.text, (c) => c.notNull());
    await builder
      .addPrimaryKeyConstraint(`${table}_pk`, extra ? ['item_id', column, extra] : ['item_id', column])
      .execute();
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).columns([column, 'item_id']).execute();
  };
  await link('item_organisations', 'organisation_id', t.id, 'role');
  await link('item_countries', 'country_code', t.text);
  await link('item_regions', 'region_id', t.id);
  await link('item_levels', 'level', t.text);
  await link('item_themes', 'theme', t.text);
  await link('item_relations', 'related_id', t.id);

  await db.schema
    .createTable('attachments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('item_id', t.id, (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('lang', t.text)
    .addColumn('title', t.text, (c) => c.notNull())
    .addColumn('filename', t.text, (c) => c.notNull())
    .addColumn('stored_name', t.text, (c) => c.notNull().unique())
    .addColumn('mime', t.text, (c) => c.notNull())
    .addColumn('size', t.int, (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_item_idx').on('attachments').column('item_id').execute();

  await db.schema
    .createTable('item_revisions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('item_id', t.id, (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('lang', t.text, (c) => c.notNull())
    .addColumn('snapshot', t.json, (c) => c.notNull())
    .addColumn('note', t.text)
    .addColumn('created_by', t.id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('item_revisions_item_idx')
    .on('item_revisions')
    .columns(['item_id', 'lang', 'created_at'])
    .execute();

  // The search index holds the live text of every published language version. The two
  // implementations are the only dialect-specific schema (see src/features/search/).
  if (dialectOf(db) === 'sqlite') {
    await sql`create virtual table item_search using fts5(
      item_id unindexed, lang unindexed, title, content,
      tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db);
  } else {
    await db.schema
      .createTable('item_search')
      .addColumn('item_id', t.id, (c) => c.notNull().references('items.id').onDelete('cascade'))
      .addColumn('lang', t.text, (c) => c.notNull())
      .addColumn('title', t.text, (c) => c.notNull())
      .addColumn('content', t.text, (c) => c.notNull())
      .addColumn('document', sql`tsvector`, (c) => c.notNull())
      .addPrimaryKeyConstraint('item_search_pk', ['item_id', 'lang'])
      .execute();
    await sql`create index item_search_document_idx on item_search using gin (document)`.execute(db);
  }
}
