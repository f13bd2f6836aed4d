// UI messages of the open-data page and the import form.
export const en = {
  'api.page.title': 'Open data',
  'api.page.intro':
    'Everything published on Helix may be reused. Programs can read the library, the organisations, the members and the events through a JSON API; feeds, calendars, a sitemap and spreadsheet downloads serve everyone else.',
  'api.page.contents': 'On this page',
  'api.page.api.heading': 'JSON API',
  'api.page.api.intro':
    'The API answers in JSON under {base}. It serves published, public content only and needs no key. Lists come in pages: follow {cursor} to the next one. Add {locale} for Dutch titles and summaries; where an item has no Dutch version the original language is given, marked with {fallback}.',
  'api.page.api.openapi': 'API description (OpenAPI 3.1)',
  'api.page.api.openapiHint':
    'Every endpoint, parameter and answer, readable by tools that generate clients.',
  'api.page.api.endpoints': 'Endpoints',
  'api.page.api.items':
    'Library items, with filters for type, country, region, organisation, education level, theme and year',
  'api.page.api.item': 'One item with all its language versions and links',
  'api.page.api.search': 'Search across all types and languages',
  'api.page.api.organisations': 'Organisations, with their aliases and membership',
  'api.page.api.countries': 'Countries, with the number of items and members',
  'api.page.api.members': 'Coalition members by country',
  'api.page.api.events': 'Upcoming and past meetings and events',
  'api.page.api.errors':
    'Errors come as {example} with a status from the 400 range; unknown filter values are refused and named.',
  'api.page.feeds.heading': 'Feeds of new publications',
  'api.page.feeds.intro':
    'Atom feeds list the 50 most recent publications. Add one to a feed reader to follow what is new.',
  'api.page.feeds.en': 'New publications in English (Atom)',
  'api.page.feeds.nl': 'New publications in Dutch (Atom)',
  'api.page.calendar.heading': 'Calendar',
  'api.page.calendar.intro':
    'Subscribe to the events calendar in your calendar app; each event page also offers its own calendar file.',
  'api.page.calendar.link': 'All events (iCalendar)',
  'api.page.csv.heading': 'Spreadsheet downloads',
  'api.page.csv.intro':
    'Every view of the library can be downloaded as a CSV file: choose filters in the library, then “Download as CSV”.',
  'api.page.csv.link': 'Go to the library',
  'api.page.sitemap.heading': 'Sitemap',
  'api.page.sitemap.intro': 'Search engines find every public page, in both languages, through the sitemap.',
  'api.page.export.heading': 'Export and import',
  'api.page.export.intro':
    'The whole public library, taskforce dossiers with their timelines included, can be downloaded as one JSON file in the Helix exchange format. Signed-in editors get everything, drafts and members-only items included, and can import such a file again.',
  'api.page.export.link': 'Download the export (JSON)',
  'api.import.heading': 'Import',
  'api.import.intro':
    'Paste a file in the Helix exchange format. It is checked completely first: if anything is wrong nothing is imported and every problem is listed with its line. Items and organisations are matched by their slug; existing ones are updated, new ones created.',
  'api.import.label': 'Exchange file (JSON)',
  'api.import.hint': 'Up to {size} here; larger files go to the API ({endpoint}).',
  'api.import.submit': 'Check and import',
  'api.import.problemAt': 'Line {line}, column {column}',
  'api.import.required': 'Paste the contents of an exchange file.',
  'api.import.done':
    'Imported: {items} items ({created} new, {updated} updated) and {organisations} new organisations.',

  'site.footer.openData': 'Open data',
};

