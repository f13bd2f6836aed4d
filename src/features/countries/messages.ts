// UI messages of this module (EN is the reference; NL must have every key — see the parity test).
export const en = {
  'countries.title': 'Countries',
  'countries.intro': 'The countries of the coalition, with their members and the knowledge items about them.',
  'countries.table.caption': 'Members and knowledge items per country',
  'countries.table.country': 'Country',
  'countries.table.members': 'Members',
  'countries.table.items': 'Knowledge items',
  'countries.library': 'Everything about {country} in the library',
  'countries.organisations': 'All organisations in {country}',
  'countries.members': 'Members of the coalition',
  'countries.members.none': 'The coalition has no members in {country} yet.',
  'countries.members.all': 'See all members.',
  'countries.regions': 'Regions',
  'countries.linked': 'Linked content',
  'countries.linked.none': 'No published content is linked to this country yet.',
  'countries.linked.count':
    '{count, plural, one {One item is linked to {country} or one of its regions.} other {# items are linked to {country} or one of its regions.}}',
  'countries.items.more': 'More in the library: {type}',
} as const;

export const nl: Record<keyof typeof en, string> = {
  'countries.title': 'Landen',
  'countries.intro': 'De landen van de coalitie, met hun leden en de kennisitems die over hen gaan.',
  'countries.table.caption': 'Leden en kennisitems per land',
  'countries.table.country': 'Land',
  'countries.table.members': 'Leden',
  'countries.table.items': 'Kennisitems',
  'countries.library': 'Alles over {country} in de bibliotheek',
  'countries.organisations': 'Alle organisaties in {country}',
  'countries.members': 'Leden van de coalitie',
  'countries.members.none': 'De coalitie heeft nog geen leden in {country}.',
  'countries.members.all': 'Bekijk alle leden.',
  'countries.regions': 'Regio’s',
  'countries.linked': 'Gekoppelde inhoud',
  'countries.linked.none': 'Er is nog geen gepubliceerde inhoud aan dit land gekoppeld.',
  'countries.linked.count':
    '{count, plural, one {Er is één item gekoppeld aan {country} of een van de regio’s.} other {Er zijn # items gekoppeld aan {country} of een van de regio’s.}}',
  'countries.items.more': 'Meer in de bibliotheek: {type}',
};
