// Addresses of the support page, its confirmation and the editors' inbox.
const enc = encodeURIComponent;

export const supportPaths = {
  support: (locale: string) => `/${locale}/support`,
  sent: (locale: string, reference?: string) =>
    `/${locale}/support/sent${reference ? `?ref=${enc(reference)}` : ''}`,
  inbox: (locale: string, query = '') => `/${locale}/support/inbox${query ? `?${query}` : ''}`,
  request: (locale: string, id: string) => `/${locale}/support/inbox/${enc(id)}`,
  /** A form of the request page: status, dossier, reply, note. */
  requestAction: (locale: string, id: string, action: 'status' | 'dossier' | 'reply' | 'note') =>
    `/${locale}/support/inbox/${enc(id)}/${action}`,
} as const;
