// Addresses of sign-in and sign-out (the shell's, web/paths.ts), password reset and invitations.
import { shellPaths } from '../../web/paths.ts';

const enc = encodeURIComponent;

export const authPaths = {
  signIn: shellPaths.signIn,
  signOut: shellPaths.signOut,
  signOutEverywhere: (locale: string) => `/${locale}/account/sign-out-everywhere`,
  forgot: (locale: string) => `/${locale}/password/forgot`,
  reset: (locale: string, token: string) => `/${locale}/password/reset/${enc(token)}`,
  invitation: (locale: string, token: string) => `/${locale}/invitation/${enc(token)}`,
} as const;
