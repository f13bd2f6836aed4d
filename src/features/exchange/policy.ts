// Who may do what with open data: everyone reads the public API; editors and administrators
// export everything (drafts and members-only items included) and import.
import { isEditorial, type Actor } from '../items/policy.ts';

export function canExportEverything(actor: Actor | null | undefined): boolean {
  return isEditorial(actor);
}

export function canImport(actor: Actor | null | undefined): boolean {
  return isEditorial(actor);
}
