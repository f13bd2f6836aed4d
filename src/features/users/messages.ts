// Labels of roles and account states.
export const en = {
  'role.admin': 'administrator',
  'role.editor': 'editor',
  'role.member': 'member',
  'role.coordinator': 'regional coordinator',
  'role.school_contact': 'school contact',
  'role.company_contact': 'company contact',
  'status.active': 'active',
  'status.invited': 'invited',
  'status.disabled': 'disabled',
};

export const nl: Record<keyof typeof en, string> = {
  'role.admin': 'beheerder',
  'role.editor': 'redacteur',
  'role.member': 'lid',
  'role.coordinator': 'regiocoördinator',
  'role.school_contact': 'contactpersoon school',
  'role.company_contact': 'contactpersoon bedrijf',
  'status.active': 'actief',
  'status.invited': 'uitgenodigd',
  'status.disabled': 'geblokkeerd',
};
