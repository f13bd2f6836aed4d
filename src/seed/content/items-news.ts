// News items of the demo. Facts from /work/shared/reference/seed-facts.md §7, §9.1–9.2 and §9.5;
// the wording is our own.
import type { SeedItem } from './types.ts';

const YEAR_ONLY = 'Only the year is known from the sources; the day and month are placeholders.';

export const NEWS_ITEMS: SeedItem[] = [
  {
    slug: 'coalition-at-wissenstag-hannover-messe',
    type: 'news',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    sources: ['eu-stem-coalition'],
    countries: ['DE'],
    publishedOn: '2016-04-25',
    externalUrl: 'http://www.stemcoalition.eu/whats-happening/eu-stem-coalition-at-wissenstag-hannover-messe',
    sourceNote:
      'An interview with the coalition’s chair places the official start at the Hannover Messe “in 2015”; the site’s own news item is dated 25 April 2016, which is used here. The launch itself is dated October 2015.',
    related: ['wissenstag-hannover-messe-2016', 'declaration-of-support-amsterdam-2015'],
    versions: {
      en: {
        title: 'EU STEM Coalition at the Wissenstag of the Hannover Messe',
        summary:
          'On 25 April 2016 the coalition presented itself at the knowledge day of the Hannover Messe, with the Dutch prime minister and education minister in attendance, and sealed a joint commitment with the US STEM Education Coalition.',
        body: `The coalition took its message to one of the world’s largest industrial fairs. At the Wissenstag (knowledge day) of the Hannover Messe on 25 April 2016, it presented its approach to a mixed audience from industry, education and politics.

Highlights of the day:

- the Dutch prime minister and the Dutch minister of education attended the session;
- the coalition and the STEM Education Coalition from the United States agreed a joint commitment to work together;
- FEANI, the European federation of engineering associations, took part as a partner.

The presence of the US coalition gave the young European network an early transatlantic link, which returned years later when a US speaker addressed the 2022 General Assembly in Saint-Raphaël.`,
      },
      nl: {
        title: 'EU STEM Coalition op de Wissenstag van de Hannover Messe',
        summary:
          'Op 25 april 2016 presenteerde de coalitie zich op de kennisdag van de Hannover Messe, in aanwezigheid van de Nederlandse premier en onderwijsminister, en sloot ze een gezamenlijke afspraak met de Amerikaanse STEM Education Coalition.',
        body: `De coalitie bracht haar boodschap naar een van de grootste industriebeurzen ter wereld. Op de Wissenstag (kennisdag) van de Hannover Messe, op 25 april 2016, presenteerde ze haar aanpak aan een gemengd publiek uit industrie, onderwijs en politiek.

Hoogtepunten:

- de Nederlandse minister-president en de minister van Onderwijs woonden de bijeenkomst bij;
- de coalitie en de Amerikaanse STEM Education Coalition spraken af samen op te trekken;
- FEANI, de Europese federatie van ingenieursverenigingen, was als partner aanwezig.

De Amerikaanse coalitie gaf het jonge Europese netwerk een vroege trans-Atlantische band, die jaren later terugkwam toen een Amerikaanse spreker de Algemene Vergadering van 2022 in Saint-Raphaël toesprak.`,
      },
    },
  },
  {
    slug: 'tecwijzer-launched',
    type: 'news',
    originalLang: 'nl',
    organisation: 'jet-net-technet',
    sources: ['jet-net-technet'],
    countries: ['NL'],
    publishedOn: '2016-10-05',
    externalUrl: 'https://jet-net.nl/nieuws/jet-net-en-technet-bundelen-krachten-in-tecwijzer/',
    related: ['jet-net-technet-programme', 'technet', 'jet-net-technet-loket'],
    versions: {
      nl: {
        title: 'Jet-Net en TechNet bundelen krachten in TecWijzer',
        summary:
          'Op 5 oktober 2016 lanceerde de staatssecretaris van Onderwijs TecWijzer, een publiek-private stichting die Jet-Net en TechNet samenbrengt.',
        body: `Jet-Net en TechNet gaan samen verder onder de vlag van **TecWijzer**, een publiek-private stichting die op 5 oktober 2016 door de staatssecretaris van Onderwijs werd gelanceerd.

TecWijzer heeft drie doelen:

1. **Eén aanspreekpunt** voor scholen die willen samenwerken met technologiebedrijven.
2. **Kwaliteitscriteria** voor netwerken van scholen en bedrijven.
3. **Een digitaal loket** waar alle activiteiten voor techniekonderwijs te vinden zijn.

Op dit moment bereiken Jet-Net en TechNet samen ongeveer 1.000 scholen. De ambitie is groot: uiteindelijk moeten alle 7.000 basisscholen en 635 middelbare scholen in Nederland de weg naar het bedrijfsleven kunnen vinden.`,
      },
      en: {
        title: 'Jet-Net and TechNet join forces in TecWijzer',
        summary:
          'On 5 October 2016 the Dutch state secretary for education launched TecWijzer, a public–private foundation that brings Jet-Net and TechNet together.',
        body: `Jet-Net and TechNet will continue together under the banner of **TecWijzer**, a public–private foundation launched on 5 October 2016 by the Dutch state secretary for education.

TecWijzer has three aims:

1. **One point of contact** for schools that want to work with technology companies.
2. **Quality criteria** for school–company networks.
3. **A digital one-stop access point** listing every activity for technology education.

Jet-Net and TechNet currently reach about 1,000 schools together. The ambition is large: in the end all 7,000 primary schools and 635 secondary schools in the Netherlands should be able to find their way to industry.`,
      },
    },
  },
  {
    slug: 'jet-net-15-years',
    type: 'news',
    originalLang: 'nl',
    organisation: 'jet-net-technet',
    sources: ['jet-net-technet'],
    countries: ['NL'],
    publishedOn: '2017-01-01',
    externalUrl: 'https://jet-net.nl/nieuws/15-jaar-jet-net-formule-opschalen-naar-vmbo/',
    sourceNote: YEAR_ONLY,
    related: ['dialogic-quickscan-jet-net-2007', 'jet-net-technet-programme', 'technet'],
    versions: {
      nl: {
        title: 'Vijftien jaar Jet-Net: de formule gaat naar het vmbo',
        summary:
          'Na vijftien jaar kiezen leerlingen op de Jet-Netscholen van het eerste uur duidelijk vaker voor een natuurprofiel; het netwerk wil zijn aanpak nu ook in het vmbo toepassen.',
        body: `Jet-Net bestaat vijftien jaar, en de cijfers geven reden tot tevredenheid. Op de scholen die vanaf het begin meedoen, kiezen leerlingen ruim vijf procentpunt vaker voor een natuurprofiel dan op andere scholen.

Dat is een opvallend verschil met de eerste metingen. In 2007 lagen de Jet-Netscholen nog rond het landelijk gemiddelde. Het effect van een vast partnerschap tussen school en bedrijf wordt blijkbaar pas na een aantal jaren zichtbaar, als gastlessen, excursies en opdrachten een vast onderdeel van het onderwijs zijn geworden.

Met dat resultaat in de hand wil het netwerk de formule opschalen naar het vmbo. Daar werkt TechNet al met regionale kringen van scholen en bedrijven; de komende jaren groeien de twee netwerken naar elkaar toe.`,
      },
      en: {
        title: 'Fifteen years of Jet-Net: the formula moves to vmbo',
        summary:
          'After fifteen years, pupils at the first-generation Jet-Net schools clearly choose a science profile more often; the network now wants to apply its approach in pre-vocational education too.',
        body: `Jet-Net is fifteen years old, and the figures give reason for satisfaction. At the schools that have taken part from the start, pupils choose a science profile more than five percentage points more often than at other schools.

That is a striking change from the first measurements. In 2007 the Jet-Net schools were still close to the national average. The effect of a lasting school–company partnership apparently shows only after several years, once guest lessons, excursions and assignments have become a regular part of teaching.

With that result in hand, the network wants to scale the formula up to pre-vocational education (vmbo). TechNet already works there with regional circles of schools and companies; in the coming years the two networks will grow towards each other.`,
      },
    },
  },
  {
    slug: 'girlsday-2019-review',
    type: 'news',
    originalLang: 'nl',
    organisation: 'vhto',
    sources: ['jet-net-technet'],
    countries: ['NL'],
    publishedOn: '2019-04-15',
    externalUrl: 'https://jet-net.nl/nieuws/girlsday-2019-terugblik',
    sourceNote:
      'The retrospective’s exact date is not in the sources; mid-April 2019, shortly after Girlsday, is used as a placeholder.',
    related: ['girlsday', 'ptvt-annual-report-2019'],
    versions: {
      nl: {
        title: 'Terugblik op Girlsday 2019: 11.000 meisjes bij 378 bedrijven',
        summary:
          'Ongeveer 11.000 meisjes van 10 tot 15 jaar namen deel aan Girlsday 2019, verspreid over 378 bedrijven en organisaties in heel Nederland.',
        body: `Girlsday 2019 zit erop. Ongeveer **11.000 meisjes** tussen 10 en 15 jaar gingen op bezoek bij **378 bedrijven** en organisaties om te ontdekken wat werken in bèta, techniek en IT inhoudt.

De deelnemende bedrijven lieten de meisjes zelf aan de slag gaan: iets bouwen, programmeren of een proef doen, en vooral in gesprek gaan met vrouwen die in de techniek werken. Dat laatste is belangrijk, want onderzoek laat zien dat meisjes nog altijd minder vertrouwen hebben in hun eigen technische vaardigheden dan jongens.

VHTO organiseert Girlsday; Jet-Net & TechNet is partner en bracht veel van zijn bedrijven in stelling. Scholen melden groepen meisjes aan, en VHTO koppelt elk bedrijf aan een school in de buurt. Volgend jaar is er weer een Girlsday.`,
      },
      en: {
        title: 'Girlsday 2019 in review: 11,000 girls at 378 companies',
        summary:
          'About 11,000 girls aged 10 to 15 took part in Girlsday 2019, spread over 378 companies and organisations across the Netherlands.',
        body: `Girlsday 2019 is over. About **11,000 girls** aged 10 to 15 visited **378 companies** and organisations to find out what working in science, technology and IT is like.

The host companies let the girls get to work themselves, building something, programming or doing an experiment, and above all talking with women who work in technology. That matters, because research shows girls still have less confidence in their own technical skills than boys.

VHTO organises Girlsday; Jet-Net & TechNet is a partner and mobilised many of its companies. Schools register groups of girls, and VHTO matches each company with a school nearby. Another Girlsday will follow next year.`,
      },
    },
  },
  {
    slug: 'career-day-on-tour-twente-2021',
    type: 'news',
    originalLang: 'nl',
    organisation: 'jet-net-technet',
    sources: ['jet-net-technet'],
    countries: ['NL'],
    regions: ['overijssel'],
    publishedOn: '2021-10-01',
    sourceNote: 'Only the month (October 2021) is known; the day is a placeholder.',
    related: ['career-days', 'jet-net-technet-programme'],
    versions: {
      nl: {
        title: 'Career Day On Tour strijkt neer in Twente',
        summary:
          'In oktober 2021 ging de Career Day op tournee naar Twente, waar een sterk cluster van Jet-Net & TechNet-bedrijven actief is.',
        body: `De Career Days vinden traditioneel in november plaats, maar in oktober 2021 ging de formule op reis. **Career Day On Tour** deed Twente aan, een regio met een van de sterkste bedrijvenclusters binnen Jet-Net & TechNet.

Tot het Twentse cluster behoren onder meer Stork, HP Valves, Aebi Schmidt, AkzoNobel, Ben & Jerry’s, Demcon, PANalytical, Siemens, Thales, Urenco en VDL ETG. Samen laten zij zien hoe breed techniek is: van kleppen en voertuigen tot ijs, hightech apparatuur en verrijkt uranium.

Net als bij de gewone Career Days stonden bedrijfsbezoeken en korte workshops centraal. Leerlingen uit de bovenbouw met een technisch profiel kregen zo de kans om te zien waar hun profiel toe kan leiden, dicht bij huis.`,
      },
      en: {
        title: 'Career Day On Tour comes to Twente',
        summary:
          'In October 2021 the Career Day went on tour to Twente, a region with a strong cluster of Jet-Net & TechNet companies.',
        body: `The Career Days are traditionally held in November, but in October 2021 the format went on the road. **Career Day On Tour** visited Twente, a region with one of the strongest company clusters in Jet-Net & TechNet.

The Twente cluster includes Stork, HP Valves, Aebi Schmidt, AkzoNobel, Ben & Jerry’s, Demcon, PANalytical, Siemens, Thales, Urenco and VDL ETG. Together they show how wide technology is: from valves and vehicles to ice cream, high-tech equipment and enriched uranium.

As at the regular Career Days, company visits and short workshops were at the centre. Upper-secondary pupils with a technical profile got the chance to see, close to home, where their profile can lead.`,
      },
    },
  },
  {
    slug: 'bretagne-entreprise-jeunesse-founded',
    type: 'news',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    sources: ['eu-stem-coalition'],
    countries: ['FR'],
    regions: ['brittany'],
    publishedOn: '2021-12-10',
    externalUrl: 'http://stemcoalition.eu/country/france',
    related: [
      'jet-net-technet-programme',
      'jnt-tool-page',
      'taskforce-meeting-bretagne-1-2020',
      'taskforce-meeting-bretagne-2-2020',
    ],
    versions: {
      en: {
        title: 'Bretagne Entreprise Jeunesse founded to link Breton schools and companies',
        summary:
          'On 10 December 2021 the association Bretagne Entreprise Jeunesse (BREJ) was founded, the outcome of the coalition’s taskforce on school–company cooperation in Brittany.',
        body: `Brittany now has its own organisation for cooperation between schools and companies. The association **Bretagne Entreprise Jeunesse (BREJ)** was founded on 10 December 2021 and carries on the “STEM Bretagne” label.

The founding is the result of a taskforce that began in May 2020 at the request of the Institut de Locarn and AlertEducation. They had found that activities linking schools and businesses in the region were fragmented. With the coalition’s help they took the Dutch Jet-Net model as their starting point:

- a first online taskforce meeting in June 2020 brought together more than 15 organisations;
- a second, hybrid meeting in Fréhel in August 2020 had about 25 people on site;
- Dutch resources such as the Jet-Net & TechNet model and the Bèta&TechMentality study informed the plans.

BREJ will now build lasting partnerships between Breton schools and companies.`,
      },
      nl: {
        title: 'Bretagne Entreprise Jeunesse opgericht om Bretonse scholen en bedrijven te verbinden',
        summary:
          'Op 10 december 2021 werd de vereniging Bretagne Entreprise Jeunesse (BREJ) opgericht, de uitkomst van de taskforce van de coalitie over samenwerking tussen school en bedrijf in Bretagne.',
        body: `Bretagne heeft nu een eigen organisatie voor samenwerking tussen scholen en bedrijven. De vereniging **Bretagne Entreprise Jeunesse (BREJ)** werd op 10 december 2021 opgericht en voert het label ‘STEM Bretagne’ verder.

De oprichting is het resultaat van een taskforce die in mei 2020 begon op verzoek van het Institut de Locarn en AlertEducation. Zij constateerden dat activiteiten tussen scholen en bedrijven in de regio versnipperd waren. Met hulp van de coalitie namen zij het Nederlandse Jet-Netmodel als vertrekpunt:

- een eerste online bijeenkomst in juni 2020 bracht meer dan vijftien organisaties samen;
- een tweede, hybride bijeenkomst in Fréhel in augustus 2020 telde zo’n 25 aanwezigen ter plaatse;
- Nederlandse bronnen zoals het Jet-Net & TechNet-model en het Bèta&TechMentality-onderzoek voedden de plannen.

BREJ gaat nu duurzame partnerschappen opbouwen tussen Bretonse scholen en bedrijven.`,
      },
    },
  },
  {
    slug: 'ptvt-full-energy-2022',
    type: 'news',
    originalLang: 'nl',
    organisation: 'ptvt',
    sources: ['ptvt'],
    countries: ['NL'],
    publishedOn: '2022-01-10',
    externalUrl: 'https://ptvt.nl/actueel/vol-energie-van-start-in-2022/',
    sourceNote: 'Published in early January 2022; the exact day is not in the sources and is a placeholder.',
    related: ['technology-pact-monitor', 'ptvt-annual-report-2021'],
    versions: {
      nl: {
        title: 'Vol energie van start in 2022',
        summary:
          'PTvT begint 2022 met een duidelijke opdracht: eind 2021 stonden er volgens UWV 96.000 technische en 22.500 ICT-vacatures open.',
        body: `Het nieuwe jaar begint met cijfers die de urgentie onderstrepen. Volgens UWV stonden er in december 2021 **96.000 technische vacatures** en **22.500 ICT-vacatures** open. De vraag naar technisch opgeleide mensen is groter dan ooit.

Voor PTvT betekent dat: doorgaan met wat werkt en versnellen waar het kan. Speerpunten voor 2022:

- meer scholen en bedrijven met elkaar verbinden, ook via het nieuwe online Loket;
- mkb-bedrijven helpen hun weg naar het onderwijs te vinden;
- regio’s ondersteunen met gegevens uit de Techniekpact Monitor;
- meer meisjes en vrouwen interesseren voor techniek.

De energietransitie, de digitalisering en de zorg vragen allemaal om technici. Juist daarom blijft investeren in de keuzes van jongeren van vandaag nodig voor de vakmensen van morgen.`,
      },
      en: {
        title: 'Starting 2022 full of energy',
        summary:
          'PTvT begins 2022 with a clear task: at the end of 2021 the Dutch employee insurance agency UWV counted 96,000 open technical and 22,500 open ICT vacancies.',
        body: `The new year starts with figures that underline the urgency. According to UWV, the Dutch employee insurance agency, there were **96,000 open technical vacancies** and **22,500 open ICT vacancies** in December 2021. Demand for technically trained people is higher than ever.

For PTvT that means carrying on with what works and speeding up where possible. Priorities for 2022:

- connect more schools and companies, including through the new online Loket;
- help small businesses find their way to education;
- support regions with data from the Technology Pact Monitor;
- interest more girls and women in technology.

The energy transition, digitalisation and healthcare all need technical people. That is exactly why investing in the choices of today’s young people remains necessary for tomorrow’s professionals.`,
      },
    },
  },
  {
    slug: 'jet-net-continues-regionally',
    type: 'news',
    originalLang: 'nl',
    organisation: 'jet-net-technet',
    sources: ['jet-net-technet'],
    countries: ['NL'],
    publishedOn: '2024-03-26',
    externalUrl: 'https://jet-net.nl/nieuws/jet-net-gaat-regionaal-verder/',
    related: [
      'jet-net-technet-programme',
      'jet-net-20-years-pupil-survey-2022',
      'webinar-regional-school-company-networks-2027',
    ],
    versions: {
      nl: {
        title: 'Jet-Net & TechNet gaat regionaal verder',
        summary:
          'Per 26 maart 2024 stoppen de landelijke aansturing en de landelijke campagnes van Jet-Net & TechNet; de aanpak leeft voort in regionale netwerken en andere programma’s van PTvT.',
        body: `Na ruim twintig jaar verandert de rol van Jet-Net & TechNet. Met ingang van 26 maart 2024 stoppen de landelijke aansturing en de landelijke campagnes. Het concept verdwijnt niet: de regionale netwerken van scholen en bedrijven gaan zelfstandig verder.

Wat verandert er?

- Er is geen landelijk bureau meer dat partnerschappen begeleidt of landelijke activiteiten organiseert.
- Regionale netwerken en hun coördinatoren blijven actief en bepalen hun eigen programma.
- De kennis en ervaring van Jet-Net & TechNet worden ondergebracht in andere programma’s van PTvT.

Scholen en bedrijven die willen blijven samenwerken, kunnen contact zoeken met het netwerk in hun regio. De twintig jaar ervaring, van de eerste vijf bedrijven in 2002 tot ruim 2.000 nu, blijft beschikbaar voor iedereen die samenwerking tussen school en bedrijf wil opzetten, in Nederland en daarbuiten.`,
      },
      en: {
        title: 'Jet-Net & TechNet continues regionally',
        summary:
          'As of 26 March 2024 the national steering and national campaigns of Jet-Net & TechNet end; the approach continues in regional networks and other PTvT programmes.',
        body: `After more than twenty years, the role of Jet-Net & TechNet is changing. From 26 March 2024 the national steering and national campaigns stop. The concept itself does not disappear: the regional networks of schools and companies carry on independently.

What changes?

- There is no longer a national office that supports partnerships or organises national activities.
- Regional networks and their coordinators remain active and set their own programme.
- The know-how and experience of Jet-Net & TechNet move into other PTvT programmes.

Schools and companies that want to keep working together can contact the network in their region. Twenty years of experience, from the first five companies in 2002 to more than 2,000 today, remain available to anyone who wants to set up school–company cooperation, in the Netherlands and beyond.`,
      },
    },
  },
];
