// Attachments: which files are accepted (by their first bytes, never by the name or the declared
// type alone), and how a download names them. Pure; the files are kept by ../repository-files.ts and
// recorded by ../service.ts.
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
