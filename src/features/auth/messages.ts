// UI messages of sign-in, password reset and invitations, and their e-mails.
export const en = {
  'auth.signIn.title': 'Sign in',
  'auth.signIn.intro': 'Members, editors and administrators sign in here. Visitors do not need an account.',
  'auth.signIn.submit': 'Sign in',
  'auth.signIn.failed': 'The e-mail address or password is not correct.',
  'auth.signIn.forgot': 'Forgot your password?',
  'auth.signIn.throttled': 'Too many sign-in attempts. Please wait {minutes} minutes and try again.',
  'auth.signedIn': 'You are signed in.',
  'auth.signedOut': 'You are signed out.',
  'auth.signedOutEverywhere': 'You are signed out on every device.',
  'auth.email': 'E-mail address',
  'auth.password': 'Password',
  'auth.newPassword': 'New password',
  'auth.passwordConfirm': 'Repeat the password',
  'auth.passwordHint': 'At least {min} characters.',
  'auth.displayName': 'Your name',
  'auth.forgot.title': 'Reset your password',
  'auth.forgot.intro':
    'Enter the e-mail address of your account. We will send you a link to choose a new password; it works once and for one hour.',
  'auth.forgot.submit': 'Send the link',
  'auth.forgot.sent': 'If an account exists for {email}, a link to reset its password is on its way.',
  'auth.reset.title': 'Choose a new password',
  'auth.reset.submit': 'Save the new password',
  'auth.reset.done': 'Your password has been changed. Sign in with the new password.',
  'auth.token.invalid.title': 'This link no longer works',
  'auth.token.invalid.body': 'The link has expired or has been used already. Ask for a new one.',
  'auth.invite.title': 'Accept your invitation',
  'auth.invite.intro':
    'You have been invited to Helix as {role}. Choose your name and a password to activate your account.',
  'auth.invite.submit': 'Activate my account',
  'auth.invite.done': 'Your account is active. Welcome to Helix.',
  'mail.reset.subject': 'Reset your Helix password',
  'mail.reset.body':
    'Someone asked to reset the password of your Helix account ({email}).\n\nChoose a new password here (the link works once, for one hour):\n{link}\n\nIf this was not you, you can ignore this message; your password stays as it is.',
  'mail.invite.subject': 'You are invited to Helix',
  'mail.invite.body':
    'You have been invited to Helix as {role}.\n\nActivate your account here (the link works once, for seven days):\n{link}\n\nIf you did not expect this invitation, you can ignore this message.',
  'mail.signature': 'Helix',
};

export const nl: Record<keyof typeof en, string> = {
  'auth.signIn.title': 'Inloggen',
  'auth.signIn.intro':
    'Leden, redacteuren en beheerders loggen hier in. Bezoekers hebben geen account nodig.',
  'auth.signIn.submit': 'Inloggen',
  'auth.signIn.failed': 'Het e-mailadres of wachtwoord klopt niet.',
  'auth.signIn.forgot': 'Wachtwoord vergeten?',
  'auth.signIn.throttled': 'Te veel inlogpogingen. Wacht {minutes} minuten en probeer het opnieuw.',
  'auth.signedIn': 'U bent ingelogd.',
  'auth.signedOut': 'U bent uitgelogd.',
  'auth.signedOutEverywhere': 'U bent op alle apparaten uitgelogd.',
  'auth.email': 'E-mailadres',
  'auth.password': 'Wachtwoord',
  'auth.newPassword': 'Nieuw wachtwoord',
  'auth.passwordConfirm': 'Herhaal het wachtwoord',
  'auth.passwordHint': 'Minstens {min} tekens.',
  'auth.displayName': 'Uw naam',
  'auth.forgot.title': 'Wachtwoord opnieuw instellen',
  'auth.forgot.intro':
    'Vul het e-mailadres van uw account in. We sturen u een link om een nieuw wachtwoord te kiezen; die werkt één keer en één uur lang.',
  'auth.forgot.submit': 'Stuur de link',
  'auth.forgot.sent':
    'Als er een account bestaat voor {email}, is er een link onderweg om het wachtwoord opnieuw in te stellen.',
  'auth.reset.title': 'Kies een nieuw wachtwoord',
  'auth.reset.submit': 'Nieuw wachtwoord opslaan',
  'auth.reset.done': 'Uw wachtwoord is gewijzigd. Log in met het nieuwe wachtwoord.',
  'auth.token.invalid.title': 'Deze link werkt niet meer',
  'auth.token.invalid.body': 'De link is verlopen of al gebruikt. Vraag een nieuwe aan.',
  'auth.invite.title': 'Uitnodiging accepteren',
  'auth.invite.intro':
    'U bent uitgenodigd voor Helix als {role}. Kies uw naam en een wachtwoord om uw account te activeren.',
  'auth.invite.submit': 'Mijn account activeren',
  'auth.invite.done': 'Uw account is actief. Welkom bij Helix.',
  'mail.reset.subject': 'Stel uw Helix-wachtwoord opnieuw in',
  'mail.reset.body':
    'Iemand heeft gevraagd het wachtwoord van uw Helix-account ({email}) opnieuw in te stellen.\n\nKies hier een nieuw wachtwoord (de link werkt één keer, één uur lang):\n{link}\n\nWas u dit niet? Dan kunt u dit bericht negeren; uw wachtwoord blijft ongewijzigd.',
  'mail.invite.subject': 'U bent uitgenodigd voor Helix',
  'mail.invite.body':
    'U bent uitgenodigd voor Helix als {role}.\n\nActiveer hier uw account (de link werkt één keer, zeven dagen lang):\n{link}\n\nHad u deze uitnodiging niet verwacht? Dan kunt u dit bericht negeren.',
  'mail.signature': 'Helix',
};
