// Attachments: which files are accepted (by their first bytes, never by the name or the declared
// type alone), where they are kept, and how a download names them. Pure helpers plus the two
// file-system steps; the records and audit entries are written by service.ts.
import fs from 'node:fs/promises';
import path from 'node:path';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface FileKind {
  mime: 'application/pdf' | 'image/png' | 'image/jpeg' | 'image/webp';
  extension: 'pdf' | 'png' | 'jpg' | 'webp';
}

const startsWith = (data: Buffer, bytes: number[], offset = 0) =>
  data.length >= offset + bytes.length && bytes.every((b, i) => data[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The kind of file the bytes are, when it is one Helix accepts (PDF, PNG, JPEG, WebP). */
export function sniffFileKind(data: Buffer): FileKind | null {
  if (startsWith(data, ascii('%PDF-'))) return { mime: 'application/pdf', extension: 'pdf' };
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mime: 'image/png', extension: 'png' };
  if (startsWith(data, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', extension: 'jpg' };
  if (startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8))
    return { mime: 'image/webp', extension: 'webp' };
  return null;
}

/** A file name safe to show and to send back: no folders, no control characters, not too long. */
export function cleanFilename(name: string, fallbackExtension: string): string {
  const base = path
    .basename(name.replace(/\\/g, '/'))
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim();
  const cut = base.length > 150 ? base.slice(base.length - 150) : base;
  return cut === '' || cut === '.' || cut === '..' ? `attachment.${fallbackExtension}` : cut;
}

/** Content-Disposition with an ASCII fallback and the real name RFC 5987-encoded (filename*). */
export function contentDisposition(
  filename: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The path of a stored file; stored names are made by Helix, basename() is a second guard. */
export function storedPath(uploadDir: string, storedName: string): string {
  return path.join(uploadDir, path.basename(storedName));
}

/** Write the file under a temporary name first, so a half-written file never has the real name. */
export async function writeStoredFile(uploadDir: string, storedName: string, data: Buffer): Promise<void> {
  await fs.mkdir(uploadDir, { recursive: true });
  const target = storedPath(uploadDir, storedName);
  const temporary = `${target}.partial`;
  await fs.writeFile(temporary, data, { flag: 'wx' });
  await fs.rename(temporary, target);
}

export async function removeStoredFile(uploadDir: string, storedName: string): Promise<void> {
  await fs.rm(storedPath(uploadDir, storedName), { force: true });
}
