// The address of the members directory.
export const memberPaths = {
  members: (locale: string) => `/${locale}/members`,
} as const;
