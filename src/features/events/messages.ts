// UI messages of this module (EN is the reference; NL must have every key — see the parity test).
export const en = {
  'nav.events': 'Events',

  'events.title': 'Events',
  'events.intro':
    'General assemblies, taskforce meetings, webinars and conferences of the coalition and its members.',
  'events.upcoming': 'Upcoming events',
  'events.upcoming.none': 'No upcoming events have been announced yet.',
  'events.past': 'Past events',
  'events.past.none': 'No past events yet.',
  'events.pageOf': '(page {page} of {pages})',
  'events.where': 'Where:',
  'events.host': 'Host:',
  'events.online': 'Join online',
  'events.membersOnly': 'Members only',
  'events.inLanguage': 'In {language}',
  'events.addToCalendar': 'Add to your calendar',
  'events.subscribe.title': 'Follow the events in your calendar',
  'events.subscribe.explain':
    'Subscribe to the calendar feed and new events appear in your own calendar app by themselves. Copy the address below into your app:',
  'events.subscribe.link': 'Calendar feed of all events (iCalendar)',
  'events.subscribe.google': 'Google Calendar: Other calendars → + → From URL, and paste the address.',
  'events.subscribe.outlook': 'Outlook: Add calendar → Subscribe from web, and paste the address.',
  'events.subscribe.apple': 'Apple Calendar: File → New Calendar Subscription, and paste the address.',
  'events.subscribe.single': 'To add a single event, use “Add to your calendar” next to it.',
  'events.calendar.name': 'Helix events',
  'events.calendar.more': 'More',
  'events.calendar.online': 'Online',
} as const;

export const nl: Record<keyof typeof en, string> = {
  'nav.events': 'Evenementen',

  'events.title': 'Evenementen',
  'events.intro':
    'Algemene vergaderingen, taskforcebijeenkomsten, webinars en conferenties van de coalitie en haar leden.',
  'events.upcoming': 'Komende evenementen',
  'events.upcoming.none': 'Er zijn nog geen komende evenementen aangekondigd.',
  'events.past': 'Afgelopen evenementen',
  'events.past.none': 'Nog geen afgelopen evenementen.',
  'events.pageOf': '(pagina {page} van {pages})',
  'events.where': 'Waar:',
  'events.host': 'Gastheer:',
  'events.online': 'Online deelnemen',
  'events.membersOnly': 'Alleen voor leden',
  'events.inLanguage': 'In het {language}',
  'events.addToCalendar': 'Toevoegen aan uw agenda',
  'events.subscribe.title': 'Volg de evenementen in uw agenda',
  'events.subscribe.explain':
    'Abonneer u op de agendafeed, dan verschijnen nieuwe evenementen vanzelf in uw eigen agenda-app. Kopieer het adres hieronder naar uw app:',
  'events.subscribe.link': 'Agendafeed van alle evenementen (iCalendar)',
  'events.subscribe.google': 'Google Agenda: Andere agenda’s → + → Via URL, en plak het adres.',
  'events.subscribe.outlook': 'Outlook: Agenda toevoegen → Abonneren via internet, en plak het adres.',
  'events.subscribe.apple': 'Apple Agenda: Archief → Nieuw agenda-abonnement, en plak het adres.',
  'events.subscribe.single': 'Eén evenement toevoegen? Gebruik ‘Toevoegen aan uw agenda’ bij dat evenement.',
  'events.calendar.name': 'Helix-evenementen',
  'events.calendar.more': 'Meer',
  'events.calendar.online': 'Online',
};
