// The platform module's catalogs (shell, accounts, administration, errors).
export { en } from './en.ts';
export { nl } from './nl.ts';
