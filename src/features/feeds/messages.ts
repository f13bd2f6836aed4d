// UI messages of this module (EN is the reference; NL must have every key — see the parity test).
export const en = {} as const;

export const nl: Record<keyof typeof en, string> = {};
