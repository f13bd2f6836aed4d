// Addresses of the signed-in user's page (the shell's, web/paths.ts) and its password form.
import { shellPaths } from '../../web/paths.ts';

export const accountPaths = {
  account: shellPaths.account,
  password: (locale: string) => `/${locale}/account/password`,
} as const;
