// UI messages of the front page (EN is the reference; NL must have every key).
export const en = {
  'home.title': 'Better STEM education, together',
  'home.intro':
    'Helix brings together the national STEM platforms of Europe and the partnerships between schools and technology companies that they run. Find programmes, policies and tools that work, follow taskforces that help countries and regions build their own, and meet the people behind them.',
  'home.sections': 'What you will find here',
  'home.section.library':
    'Programmes, policies, tools, reports and monitoring instruments from across Europe, searchable in your language.',
  'home.section.taskforces':
    'Dossiers of the coalition’s direct support to countries and regions, each with a timeline of key events.',
  'home.section.members': 'The national STEM platforms and partners that make up the coalition.',
  'home.section.events': 'General assemblies, taskforce meetings, webinars and other events.',
  'home.section.network':
    'Schools and technology companies in one-to-one partnerships, with their regional coordinators.',
  'home.section.support': 'Ask the coalition for a policy briefing, a taskforce or a roundtable.',
  'home.numbers': 'The network in numbers',
  'home.number.platforms': '{count, plural, one {member platform} other {member platforms}}',
  'home.number.countries': '{count, plural, one {country} other {countries}}',
  'home.number.taskforces': '{count, plural, one {taskforce} other {taskforces}}',
  'home.number.programmes':
    '{count, plural, one {programme in the library} other {programmes in the library}}',
  'home.ongoing': 'Ongoing taskforces',
  'home.upcoming': 'Upcoming events',
  'home.latest': 'Latest publications',
  'home.members': 'Our members',
  'home.allTaskforces': 'All taskforces',
  'home.allEvents': 'All events',
  'home.allPublications': 'The whole library',
  'home.allMembers': 'All members',
  'home.noUpcoming': 'No events are planned yet. Past meetings and their reports are on the events page.',
  'home.since': 'Started {date}',
};

export const nl: Record<keyof typeof en, string> = {
  'home.title': 'Samen werken aan beter bèta- en techniekonderwijs',
  'home.intro':
    'Helix brengt de nationale bètatechniekplatforms van Europa samen, met de partnerschappen tussen scholen en technologiebedrijven die zij organiseren. Vind programma’s, beleid en instrumenten die werken, volg taskforces die landen en regio’s helpen hun eigen aanpak op te bouwen, en leer de mensen erachter kennen.',
  'home.sections': 'Wat u hier vindt',
  'home.section.library':
    'Programma’s, beleid, instrumenten, rapporten en monitors uit heel Europa, doorzoekbaar in uw taal.',
  'home.section.taskforces':
    'Dossiers van de directe ondersteuning die de coalitie aan landen en regio’s geeft, elk met een tijdlijn van belangrijke gebeurtenissen.',
  'home.section.members': 'De nationale bètatechniekplatforms en partners die samen de coalitie vormen.',
  'home.section.events': 'Algemene vergaderingen, taskforcebijeenkomsten, webinars en andere evenementen.',
  'home.section.network':
    'Scholen en technologiebedrijven in één-op-éénpartnerschappen, met hun regionale coördinatoren.',
  'home.section.support': 'Vraag de coalitie om een beleidsbriefing, een taskforce of een rondetafelgesprek.',
  'home.numbers': 'Het netwerk in cijfers',
  'home.number.platforms': '{count, plural, one {lidplatform} other {lidplatforms}}',
  'home.number.countries': '{count, plural, one {land} other {landen}}',
  'home.number.taskforces': '{count, plural, one {taskforce} other {taskforces}}',
  'home.number.programmes':
    '{count, plural, one {programma in de bibliotheek} other {programma’s in de bibliotheek}}',
  'home.ongoing': 'Lopende taskforces',
  'home.upcoming': 'Komende evenementen',
  'home.latest': 'Nieuwste publicaties',
  'home.members': 'Onze leden',
  'home.allTaskforces': 'Alle taskforces',
  'home.allEvents': 'Alle evenementen',
  'home.allPublications': 'De hele bibliotheek',
  'home.allMembers': 'Alle leden',
  'home.noUpcoming':
    'Er zijn nog geen evenementen gepland. Eerdere bijeenkomsten en hun verslagen staan op de evenementenpagina.',
  'home.since': 'Gestart {date}',
};
