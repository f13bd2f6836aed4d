// CSV export of a library view: one row per item, codes for the closed vocabularies (type,
// countries, levels, themes) so the file can be filtered and joined, text in the reader's language.
import { stringify } from 'csv-stringify/sync';
import type { ExportRow } from './service.ts';
import { itemPath } from '../../kernel/paths.ts';

export const CSV_COLUMNS = [
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

/** Spreadsheets run cells that start with = + - @ as formulas; a leading apostrophe keeps them text. */
export function inertCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function exportCsv(rows: ExportRow[], locale: string, baseUrl: string): string {
  const records = rows.map((r) => [
    r.slug,
    r.type,
    inertCell(r.title),
    inertCell(r.summary),
    r.lang,
    inertCell(r.organisationName ?? ''),
    r.countries.join('; '),
    r.levels.join('; '),
    r.themes.join('; '),
    r.startsOn ?? r.sortDate ?? '',
    r.year === null ? '' : String(r.year),
    `${baseUrl}${itemPath(locale, r)}`,
  ]);
  // A byte-order mark lets spreadsheet programs read the file as UTF-8.
  return stringify(records, {
    header: true,
    columns: [...CSV_COLUMNS],
    bom: true,
    record_delimiter: 'windows',
  });
}
