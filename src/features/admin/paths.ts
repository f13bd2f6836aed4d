// Addresses of the administration pages (the start page is the shell's, web/paths.ts).
import { shellPaths } from '../../web/paths.ts';

const enc = encodeURIComponent;
const paged = (path: string, page?: number) => (page ? `${path}?page=${page}` : path);

export const adminPaths = {
  admin: shellPaths.admin,
  /** A section's list: users, outbox, audit. */
  section: (locale: string, key: 'users' | 'outbox' | 'audit', page?: number) =>
    paged(`/${locale}/admin/${key}`, page),
  newUser: (locale: string) => `/${locale}/admin/users/new`,
  user: (locale: string, id: string) => `/${locale}/admin/users/${enc(id)}`,
  message: (locale: string, id: string) => `/${locale}/admin/outbox/${enc(id)}`,
} as const;
