// UI messages of the network section until the network module is built.
export const en = {
  'nav.network': 'Network',
  'placeholder.title': '{section}: coming soon',
  'placeholder.body':
    'This section is being built. It will open in a coming release of Helix; until then nothing here is missing by mistake.',
  'placeholder.back': 'Back to the home page',
};

export const nl: Record<keyof typeof en, string> = {
  'nav.network': 'Netwerk',
  'placeholder.title': '{section}: binnenkort',
  'placeholder.body':
    'Aan dit onderdeel wordt gebouwd. Het komt beschikbaar in een volgende versie van Helix; tot die tijd ontbreekt hier niets per ongeluk.',
  'placeholder.back': 'Terug naar de homepagina',
};
