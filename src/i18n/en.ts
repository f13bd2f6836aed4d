// The shell's English catalog: the page frame, navigation of the shell, forms, tables, paging,
// validation, errors and the API's generic refusals — what src/web/ and src/kernel/ say. Every
// module has its own catalog (messages.ts); English is the reference, every other locale has each
// key with the same {placeholders} (checked by src/i18n/catalogs.test.ts).
export const en = {
  'site.name': 'Helix',
  'site.tagline': 'Europe’s network of national STEM platforms and school–company partnerships',
  'site.skipToContent': 'Skip to main content',
  'site.mainNav': 'Main navigation',
  'site.footerNav': 'Footer',
  'site.languageSwitch': 'Language',
  'site.languageName.en': 'English',
  'site.languageName.nl': 'Nederlands',
  'site.footer.about':
    'Helix is the open platform of the network. Content is published under open licences unless stated otherwise.',

  'nav.home': 'Home',
  'nav.search': 'Search',
  'nav.signIn': 'Sign in',
  'nav.signOut': 'Sign out',
  'nav.account': 'Your account',
  'nav.admin': 'Administration',

  'auth.signInRequired': 'Please sign in to continue.',

  'table.name': 'Name',
  'table.email': 'E-mail',
  'table.role': 'Role',
  'table.status': 'Status',
  'table.organisation': 'Organisation',
  'table.actions': 'Actions',

  'pagination.label': 'Pages',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',

  'form.errorSummary': 'Please correct the following:',
  'form.required': '(required)',
  'validation.required': 'Please fill in this field.',
  'validation.email': 'Enter an e-mail address such as name@example.org.',
  'validation.minLength': 'Use at least {limit} characters.',
  'validation.maxLength': 'Use at most {limit} characters.',
  'validation.choice': 'Choose one of the options.',
  'validation.invalid': 'This value is not valid.',
  'validation.passwordMismatch': 'The two passwords are not the same.',

  'error.400.title': 'The request could not be understood',
  'error.400.body': 'Something in what was sent is not valid. Go back, check the form and try again.',
  'error.403.title': 'Not allowed',
  'error.403.body': 'You do not have permission to do this.',
  'error.csrf.title': 'The form has expired',
  'error.csrf.body':
    'For your security the form could not be accepted. Go back, reload the page and submit the form again.',
  'error.404.title': 'Page not found',
  'error.404.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'error.405.title': 'Method not allowed',
  'error.413.title': 'Too much data',
  'error.413.body': 'What was sent is larger than Helix accepts. Send less at once.',
  'error.415.title': 'Unsupported format',
  'error.415.body': 'Helix cannot read data in this format.',
  'error.429.title': 'Too many requests',
  'error.429.body': 'Please wait a moment and try again.',
  'error.500.title': 'Something went wrong',
  'error.500.body':
    'Helix could not complete your request. The problem has been logged; please try again later.',
  'error.reference': 'Reference: {id}',
  'error.home': 'Go to the home page',

  'api.error.invalidCursor':
    'The cursor is not valid. Pass the nextCursor of a previous answer unchanged, or leave cursor out to start at the first page.',
  'api.error.unknownValues': 'Unknown value for {filter}: {values}. Allowed: {allowed}.',
  'api.error.unknownParameter': 'Unknown parameter “{name}”.',
  'api.error.invalidParameter': 'The value of “{name}” is not valid: {detail}.',
} as const;

export type ShellKey = keyof typeof en;
