// UI messages of the feeds (EN is the reference; NL must have every key — see the parity test).
export const en = {
  'site.footer.feed': 'New publications (Atom feed)',
  'site.feedTitle': 'Helix — new publications in English',
};

export const nl: Record<keyof typeof en, string> = {
  'site.footer.feed': 'Nieuwe publicaties (Atom-feed)',
  'site.feedTitle': 'Helix — nieuwe publicaties in het Nederlands',
};
