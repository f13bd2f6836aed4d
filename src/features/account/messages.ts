// UI messages of the signed-in user's own page.
export const en = {
  'account.title': 'Your account',
  'account.details': 'Account details',
  'account.role': 'Role',
  'account.organisation': 'Organisation',
  'account.lastSignIn': 'Last sign-in',
  'account.never': 'never',
  'account.sessions': 'Signed-in devices',
  'account.sessionsCount':
    '{count, plural, one {You are signed in on # device.} other {You are signed in on # devices.}}',
  'account.signOutEverywhere': 'Sign out on every device',
  'account.changePassword': 'Change your password',
  'account.currentPassword': 'Current password',
  'account.passwordChanged': 'Your password has been changed. Other devices have been signed out.',
  'account.currentPasswordWrong': 'The current password is not correct.',
};

export const nl: Record<keyof typeof en, string> = {
  'account.title': 'Uw account',
  'account.details': 'Accountgegevens',
  'account.role': 'Rol',
  'account.organisation': 'Organisatie',
  'account.lastSignIn': 'Laatst ingelogd',
  'account.never': 'nooit',
  'account.sessions': 'Ingelogde apparaten',
  'account.sessionsCount':
    '{count, plural, one {U bent op # apparaat ingelogd.} other {U bent op # apparaten ingelogd.}}',
  'account.signOutEverywhere': 'Op alle apparaten uitloggen',
  'account.changePassword': 'Wachtwoord wijzigen',
  'account.currentPassword': 'Huidig wachtwoord',
  'account.passwordChanged': 'Uw wachtwoord is gewijzigd. Andere apparaten zijn uitgelogd.',
  'account.currentPasswordWrong': 'Het huidige wachtwoord klopt niet.',
};
