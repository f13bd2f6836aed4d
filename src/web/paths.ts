// The shell's addresses: the pages the frame of every page, the guards and the error pages link
// to (home, sign-in, sign-out, account, administration). The modules that serve them (home, auth,
// account, admin) build the same addresses with these functions.
const enc = encodeURIComponent;

export const shellPaths = {
  /** The prefix of every page route of a locale ("/en"). */
  localePrefix: (locale: string) => `/${locale}`,
  /** The same page in another locale, given its path after the locale prefix ("/library?type=tool"). */
  inLocale: (locale: string, pathInLocale: string) =>
    `/${locale}${pathInLocale === '/' ? '/' : pathInLocale}`,
  home: (locale: string) => `/${locale}/`,
  signIn: (locale: string, next?: string) => `/${locale}/sign-in${next ? `?next=${enc(next)}` : ''}`,
  signOut: (locale: string) => `/${locale}/sign-out`,
  account: (locale: string) => `/${locale}/account`,
  admin: (locale: string) => `/${locale}/admin`,
} as const;
