// The address of the Atom feed of each language (the sitemap's are fixed: /sitemap.xml, /sitemap-N.xml).
export const feedPaths = {
  feed: (locale: string) => `/${locale}/feed.atom`,
} as const;
