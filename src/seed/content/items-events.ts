// Events and EU projects of the demo: the 2025 General Assembly, two fictional upcoming events,
// and the coalition's two Erasmus+ projects. Facts from /work/shared/reference/seed-facts.md §9.2–9.3;
// the wording is our own.
import type { SeedItem } from './types.ts';

export const EVENT_ITEMS: SeedItem[] = [
  {
    slug: 'general-assembly-brussels-2025',
    type: 'event',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['eu-stem-coalition'],
    partners: ['european-commission'],
    countries: ['BE'],
    startsOn: '2025-11-05',
    endsOn: '2025-11-06',
    venue: 'House of the Dutch Provinces',
    city: 'Brussels',
    registrationUrl: 'https://example.org/register/general-assembly-2025',
    externalUrl: 'https://www.stemcoalition.eu/events/general-assembly-5-6-november-2025-brussels',
    sourceNote:
      'Programme items (working groups, the Technopolis study, DG EAC, the keynote on science capital) come from the event page; the times in the agenda are illustrative.',
    related: ['memorandum-towards-better-stem-policies', 'stem-for-the-future-of-europe-2024'],
    versions: {
      en: {
        title: 'General Assembly 2025, Brussels',
        summary:
          'The coalition’s General Assembly on 5 and 6 November 2025 at the House of the Dutch Provinces in Brussels, with working groups, a new study on STEM platforms and a keynote on science capital.',
        body: `The General Assembly brings together the member platforms, European partners and guests for two days in Brussels, at the House of the Dutch Provinces.

**What to expect**

- **Working groups** in which members develop the coalition’s joint activities.
- **A study by Technopolis** on national STEM platforms and what makes them effective.
- **Exchange with DG EAC**, the European Commission’s directorate-general for education, on the EU agenda for STEM.
- **A keynote on science capital**, by a leading researcher on young people’s science aspirations from University College London: why some young people feel that science is “for them” and others do not.

Parts of the programme are open to members only; these are marked in the agenda. Places are limited, so please register through the registration form.`,
        fields: {
          agenda: `**Wednesday 5 November**
- 12:30 Registration and lunch
- 13:30 Welcome and opening
- 14:00 Keynote: science capital and young people’s aspirations
- 15:30 Working groups (members only)
- 17:30 Reception

**Thursday 6 November**
- 09:00 Presentation of the Technopolis study on STEM platforms
- 10:30 Exchange with DG EAC on the EU STEM agenda
- 12:00 Lunch
- 13:00 General Assembly business meeting (members only)
- 15:00 Close`,
        },
      },
      nl: {
        title: 'Algemene Vergadering 2025, Brussel',
        summary:
          'De Algemene Vergadering van de coalitie op 5 en 6 november 2025 in het Huis van de Nederlandse Provincies in Brussel, met werkgroepen, een nieuwe studie over STEM-platforms en een keynote over science capital.',
        body: `De Algemene Vergadering brengt de aangesloten platforms, Europese partners en gasten twee dagen samen in Brussel, in het Huis van de Nederlandse Provincies.

**Wat staat er op het programma**

- **Werkgroepen** waarin de leden de gezamenlijke activiteiten van de coalitie uitwerken.
- **Een studie van Technopolis** over nationale STEM-platforms en wat ze effectief maakt.
- **Uitwisseling met DG EAC**, het directoraat-generaal Onderwijs van de Europese Commissie, over de Europese STEM-agenda.
- **Een keynote over science capital** door een vooraanstaande onderzoeker van University College London: waarom sommige jongeren het gevoel hebben dat wetenschap ‘iets voor hen’ is en andere niet.

Delen van het programma zijn alleen toegankelijk voor leden; die zijn in de agenda aangegeven. Het aantal plaatsen is beperkt; meld je aan via het aanmeldformulier.`,
        fields: {
          agenda: `**Woensdag 5 november**
- 12.30 Registratie en lunch
- 13.30 Welkom en opening
- 14.00 Keynote: science capital en de ambities van jongeren
- 15.30 Werkgroepen (alleen leden)
- 17.30 Receptie

**Donderdag 6 november**
- 09.00 Presentatie van de Technopolis-studie over STEM-platforms
- 10.30 Uitwisseling met DG EAC over de Europese STEM-agenda
- 12.00 Lunch
- 13.00 Huishoudelijke vergadering (alleen leden)
- 15.00 Afsluiting`,
        },
      },
    },
  },
  {
    slug: 'webinar-regional-school-company-networks-2027',
    type: 'event',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['eu-stem-coalition'],
    partners: ['ptvt', 'bretagne-entreprise-jeunesse'],
    countries: ['EU'],
    startsOn: '2027-03-18T15:00',
    endsOn: '2027-03-18T16:30',
    venue: 'Online',
    onlineUrl: 'https://example.org/live/regional-school-company-networks-2027',
    sourceNote: 'Demo event: fictional, created to show an upcoming webinar.',
    related: ['jet-net-continues-regionally', 'bretagne-entreprise-jeunesse-founded', 'jnt-tool-page'],
    versions: {
      en: {
        title: 'Webinar: keeping regional school–company networks alive',
        summary:
          'An online session on how regional networks of schools and companies can thrive without national steering, with experiences from the Netherlands and Brittany.',
        body: `In 2024 Jet-Net & TechNet ended its national steering and handed the lead to regional networks. In Brittany, Bretagne Entreprise Jeunesse has built a regional network from the start. What does it take for such networks to last?

This 90-minute webinar brings together practitioners from both sides:

- how regional coordinators keep schools and companies engaged without a national campaign;
- funding models that work at regional level;
- using shared tools, such as the partnership model description and matching tools, across regions.

The webinar is open to everyone and will be streamed live. There is time for questions from the audience. A recording will be made available to members afterwards.`,
        fields: {
          agenda: `- 15:00 Welcome and introduction
- 15:10 Regional networks in the Netherlands after 2024
- 15:30 Building a regional network from scratch: Brittany
- 15:50 Panel and questions from the audience
- 16:25 Wrap-up`,
        },
      },
      nl: {
        title: 'Webinar: regionale netwerken van school en bedrijf levend houden',
        summary:
          'Een online sessie over hoe regionale netwerken van scholen en bedrijven zonder landelijke aansturing kunnen bloeien, met ervaringen uit Nederland en Bretagne.',
        body: `In 2024 stopte Jet-Net & TechNet met de landelijke aansturing en kregen de regionale netwerken de leiding. In Bretagne bouwde Bretagne Entreprise Jeunesse vanaf het begin een regionaal netwerk op. Wat is er nodig om zulke netwerken blijvend te laten werken?

Dit webinar van anderhalf uur brengt mensen uit de praktijk van beide kanten samen:

- hoe regionale coördinatoren scholen en bedrijven betrokken houden zonder landelijke campagne;
- financieringsmodellen die regionaal werken;
- gedeelde hulpmiddelen, zoals de beschrijving van het partnerschapsmodel en matchingsinstrumenten, in meerdere regio’s gebruiken.

Het webinar is voor iedereen toegankelijk en wordt live uitgezonden. Er is tijd voor vragen uit het publiek. Leden kunnen de opname achteraf terugkijken.`,
        fields: {
          agenda: `- 15.00 Welkom en inleiding
- 15.10 Regionale netwerken in Nederland na 2024
- 15.30 Een regionaal netwerk opbouwen vanaf nul: Bretagne
- 15.50 Panel en vragen uit het publiek
- 16.25 Afsluiting`,
        },
      },
    },
  },
  {
    slug: 'general-assembly-2027',
    type: 'event',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['etag'],
    countries: ['EE'],
    startsOn: '2027-10-14',
    endsOn: '2027-10-15',
    venue: 'Venue to be confirmed',
    city: 'Tallinn',
    registrationUrl: 'https://example.org/register/general-assembly-2027',
    sourceNote: 'Demo event: fictional, created to show an upcoming General Assembly.',
    related: ['general-assembly-brussels-2025', 'research-and-technology-pact', 'teame'],
    versions: {
      en: {
        title: 'General Assembly 2027, Tallinn',
        summary:
          'The coalition’s General Assembly on 14 and 15 October 2027 in Tallinn, hosted by the Estonian Research Council, on non-formal STEM learning and cooperation with companies.',
        body: `The next General Assembly takes the coalition to Estonia, one of its founding countries. The Estonian Research Council hosts members, partners and guests in Tallinn on 14 and 15 October 2027.

The theme follows the Council’s own taskforce on its strategic vision: how **non-formal learning**, such as hobby groups, camps and clubs, and **cooperation with companies** can strengthen national STEM efforts.

Planned elements:

- site visits to Estonian out-of-school STEM providers;
- lessons from the Estonian Research and Technology Pact;
- working groups on the coalition’s activities (members only);
- the annual business meeting (members only).

The detailed programme will follow. Registration is open.`,
        fields: {
          agenda: `**Thursday 14 October**
- Morning: site visits to out-of-school STEM providers
- Afternoon: plenary on non-formal STEM learning and company cooperation

**Friday 15 October**
- Morning: working groups (members only)
- Afternoon: business meeting (members only) and close`,
        },
      },
      nl: {
        title: 'Algemene Vergadering 2027, Tallinn',
        summary:
          'De Algemene Vergadering van de coalitie op 14 en 15 oktober 2027 in Tallinn, georganiseerd door de Estse onderzoeksraad, over leren buiten school en samenwerking met bedrijven.',
        body: `De volgende Algemene Vergadering brengt de coalitie naar Estland, een van de oprichtende landen. De Estse onderzoeksraad ontvangt leden, partners en gasten op 14 en 15 oktober 2027 in Tallinn.

Het thema sluit aan bij de taskforce over de strategische visie van de raad: hoe **leren buiten school**, zoals hobbyclubs, kampen en verenigingen, en **samenwerking met bedrijven** nationale STEM-inspanningen kunnen versterken.

Geplande onderdelen:

- bezoeken aan Estse aanbieders van bètatechniek buiten school;
- lessen uit het Estse Onderzoeks- en Technologiepact;
- werkgroepen over de activiteiten van de coalitie (alleen leden);
- de jaarlijkse huishoudelijke vergadering (alleen leden).

Het volledige programma volgt. Aanmelden kan nu al.`,
        fields: {
          agenda: `**Donderdag 14 oktober**
- Ochtend: bezoeken aan aanbieders van bètatechniek buiten school
- Middag: plenaire sessie over leren buiten school en samenwerking met bedrijven

**Vrijdag 15 oktober**
- Ochtend: werkgroepen (alleen leden)
- Middag: huishoudelijke vergadering (alleen leden) en afsluiting`,
        },
      },
    },
  },
];

