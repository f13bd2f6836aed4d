// Where uploaded files are kept: one folder (UPLOAD_DIR), files under names Helix makes, written
// under a temporary name first so that a half-written file never has the real one.
import fs from 'node:fs/promises';
import path from 'node:path';

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
