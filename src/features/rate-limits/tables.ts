// The rate-limits module's tables (fixed-window counters), as Kysely sees them: row types, added to the
// database interface DB by declaration merging (src/db/schema.ts).

export interface RateLimitsTable {
  key: string;
  window_start: string;
  hits: number;
}

declare module '../../db/schema.ts' {
  interface DB {
    rate_limits: RateLimitsTable;
  }
}