export const EU_PROJECT_ITEMS: SeedItem[] = [
  {
    slug: 'action-plan-eu-stem-coalition',
    type: 'eu_project',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    countries: ['EU'],
    levels: ['secondary', 'vet', 'higher'],
    themes: ['policy_making', 'school_company', 'intersectoral'],
    startsOn: '2016-09-01',
    endsOn: '2019-08-31',
    fundingProgramme: 'Erasmus+',
    grantReference: '2016-1-NL01-KA201-022970',
    externalUrl: 'http://www.stemcoalition.eu/action-plan-eu-stem-coalition',
    related: [
      'general-assembly-copenhagen-2016',
      'general-assembly-paris-2018',
      'towards-european-steam-platform',
    ],
    versions: {
      en: {
        title: 'Action Plan EU STEM Coalition (Erasmus+, 2016–2019)',
        summary:
          'The coalition’s first Erasmus+ project, which ran from September 2016 to August 2019 and funded its three-year action plan of General Assemblies and taskforces.',
        body: `The project “Action Plan EU STEM Coalition” gave the young network its first structured work programme. It was funded by Erasmus+ under reference 2016-1-NL01-KA201-022970, with an EC contribution of **€132,660**, and ran from 1 September 2016 to 31 August 2019. The secretariat at the Dutch national platform coordinated it.

The action plan started at the General Assembly in Copenhagen on 29 September 2016. Over three years it produced:

- General Assemblies in Copenhagen (2016) and Paris (2018);
- taskforces that led to the Danish Technology Pact (launched April 2018) and the Hungarian STEM Platform (launched April 2018);
- the start of taskforces in Norway and the Basque Country;
- a study visit on the Jet-Net & TechNet model in the Netherlands (November 2018).

Its results laid the basis for the follow-up project “Towards a European STE(A)M Platform” (2020–2022).`,
        fields: {
          objectives:
            'Turn the coalition into a working network that helps countries and regions set up national STEM platforms, strategies and programmes.',
          mainActivities:
            'General Assemblies in Copenhagen (2016) and Paris (2018); taskforces in Denmark, Hungary, Norway and the Basque Country; a study visit on Jet-Net & TechNet.',
        },
      },
      nl: {
        title: 'Action Plan EU STEM Coalition (Erasmus+, 2016–2019)',
        summary:
          'Het eerste Erasmus+-project van de coalitie, dat liep van september 2016 tot augustus 2019 en het driejarige actieplan met Algemene Vergaderingen en taskforces financierde.',
        body: `Het project “Action Plan EU STEM Coalition” gaf het jonge netwerk zijn eerste gestructureerde werkprogramma. Het werd gefinancierd uit Erasmus+ onder referentie 2016-1-NL01-KA201-022970, met een bijdrage van de Europese Commissie van **€ 132.660**, en liep van 1 september 2016 tot 31 augustus 2019. Het secretariaat bij het Nederlandse nationale platform coördineerde het project.

Het actieplan begon op de Algemene Vergadering in Kopenhagen op 29 september 2016. In drie jaar leverde het op:

- Algemene Vergaderingen in Kopenhagen (2016) en Parijs (2018);
- taskforces die leidden tot het Deense Technologiepact en het Hongaarse STEM-platform (beide gelanceerd in april 2018);
- de start van taskforces in Noorwegen en Baskenland;
- een studiebezoek over het Jet-Net & TechNet-model in Nederland (november 2018).

De resultaten vormden de basis voor het vervolgproject “Towards a European STE(A)M Platform” (2020–2022).`,
        fields: {
          objectives:
            'De coalitie uitbouwen tot een werkend netwerk dat landen en regio’s helpt nationale STEM-platforms, -strategieën en -programma’s op te zetten.',
          mainActivities:
            'Algemene Vergaderingen in Kopenhagen (2016) en Parijs (2018); taskforces in Denemarken, Hongarije, Noorwegen en Baskenland; een studiebezoek over Jet-Net & TechNet.',
        },
      },
    },
  },
  {
    slug: 'towards-european-steam-platform',
    type: 'eu_project',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    partners: ['forth'],
    countries: ['EU'],
    levels: ['primary', 'secondary', 'vet', 'higher'],
    themes: ['policy_making', 'school_company', 'intersectoral'],
    startsOn: '2020-01-01',
    endsOn: '2022-12-31',
    fundingProgramme: 'Erasmus+ Key Action 3 (forward-looking cooperation projects)',
    grantReference: '612861-EPP-1-2019-1-NL-EPPKA3-PI-FORWARD',
    externalUrl: 'http://www.stemcoalition.eu/towards-european-steam-platform',
    related: [
      'action-plan-eu-stem-coalition',
      'kick-off-towards-european-steam-platform',
      'businesseurope-education-training-wg-2019',
      'general-assembly-saint-raphael-2022',
    ],
    versions: {
      en: {
        title: 'Towards a European STE(A)M Platform (Erasmus+, 2020–2022)',
        summary:
          'The coalition’s second Erasmus+ project, a forward-looking cooperation project that ran from January 2020 to December 2022 to build a lasting European platform for STEM and STEAM.',
        body: `“Towards a European STE(A)M Platform” followed the first action plan. It was funded under Erasmus+ Key Action 3 as a forward-looking cooperation project, reference 612861-EPP-1-2019-1-NL-EPPKA3-PI-FORWARD, and ran from 1 January 2020 to 31 December 2022. The Greek research centre FORTH was among the partners.

The project was presented to European employers in November 2019 and kicked off at the Neth-ER office in Brussels on 20 February 2020. Soon after, the pandemic forced much of the work online.

Main activities included:

- a webinar on STEM platforms in the COVID-19 crisis (June 2020);
- the taskforce on school–company cooperation in Brittany, which led to BREJ;
- the taskforces on a new Norwegian STEM strategy and on Estonia’s informal-learning vision;
- a Thematic Session in Brussels (May 2022) and the General Assembly in Saint-Raphaël (October 2022).`,
        fields: {
          objectives:
            'Develop the coalition into a lasting European platform that supports countries and regions in their STEM and STEAM policies and programmes.',
          mainActivities:
            'Kick-off in Brussels (2020); COVID-19 webinar; taskforces in Brittany, Norway and Estonia; Thematic Session in Brussels and General Assembly in Saint-Raphaël (2022).',
          partners:
            'Coordinated from the coalition’s secretariat in the Netherlands, with member platforms and partners including FORTH (Greece).',
        },
      },
      nl: {
        title: 'Towards a European STE(A)M Platform (Erasmus+, 2020–2022)',
        summary:
          'Het tweede Erasmus+-project van de coalitie, een toekomstgericht samenwerkingsproject dat van januari 2020 tot december 2022 liep om een blijvend Europees platform voor STEM en STEAM op te bouwen.',
        body: `“Towards a European STE(A)M Platform” volgde op het eerste actieplan. Het werd gefinancierd uit Erasmus+ Kernactie 3 als toekomstgericht samenwerkingsproject, referentie 612861-EPP-1-2019-1-NL-EPPKA3-PI-FORWARD, en liep van 1 januari 2020 tot 31 december 2022. Het Griekse onderzoekscentrum FORTH was een van de partners.

Het project werd in november 2019 aan Europese werkgevers gepresenteerd en begon op 20 februari 2020 met een aftrap op het kantoor van Neth-ER in Brussel. Kort daarna dwong de pandemie een groot deel van het werk online.

Belangrijke activiteiten:

- een webinar over STEM-platforms in de coronacrisis (juni 2020);
- de taskforce over samenwerking tussen school en bedrijf in Bretagne, die tot BREJ leidde;
- de taskforces over een nieuwe Noorse STEM-strategie en over de Estse visie op leren buiten school;
- een thematische sessie in Brussel (mei 2022) en de Algemene Vergadering in Saint-Raphaël (oktober 2022).`,
        fields: {
          objectives:
            'De coalitie uitbouwen tot een blijvend Europees platform dat landen en regio’s ondersteunt bij hun STEM- en STEAM-beleid en -programma’s.',
          mainActivities:
            'Aftrap in Brussel (2020); coronawebinar; taskforces in Bretagne, Noorwegen en Estland; thematische sessie in Brussel en Algemene Vergadering in Saint-Raphaël (2022).',
          partners:
            'Gecoördineerd vanuit het secretariaat van de coalitie in Nederland, met aangesloten platforms en partners, waaronder FORTH (Griekenland).',
        },
      },
    },
  },
];
