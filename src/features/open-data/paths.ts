// Addresses of the open-data page and of its import form.
export const openDataPaths = {
  openData: (locale: string) => `/${locale}/open-data`,
  import: (locale: string) => `/${locale}/open-data/import`,
} as const;
