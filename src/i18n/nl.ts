// Dutch UI catalog. Typed against the English catalog, so a missing key fails the typecheck;
// the parity test also checks that placeholders match.
import type { ShellKey } from './en.ts';

export const nl: Record<ShellKey, string> = {
  'site.name': 'Helix',
  'site.tagline': 'Het Europese netwerk van nationale bètatechniekplatforms en school–bedrijfpartnerschappen',
  'site.skipToContent': 'Direct naar de inhoud',
  'site.mainNav': 'Hoofdnavigatie',
  'site.footerNav': 'Voettekst',
  'site.languageSwitch': 'Taal',
  'site.languageName.en': 'English',
  'site.languageName.nl': 'Nederlands',
  'site.footer.about':
    'Helix is het open platform van het netwerk. Inhoud valt onder open licenties, tenzij anders vermeld.',

  'nav.home': 'Home',
  'nav.search': 'Zoeken',
  'nav.signIn': 'Inloggen',
  'nav.signOut': 'Uitloggen',
  'nav.account': 'Uw account',
  'nav.admin': 'Beheer',

  'auth.signInRequired': 'Log in om verder te gaan.',

  'table.name': 'Naam',
  'table.email': 'E-mail',
  'table.role': 'Rol',
  'table.status': 'Status',
  'table.organisation': 'Organisatie',
  'table.actions': 'Acties',

  'pagination.label': 'Pagina’s',
  'pagination.previous': 'Vorige',
  'pagination.next': 'Volgende',

  'form.errorSummary': 'Verbeter het volgende:',
  'form.required': '(verplicht)',
  'validation.required': 'Vul dit veld in.',
  'validation.email': 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
  'validation.minLength': 'Gebruik minstens {limit} tekens.',
  'validation.maxLength': 'Gebruik hoogstens {limit} tekens.',
  'validation.choice': 'Kies een van de mogelijkheden.',
  'validation.invalid': 'Deze waarde is niet geldig.',
  'validation.passwordMismatch': 'De twee wachtwoorden zijn niet gelijk.',

  'error.400.title': 'Het verzoek is niet begrepen',
  'error.400.body':
    'Iets in wat is verstuurd, is niet geldig. Ga terug, controleer het formulier en probeer het opnieuw.',
  'error.403.title': 'Niet toegestaan',
  'error.403.body': 'U hebt geen toestemming om dit te doen.',
  'error.csrf.title': 'Het formulier is verlopen',
  'error.csrf.body':
    'Voor uw veiligheid is het formulier niet aangenomen. Ga terug, laad de pagina opnieuw en verstuur het formulier nog eens.',
  'error.404.title': 'Pagina niet gevonden',
  'error.404.body':
    'Op dit adres staat geen pagina. Misschien is ze verplaatst, of bevat de link een tikfout.',
  'error.405.title': 'Methode niet toegestaan',
  'error.413.title': 'Te veel gegevens',
  'error.413.body': 'Wat is verstuurd, is groter dan Helix aanneemt. Stuur minder tegelijk.',
  'error.415.title': 'Niet-ondersteund formaat',
  'error.415.body': 'Helix kan gegevens in dit formaat niet lezen.',
  'error.429.title': 'Te veel verzoeken',
  'error.429.body': 'Wacht even en probeer het dan opnieuw.',
  'error.500.title': 'Er ging iets mis',
  'error.500.body':
    'Helix kon uw verzoek niet afronden. Het probleem is vastgelegd; probeer het later opnieuw.',
  'error.reference': 'Referentie: {id}',
  'error.home': 'Naar de homepagina',

  'api.error.invalidCursor':
    'De cursor is ongeldig. Geef de nextCursor van een eerder antwoord ongewijzigd door, of laat cursor weg om bij de eerste pagina te beginnen.',
  'api.error.unknownValues': 'Onbekende waarde voor {filter}: {values}. Toegestaan: {allowed}.',
  'api.error.unknownParameter': 'Onbekende parameter “{name}”.',
  'api.error.invalidParameter': 'De waarde van “{name}” is ongeldig: {detail}.',
};
