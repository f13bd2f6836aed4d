// Request and answer schemas of the export and import routes (TypeBox); the document format itself,
// shared by both and by the import's checks, is domain/format.ts.
import { Type } from 'typebox';

/** Imports may be large: the whole library of a platform in one file. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

export const ImportProblemSchema = Type.Object({
  line: Type.Integer({ description: 'Line in the text sent (1-based).' }),
  column: Type.Integer({ description: 'Column (1-based).' }),
  path: Type.String({ description: 'JSON pointer of the field, e.g. /items/2/versions/en/title.' }),
  field: Type.String({ description: 'The same field for people: items[2].versions.en.title.' }),
  message: Type.String(),
});

export const ImportRefusedSchema = Type.Object(
  {
    // Refusals made before the import reads the file (e.g. a NUL byte in the raw body) have no problems list.
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      problems: Type.Optional(Type.Array(ImportProblemSchema)),
    }),
  },
  { description: 'Nothing was imported: every problem found is listed with its line and field.' },
);

export const ImportedSchema = Type.Object({
  imported: Type.Object({
    organisations: Type.Object({ created: Type.Integer(), matched: Type.Integer() }),
    items: Type.Object({ created: Type.Integer(), updated: Type.Integer() }),
    versions: Type.Integer(),
  }),
});
