// Demo-only sign-in details. They exist so a fresh `npm start` can be tried at once; never use
// them on a public installation (`SEED_DEMO=false` skips the demo content).
import type { Role } from '../kernel/identity.ts';

export const DEMO_ACCOUNTS: {
  email: string;
  password: string;
  role: Role;
  displayName: string;
  organisation: string | null;
}[] = [
  {
    email: 'admin@example.org',
    password: 'demo-admin-password',
    role: 'admin',
    displayName: 'Platform administrator (demo)',
    organisation: null,
  },
  {
    email: 'editor@example.org',
    password: 'demo-editor-password',
    role: 'editor',
    displayName: 'Secretariat editor (demo)',
    organisation: 'ptvt',
  },
  {
    email: 'member@example.org',
    password: 'demo-member-password',
    role: 'member',
    displayName: 'Member platform staff (demo)',
    organisation: 'astra',
  },
];
