// Addresses of the country pages.
export const countryPaths = {
  countries: (locale: string) => `/${locale}/countries`,
  country: (locale: string, slug: string) => `/${locale}/countries/${encodeURIComponent(slug)}`,
} as const;