export const nl: Record<keyof typeof en, string> = {
  'api.page.title': 'Open data',
  'api.page.intro':
    'Alles wat op Helix is gepubliceerd mag worden hergebruikt. Programma’s lezen de bibliotheek, de organisaties, de leden en de evenementen via een JSON-API; feeds, agenda’s, een sitemap en downloads voor spreadsheets zijn er voor iedereen.',
  'api.page.contents': 'Op deze pagina',
  'api.page.api.heading': 'JSON-API',
  'api.page.api.intro':
    'De API antwoordt in JSON onder {base}. Hij geeft alleen gepubliceerde, openbare inhoud en vraagt geen sleutel. Lijsten komen in pagina’s: volg {cursor} naar de volgende. Voeg {locale} toe voor Nederlandse titels en samenvattingen; heeft een item geen Nederlandse versie, dan komt de oorspronkelijke taal, gemarkeerd met {fallback}.',
  'api.page.api.openapi': 'Beschrijving van de API (OpenAPI 3.1)',
  'api.page.api.openapiHint':
    'Elk endpoint, elke parameter en elk antwoord, leesbaar voor programma’s die clients genereren.',
  'api.page.api.endpoints': 'Endpoints',
  'api.page.api.items':
    'Items uit de bibliotheek, te filteren op soort, land, regio, organisatie, onderwijsniveau, thema en jaar',
  'api.page.api.item': 'Eén item met al zijn taalversies en koppelingen',
  'api.page.api.search': 'Zoeken in alle soorten en talen',
  'api.page.api.organisations': 'Organisaties, met hun andere namen en lidmaatschap',
  'api.page.api.countries': 'Landen, met het aantal items en leden',
  'api.page.api.members': 'Leden van de coalitie per land',
  'api.page.api.events': 'Komende en afgelopen bijeenkomsten en evenementen',
  'api.page.api.errors':
    'Fouten komen als {example} met een status uit de 400-reeks; onbekende filterwaarden worden geweigerd en genoemd.',
  'api.page.feeds.heading': 'Feeds met nieuwe publicaties',
  'api.page.feeds.intro':
    'Atom-feeds tonen de 50 nieuwste publicaties. Voeg er een toe aan een feedlezer om bij te blijven.',
  'api.page.feeds.en': 'Nieuwe publicaties in het Engels (Atom)',
  'api.page.feeds.nl': 'Nieuwe publicaties in het Nederlands (Atom)',
  'api.page.calendar.heading': 'Agenda',
  'api.page.calendar.intro':
    'Abonneer u in uw agenda-app op de evenementenagenda; elke evenementpagina heeft ook een eigen agendabestand.',
  'api.page.calendar.link': 'Alle evenementen (iCalendar)',
  'api.page.csv.heading': 'Downloads voor spreadsheets',
  'api.page.csv.intro':
    'Elke weergave van de bibliotheek kunt u als CSV-bestand downloaden: kies filters in de bibliotheek en daarna “Downloaden als CSV”.',
  'api.page.csv.link': 'Naar de bibliotheek',
  'api.page.sitemap.heading': 'Sitemap',
  'api.page.sitemap.intro': 'Zoekmachines vinden elke openbare pagina, in beide talen, via de sitemap.',
  'api.page.export.heading': 'Exporteren en importeren',
  'api.page.export.intro':
    'De hele openbare bibliotheek, met de taskforcedossiers en hun tijdlijnen, is als één JSON-bestand in het uitwisselingsformaat van Helix te downloaden. Ingelogde redacteuren krijgen alles, ook concepten en items alleen voor leden, en kunnen zo’n bestand weer importeren.',
  'api.page.export.link': 'Export downloaden (JSON)',
  'api.import.heading': 'Importeren',
  'api.import.intro':
    'Plak een bestand in het uitwisselingsformaat van Helix. Het wordt eerst helemaal gecontroleerd: klopt er iets niet, dan wordt niets geïmporteerd en staat elk probleem met zijn regel in de lijst. Items en organisaties worden herkend aan hun slug; bestaande worden bijgewerkt, nieuwe aangemaakt.',
  'api.import.label': 'Uitwisselingsbestand (JSON)',
  'api.import.hint': 'Hier tot {size}; grotere bestanden gaan via de API ({endpoint}).',
  'api.import.submit': 'Controleren en importeren',
  'api.import.problemAt': 'Regel {line}, kolom {column}',
  'api.import.required': 'Plak de inhoud van een uitwisselingsbestand.',
  'api.import.done':
    'Geïmporteerd: {items} items ({created} nieuw, {updated} bijgewerkt) en {organisations} nieuwe organisaties.',

  'site.footer.openData': 'Open data',
};
