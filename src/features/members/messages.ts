// UI messages of this module (EN is the reference; NL must have every key — see the parity test).
export const en = {
  'nav.members': 'Members',

  'members.title': 'Members',
  'members.intro':
    '{count, plural, one {One organisation} other {# organisations}} in {countries, plural, one {one country} other {# countries}}, and partners at European level, work together in the coalition.',
  'members.map.heading': 'Where our members are',
  'members.map.title': 'Map of Europe showing the countries with coalition members',
  'members.map.desc':
    'Countries with members are highlighted and link to their country page. The table below gives the same figures.',
  'members.map.countryLabel': '{country} — {count, plural, one {# member} other {# members}}',
  'members.map.legendMember': 'Country with members',
  'members.map.legendOther': 'Other country',
  'members.table.caption': 'Members per country',
  'members.table.country': 'Country',
  'members.table.members': 'Members',
  'members.table.total': 'Total',
  'members.byCountry': 'Members by country',
  'members.none': 'There are no members yet.',
  'members.noCountry': 'Other members',
  'members.field.role': 'Role',
  'members.field.type': 'Type',
  'members.field.region': 'Region',
  'members.field.since': 'Member since',
  'members.allOrganisations': 'All organisations in the knowledge hub',
} as const;

export const nl: Record<keyof typeof en, string> = {
  'nav.members': 'Leden',

  'members.title': 'Leden',
  'members.intro':
    '{count, plural, one {Eén organisatie} other {# organisaties}} in {countries, plural, one {één land} other {# landen}} en partners op Europees niveau werken samen in de coalitie.',
  'members.map.heading': 'Waar onze leden zijn',
  'members.map.title': 'Kaart van Europa met de landen waar de coalitie leden heeft',
  'members.map.desc':
    'Landen met leden zijn gemarkeerd en verwijzen naar hun landenpagina. De tabel hieronder geeft dezelfde aantallen.',
  'members.map.countryLabel': '{country} — {count, plural, one {# lid} other {# leden}}',
  'members.map.legendMember': 'Land met leden',
  'members.map.legendOther': 'Ander land',
  'members.table.caption': 'Leden per land',
  'members.table.country': 'Land',
  'members.table.members': 'Leden',
  'members.table.total': 'Totaal',
  'members.byCountry': 'Leden per land',
  'members.none': 'Er zijn nog geen leden.',
  'members.noCountry': 'Overige leden',
  'members.field.role': 'Rol',
  'members.field.type': 'Soort',
  'members.field.region': 'Regio',
  'members.field.since': 'Lid sinds',
  'members.allOrganisations': 'Alle organisaties in de kennisbank',
} as const;
