// How long a support request is kept: its personal data are deleted after this many days (the
// form says so, the confirmation mail says so, housekeeping does so).
export const RETENTION_DAYS = 730;
