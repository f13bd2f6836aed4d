// Tools and policies of the demo: the Dutch instruments reused in taskforce timelines, national
// strategies, and the EU agenda references of the support page.
// Facts from /work/shared/reference/seed-facts.md §2.8, §7, §8, §9.1–9.3; the wording is our own.
import type { SeedItem } from './types.ts';

export const TOOL_ITEMS: SeedItem[] = [
  {
    slug: 'beta-techmentality-model',
    type: 'tool',
    originalLang: 'nl',
    organisation: 'ptvt',
    sources: ['ptvt'],
    countries: ['NL'],
    levels: ['primary', 'secondary'],
    themes: ['careers', 'gender', 'teachers'],
    publishedOn: '2020-01-01',
    externalUrl: 'http://stemcoalition.eu/publications/b%C3%A8tatechmentality-model-btm',
    sourceNote:
      'Published around the turn of 2019/2020; the coalition timelines date it 1 January 2020. The survey had about 1,470 respondents (sources give 1,466 to 1,472).',
    related: ['btm-scan', 'betamentality-2007', 'btm-white-paper-english', 'jnt-tool-page', 'steamsare'],
    versions: {
      nl: {
        title: 'Het Bèta&TechMentality-model (BTM)',
        summary:
          'Een indeling van jongeren van 9 tot 17 jaar in vijf typen, naar hoe zij zich verhouden tot bèta en techniek; tussen 2011 en 2019 steeg de belangstelling voor technische beroepen van 36% naar 52%, bij meisjes van 15% naar 38%.',
        body: `PTvT liet in 2019 onderzoeken hoe jongeren van 9 tot 17 jaar, van de basisschool tot vmbo, havo en vwo, tegen bèta en techniek aankijken. Na 30 verkennende duo-interviews door Youngworks vulden ongeveer 1.470 jongeren een vragenlijst van Motivaction in. Daaruit kwamen zeven dimensies en vijf typen; de belangrijkste assen zijn **zelfvertrouwen in bèta en techniek** en **interesse in nieuwe technologie**.

De vijf typen:

- **Vernieuwers** (Innovators) – positief over techniek, veel zelfvertrouwen en interesse; de grootste groep, vaak op weg naar een technisch beroep.
- **Creatieve Makers** (Creative Makers) – zijn al met techniek bezig, bijvoorbeeld als hobby.
- **Ontdekkers** (Discoverers) – zoeken nog, staan er neutraal in; techniek is één van de opties.
- **Maatschappelijke Toepassers** (Social Implementers) – vinden techniek ingewikkeld en weinig aantrekkelijk, maar zijn te bereiken via maatschappelijke vraagstukken zoals klimaat of plastic afval.
- **Doeners** (Doers) – praktisch ingesteld, zo min mogelijk theorie; techniek staat nog niet in beeld.

De belangrijkste uitkomsten, vergeleken met 2011:

- belangstelling voor een exact of technisch beroep: van 36% naar 52%;
- meisjes die zo’n beroep ambiëren: van 15% naar 38%;
- meisjes die zichzelf ‘technisch’ noemen: van 28% naar 36%;
- vertrouwen in eigen technische vaardigheden: 66% van de jongens, 36% van de meisjes;
- ongeveer een kwart vreest niet slim genoeg te zijn voor bètavakken (20% van de jongens, 28% van de meisjes).`,
      },
      en: {
        title: 'The Bèta&TechMentality model (BTM)',
        summary:
          'A segmentation of young people aged 9 to 17 into five types by how they relate to science and technology; between 2011 and 2019 interest in technical jobs rose from 36% to 52%, and among girls from 15% to 38%.',
        body: `In 2019 PTvT commissioned research into how young people aged 9 to 17, from primary school to the vmbo, havo and vwo tracks, view science and technology. After 30 exploratory paired interviews by Youngworks, about 1,470 young people answered a questionnaire by Motivaction. The analysis gave seven dimensions and five types; the main axes are **self-confidence in science and technology** and **interest in new technology**.

The five types:

- **Innovators** (Vernieuwers) – positive, confident and interested; the largest group, often heading for a technical career.
- **Creative Makers** (Creatieve Makers) – already busy with technology, for instance as a hobby.
- **Discoverers** (Ontdekkers) – still searching and fairly neutral; technology is one option among many.
- **Social Implementers** (Maatschappelijke Toepassers) – find technology complex and unappealing, but respond to societal issues such as climate or plastic waste.
- **Doers** (Doeners) – practical and hands-on, wanting as little theory as possible; technology is not yet on their radar.

Headline findings, compared with 2011:

- interest in a science or technical job: from 36% to 52%;
- girls aiming for such a job: from 15% to 38%;
- girls calling themselves “technical”: from 28% to 36%;
- confidence in their own technical skills: 66% of boys, 36% of girls;
- about a quarter fear they are not clever enough for science subjects (20% of boys, 28% of girls).`,
      },
    },
  },
  {
    slug: 'btm-scan',
    type: 'tool',
    originalLang: 'nl',
    organisation: 'ptvt',
    sources: ['ptvt'],
    countries: ['NL'],
    levels: ['primary', 'secondary'],
    themes: ['teachers', 'careers'],
    publishedOn: '2020-04-01',
    externalUrl: 'https://ptvt.nl',
    sourceNote: 'Launched in April 2020; the day is not given in the sources.',
    related: ['beta-techmentality-model', 'jet-net-technet-programme'],
    versions: {
      nl: {
        title: 'BTM-scan: zelfevaluatie voor schoolteams',
        summary:
          'Een online zelfevaluatie waarmee schoolteams nagaan hoe goed hun lessen, loopbaanactiviteiten en communicatie aansluiten bij de vijf typen uit het Bèta&TechMentality-model.',
        body: `In april 2020 lanceerde PTvT de BTM-scan, een gratis online instrument voor schoolteams die met het Bèta&TechMentality-model aan de slag willen.

Zo werkt het:

1. Het team beantwoordt vragen over zijn lessen, loopbaanoriëntatie en communicatie met leerlingen en ouders.
2. De scan laat zien in hoeverre dat aanbod aansluit bij de vijf typen: Vernieuwers, Creatieve Makers, Ontdekkers, Maatschappelijke Toepassers en Doeners.
3. Het team krijgt concrete suggesties, aangevuld met video’s en tips.

Een veelvoorkomende uitkomst is dat het aanbod vooral de Vernieuwers aanspreekt, die al enthousiast zijn over techniek, en minder de Doeners of Maatschappelijke Toepassers. De scan helpt om juist die groepen beter te bereiken. Naast de scan organiseerde PTvT workshops voor schoolteams, bijvoorbeeld in Zwolle in maart 2020.`,
      },
      en: {
        title: 'BTM-scan: a self-assessment for school teams',
        summary:
          'An online self-assessment that shows school teams how well their lessons, career-guidance activities and communication fit the five types of the Bèta&TechMentality model.',
        body: `In April 2020 PTvT launched the BTM-scan, a free online tool for school teams that want to work with the Bèta&TechMentality model.

How it works:

1. The team answers questions about its lessons, career guidance and communication with pupils and parents.
2. The scan shows how well that offer fits the five types: Innovators, Creative Makers, Discoverers, Social Implementers and Doers.
3. The team receives concrete suggestions, with videos and tips.

A common outcome is that a school’s offer speaks mostly to the Innovators, who are already keen on technology, and less to the Doers or the Social Implementers. The scan helps schools reach those groups too. Alongside the scan, PTvT ran workshops for school teams, for example in Zwolle in March 2020.`,
      },
    },
  },
  {
    slug: 'betamentality-2007',
    type: 'tool',
    originalLang: 'nl',
    organisation: 'ptvt',
    sources: ['ptvt'],
    countries: ['NL'],
    levels: ['secondary', 'higher'],
    themes: ['careers'],
    publishedOn: '2007-01-01',
    sourceNote: 'Only the year (2007) is known; updated in 2010/2011.',
    related: ['beta-techmentality-model', 'deltaplan-beta-techniek'],
    versions: {
      nl: {
        title: 'BètaMentality (2007): de voorloper van BTM',
        summary:
          'Het eerste segmentatiemodel van Platform Bèta Techniek, uit 2007, dat jongeren van 12 tot 24 jaar in vier typen indeelde naar hun houding tegenover bèta en techniek.',
        body: `Lang voor het Bèta&TechMentality-model ontwikkelde Platform Bèta Techniek in 2007 het model BètaMentality. Het richtte zich op jongeren van 12 tot 24 jaar en was bedoeld om voorlichting en onderwijs beter af te stemmen op verschillende groepen. In 2010/2011 werd het model geactualiseerd.

BètaMentality onderscheidde vier typen:

- **concrete bèta’s** – zien zichzelf duidelijk in een bètatechnische richting;
- **carrière-bèta’s** – kiezen voor bèta en techniek vanwege de loopbaankansen;
- **geïnteresseerde generalisten** – breed geïnteresseerd, bèta is een van de mogelijkheden;
- **non-bèta’s** – voelen weinig voor bèta en techniek.

Het opvolgende BTM-model verlaagde de leeftijdsgrens naar 9 jaar, zodat ook de basisschool in beeld kwam, en kwam uit op vijf typen. Dankzij de meting van 2011 kon BTM ook laten zien hoe de houding van jongeren in acht jaar veranderde.`,
      },
      en: {
        title: 'BètaMentality (2007): the forerunner of BTM',
        summary:
          'Platform Bèta Techniek’s first segmentation model, from 2007, which grouped young people aged 12 to 24 into four types by their attitude to science and technology.',
        body: `Long before the Bèta&TechMentality model, Platform Bèta Techniek developed BètaMentality in 2007. It covered young people aged 12 to 24 and aimed to match information and education to different groups. The model was updated in 2010/2011.

BètaMentality distinguished four types:

- **concrete science types** (concrete bèta’s) – clearly see themselves in science or technology;
- **career science types** (carrière-bèta’s) – choose science and technology for the job prospects;
- **interested generalists** (geïnteresseerde generalisten) – broadly interested, with science as one option;
- **non-science types** (non-bèta’s) – feel little for science and technology.

Its successor, the BTM model, lowered the age limit to 9, bringing primary school into view, and arrived at five types. Thanks to the 2011 measurement, BTM could also show how young people’s attitudes changed over eight years.`,
      },
    },
  },
  {
    slug: 'jnt-tool-page',
    type: 'tool',
    originalLang: 'nl',
    organisation: 'jet-net-technet',
    sources: ['jet-net-technet'],
    countries: ['NL'],
    levels: ['primary', 'secondary'],
    themes: ['school_company'],
    publishedOn: '2018-03-15',
    related: [
      'jet-net-technet-programme',
      'bretagne-entreprise-jeunesse-founded',
      'steamsare',
      'jet-net-technet-loket',
    ],
    versions: {
      nl: {
        title: 'Jet-Net & TechNet: het partnerschapsmodel voor school en bedrijf',
        summary:
          'Een praktische beschrijving van hoe Jet-Net & TechNet samenwerking tussen scholen en technologiebedrijven organiseert, bedoeld voor regio’s en landen die het model willen overnemen.',
        body: `Deze toolpagina beschrijft de bouwstenen van het Jet-Net & TechNet-model, zodat anderen het kunnen toepassen. Baskenland en Bretagne deden dat via taskforces van de coalitie.

**De bouwstenen**

1. **Eén school, één bedrijf.** Elk partnerschap is een vaste, meerjarige relatie tussen een school en een technologiebedrijf.
2. **Een activiteitenprogramma.** School en bedrijf stellen samen een jaarprogramma op: gastlessen, bedrijfsbezoeken, docentenstages, praktijkopdrachten.
3. **Regionale coördinatie.** Regionale coördinatoren en een landelijk bureau brengen partners samen en bewaken de kwaliteit.
4. **Regionale clusters.** Bedrijven in een regio trekken samen op, zoals in Twente, waar onder anderen Stork, Demcon, Siemens, Thales en Urenco meedoen.
5. **Gedeelde financiering.** Overheid en bedrijfsleven dragen samen bij.
6. **Meten.** De profielkeuze van leerlingen op deelnemende scholen wordt vergeleken met het landelijk gemiddelde.

**Lessen voor navolgers**

Begin met een kleine groep betrokken bedrijven, zorg dat een neutrale partij coördineert, en geef scholen de ruimte om activiteiten in hun eigen curriculum in te passen.`,
      },
      en: {
        title: 'Jet-Net & TechNet: the school–company partnership model',
        summary:
          'A practical description of how Jet-Net & TechNet organises cooperation between schools and technology companies, written for regions and countries that want to adopt the model.',
        body: `This tool page sets out the building blocks of the Jet-Net & TechNet model so that others can apply it. The Basque Country and Brittany did so through coalition taskforces.

**The building blocks**

1. **One school, one company.** Each partnership is a lasting, multi-year relationship between a school and a technology company.
2. **A programme of activities.** School and company agree a yearly programme: guest lessons, company visits, teacher internships, real-world assignments.
3. **Regional coordination.** Regional coordinators and a national office bring partners together and look after quality.
4. **Regional clusters.** Companies in a region act together, as in Twente, where Stork, Demcon, Siemens, Thales and Urenco are among the members.
5. **Shared funding.** Government and industry both contribute.
6. **Measurement.** Pupils’ choice of science profiles at partner schools is compared with the national average.

**Lessons for adopters**

Start with a small group of committed companies, let a neutral party coordinate, and give schools room to fit activities into their own curriculum.`,
      },
    },
  },
  {
    slug: 'jet-net-technet-loket',
    type: 'tool',
    originalLang: 'nl',
    organisation: 'ptvt',
    sources: ['ptvt'],
    countries: ['NL'],
    levels: ['primary', 'secondary'],
    themes: ['school_company', 'digital'],
    publishedOn: '2021-01-01',
    sourceNote: 'Only the year (2021) is known, from the PTvT annual report 2021.',
    related: ['jet-net-technet-programme', 'tecwijzer-launched', 'ptvt-annual-report-2021'],
    versions: {
      nl: {
        title: 'Het Jet-Net & TechNet Loket: scholen en bedrijven vinden elkaar',
        summary:
          'Een online matchingsinstrument waarmee scholen en technologiebedrijven met weinig moeite een partner voor activiteiten vinden.',
        body: `Al bij de oprichting van TecWijzer in 2016 was een digitaal ‘loket’ een van de doelen: één plek waar scholen alle activiteiten voor techniekonderwijs kunnen vinden. In 2021 kwam het Jet-Net & TechNet Loket online.

Met het Loket kunnen:

- **scholen** aangeven waar ze behoefte aan hebben, bijvoorbeeld een gastles of een bedrijfsbezoek;
- **bedrijven** laten zien wat ze kunnen bieden;
- beide partijen snel een passende match vinden in hun regio.

Tijdens de coronaperiode bood het Loket ook videogastlessen met bijbehorend lesmateriaal, onder meer over duurzaamheid, de energietransitie en mobiliteit. Zo konden scholen doorgaan met techniekactiviteiten toen bedrijfsbezoeken niet mogelijk waren.`,
      },
      en: {
        title: 'The Jet-Net & TechNet Loket: a matching tool for schools and companies',
        summary:
          'An online matching tool that lets schools and technology companies find a partner for activities with little effort.',
        body: `When TecWijzer was set up in 2016, one of its aims was a digital “loket” (one-stop access point): a single place where schools could find every activity for technology education. In 2021 the Jet-Net & TechNet Loket went online.

With the Loket:

- **schools** state what they need, such as a guest lesson or a company visit;
- **companies** show what they can offer;
- both sides quickly find a suitable match in their region.

During the COVID-19 period the Loket also offered video guest lessons with lesson material, on topics such as sustainability, the energy transition and mobility. That allowed schools to keep up technology activities when company visits were impossible.`,
      },
    },
  },
];

export const POLICY_ITEMS: SeedItem[] = [
  {
    slug: 'basque-steam-strategy',
    type: 'policy',
    originalLang: 'en',
    organisation: 'government-of-the-basque-country',
    sources: ['government-of-the-basque-country'],
    countries: ['ES'],
    regions: ['basque-country'],
    levels: ['primary', 'secondary', 'vet', 'higher'],
    themes: ['policy_making', 'gender', 'school_company'],
    publishedOn: '2018-06-01',
    externalUrl:
      'https://www.irekia.euskadi.eus/en/news/92132-the-basque-country-presents-its-steam-education-strategy-europe',
    related: [
      'steamsare',
      'steam-euskadi-awards',
      'stem-for-the-future-of-europe-2024',
      'beta-techmentality-model',
    ],
    versions: {
      en: {
        title: 'STEAM Euskadi: the Basque strategy for STEAM education',
        summary:
          'The strategy of the Basque Government’s Department of Education, launched in June 2018, to strengthen science, technology, engineering, arts and mathematics across Basque education.',
        body: `In June 2018 the Department of Education of the Basque Government launched STEAM Euskadi, a strategy to give science, technology, engineering, arts and mathematics a stronger place in Basque schools and to bring education and companies closer together.

InnoBasque, the Basque Innovation Agency, was given parts of the strategy to carry out. That led it to ask the coalition for help, and to the taskforce on the STEAMsare school–company programme.

When the Basque Country presented the strategy in Brussels in February 2024, it shared these figures:

- 165 schools take part in the STEAM Sare network
- 3,918 new STEM university students make up 30% of intake
- 19% of female university students study a STEM subject
- women make up 16% of STEM students in vocational education

The strategy also gave rise to the yearly STEAM Euskadi awards for school projects.`,
        fields: {
          objectives:
            'Strengthen STEAM at every stage of Basque education, link schools with companies, and raise the share of young people, especially girls, who choose STEAM studies.',
        },
      },
      nl: {
        title: 'STEAM Euskadi: de Baskische strategie voor STEAM-onderwijs',
        summary:
          'De strategie van het Baskische onderwijsdepartement uit juni 2018 om natuurwetenschap, techniek, engineering, kunst en wiskunde in het hele Baskische onderwijs te versterken.',
        body: `In juni 2018 lanceerde het onderwijsdepartement van de Baskische regering STEAM Euskadi, een strategie om natuurwetenschap, techniek, engineering, kunst en wiskunde een sterkere plek in Baskische scholen te geven en onderwijs en bedrijven dichter bij elkaar te brengen.

InnoBasque, het Baskische innovatieagentschap, kreeg de opdracht onderdelen van de strategie uit te voeren. Daardoor vroeg het de coalitie om hulp, wat leidde tot de taskforce over het programma STEAMsare.

Toen Baskenland de strategie in februari 2024 in Brussel presenteerde, deelde het deze cijfers:

- 165 scholen doen mee aan het STEAM Sare-netwerk
- 3.918 nieuwe STEM-studenten vormen 30% van de instroom aan de universiteit
- 19% van de vrouwelijke studenten kiest een STEM-studie
- in het beroepsonderwijs is 16% van de STEM-studenten vrouw

Uit de strategie kwamen ook de jaarlijkse STEAM Euskadi-prijzen voor schoolprojecten voort.`,
        fields: {
          objectives:
            'STEAM in elke fase van het Baskische onderwijs versterken, scholen aan bedrijven koppelen en meer jongeren, vooral meisjes, voor een STEAM-opleiding laten kiezen.',
        },
      },
    },
  },
  {
    slug: 'technology-pact-2016-2020',
    type: 'policy',
    originalLang: 'nl',
    organisation: 'government-of-the-netherlands',
    sources: ['government-of-the-netherlands'],
    countries: ['NL'],
    levels: ['primary', 'secondary', 'vet', 'higher', 'lifelong'],
    themes: ['policy_making', 'intersectoral'],
    publishedOn: '2016-04-15',
    externalUrl: 'https://stemcoalition.eu/publications/technology-pact-2016-2020',
    related: [
      'technology-pact-programme',
      'technology-pact-monitor',
      'taskforce-meeting-oslo-2018',
      'danish-technology-pact',
    ],
    versions: {
      nl: {
        title: 'Techniekpact 2016–2020',
        summary:
          'De vernieuwde versie van het Nederlandse Techniekpact, met ruim zestig partners en twaalf hoofddoelen tot 2020, gecoördineerd door het nationale bètatechnische platform.',
        body: `In april 2016 kreeg het Techniekpact uit 2013 een vervolg. De ruim zestig partners, waaronder het Rijk, werkgevers, werknemers, onderwijs en regio’s, legden hun ambities voor de jaren tot 2020 vast in **twaalf hoofddoelen**.

Het pact bleef de drie sporen volgen:

- **kiezen** voor techniek in het onderwijs;
- **leren** in de techniek, met onderwijs dat aansluit op de praktijk;
- **werken** in de techniek, met aandacht voor bij- en omscholing.

Het nationale platform (toen nog PBT, later PTvT) coördineerde de uitvoering, en de voortgang werd gevolgd met de Techniekpact Monitor.

Voor de coalitie werd dit document een belangrijk voorbeeld. Het stond in de tijdlijn van de Noorse taskforce, waar partijen onderzochten of een vergelijkbaar pact in Noorwegen kon werken, en het diende als inspiratie voor het Deense Technologiepact.`,
        fields: {
          objectives:
            'Twaalf hoofddoelen voor meer instroom, beter onderwijs en behoud van vakmensen in de techniek, tot 2020.',
        },
      },
      en: {
        title: 'Technology Pact 2016–2020 (Netherlands)',
        summary:
          'The renewed Dutch Technology Pact, with more than sixty partners and twelve headline targets up to 2020, coordinated by the national STEM platform.',
        body: `In April 2016 the 2013 Technology Pact was given a sequel. Its more than sixty partners, among them central government, employers, unions, education and the regions, set out their ambitions for the years up to 2020 in **twelve headline targets**.

The pact kept its three tracks:

- **choosing** technology in education;
- **learning** in technology, with education that connects to practice;
- **working** in technology, including upskilling and reskilling.

The national platform (then PBT, later PTvT) coordinated the work, and the Technology Pact Monitor tracked progress.

For the coalition this document became a key example. It features in the timeline of the Norwegian taskforce, where stakeholders explored whether a similar pact could work in Norway, and it inspired the Danish Technology Pact.`,
        fields: {
          objectives:
            'Twelve headline targets for more inflow, better education and retention of skilled people in technology, up to 2020.',
        },
      },
    },
  },
  {
    slug: 'deltaplan-beta-techniek',
    type: 'policy',
    originalLang: 'nl',
    organisation: 'government-of-the-netherlands',
    sources: ['government-of-the-netherlands'],
    countries: ['NL'],
    levels: ['primary', 'secondary', 'vet', 'higher'],
    themes: ['policy_making'],
    publishedOn: '2004-01-01',
    sourceNote:
      'Dated 2004, the year Platform Bèta Techniek was set up to carry out the Deltaplan; the exact publication date is not in the sources.',
    related: ['technology-pact-programme', 'betamentality-2007'],
    versions: {
      nl: {
        title: 'Deltaplan Bèta/Techniek',
        summary:
          'Het nationale actieplan om meer jongeren voor bèta en techniek te laten kiezen; voor de uitvoering werd in 2004 Platform Bèta Techniek opgericht.',
        body: `Begin jaren 2000 groeide de zorg dat Nederland te weinig bètatechnisch opgeleide mensen had om de kenniseconomie draaiende te houden. Het kabinet reageerde met het Deltaplan Bèta/Techniek, een breed actieplan van onderwijs, bedrijfsleven en overheid.

Voor de uitvoering werd in 2004 **Platform Bèta Techniek (PBT)** opgericht. Dat platform kreeg de opdracht om in alle onderwijssectoren programma’s op te zetten, van het basisonderwijs tot de universiteit, en daarbij het bedrijfsleven te betrekken.

Het Deltaplan legde de basis voor veel van wat volgde:

- Jet-Net, dat al in 2002 was begonnen, paste goed in de aanpak en groeide mee;
- het segmentatiemodel BètaMentality (2007) hielp voorlichting af te stemmen op verschillende groepen jongeren;
- het Techniekpact van 2013 bouwde voort op dezelfde samenwerking.

PBT groeide later uit tot PTvT, het huidige nationale platform.`,
        fields: {
          objectives:
            'Meer jongeren laten kiezen voor een bètatechnische opleiding en loopbaan, met programma’s in alle onderwijssectoren.',
        },
      },
      en: {
        title: 'Deltaplan for Science and Technology (Netherlands)',
        summary:
          'The Dutch national action plan to get more young people into science and technology; Platform Bèta Techniek was set up in 2004 to carry it out.',
        body: `In the early 2000s there was growing concern that the Netherlands had too few people with a science or technology education to keep its knowledge economy going. The government responded with the Deltaplan Bèta/Techniek, a broad action plan of education, business and government.

To carry it out, **Platform Bèta Techniek (PBT)** was set up in 2004. The platform was asked to build programmes in every sector of education, from primary school to university, and to involve industry along the way.

The Deltaplan laid the ground for much of what followed:

- Jet-Net, which had started in 2002, fitted the approach and grew with it;
- the BètaMentality segmentation (2007) helped tailor information to different groups of young people;
- the Technology Pact of 2013 built on the same cooperation.

PBT later became PTvT, today’s national platform.`,
        fields: {
          objectives:
            'Get more young people to choose a science or technology education and career, with programmes in every sector of education.',
        },
      },
    },
  },
  {
    slug: 'memorandum-towards-better-stem-policies',
    type: 'policy',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    sources: ['eu-stem-coalition'],
    countries: ['EU'],
    levels: ['primary', 'secondary', 'vet', 'higher', 'lifelong'],
    themes: ['policy_making', 'monitoring_data'],
    publishedOn: '2024-02-23',
    externalUrl:
      'http://stemcoalition.eu/publications/memorandum-towards-better-stem-policies-and-implementation-recommendations-next-steps',
    related: [
      'stem-for-the-future-of-europe-2024',
      'ep-resolution-gender-equality-stem-2021',
      'european-education-area-communication',
    ],
    versions: {
      en: {
        title: 'Memorandum: Towards better STEM policies and implementation',
        summary:
          'The coalition’s memorandum of February 2024 with recommendations and next steps for STEM policy in Europe, drawn from the experience of its national platforms.',
        body: `On 23 February 2024 the coalition published its memorandum “Towards better STEM policies and implementation”. It brings together what the national platforms have learnt from almost a decade of taskforces, policy briefings and peer exchange, and turns that into recommendations and next steps.

The memorandum is addressed to policy makers at European, national and regional level. Its starting points come straight from the coalition’s work:

- STEM shortages are best tackled by broad coalitions of government, education and industry, as in the Dutch and Danish technology pacts;
- lasting school–company partnerships, such as Jet-Net & TechNet, give pupils a realistic view of technical careers;
- good monitoring is needed to see whether policies work.

The memorandum appeared a week before the conference “STEM for the Future of Europe” in Brussels, where European stakeholders discussed these themes.`,
        fields: {
          objectives:
            'Give policy makers recommendations and next steps for better STEM policies and their implementation, based on the experience of national STEM platforms.',
        },
      },
      nl: {
        title: 'Memorandum: naar beter STEM-beleid en een betere uitvoering',
        summary:
          'Het memorandum van de coalitie uit februari 2024, met aanbevelingen en vervolgstappen voor STEM-beleid in Europa op basis van de ervaring van de nationale platforms.',
        body: `Op 23 februari 2024 publiceerde de coalitie het memorandum “Towards better STEM policies and implementation”. Het bundelt wat de nationale platforms in bijna tien jaar taskforces, beleidsbriefings en onderlinge uitwisseling hebben geleerd, en vertaalt dat in aanbevelingen en vervolgstappen.

Het memorandum richt zich tot beleidsmakers op Europees, nationaal en regionaal niveau. De uitgangspunten komen rechtstreeks uit het werk van de coalitie:

- tekorten in bèta en techniek pak je het best aan met brede coalities van overheid, onderwijs en bedrijfsleven, zoals de Nederlandse en Deense technologiepacten;
- duurzame partnerschappen tussen scholen en bedrijven, zoals Jet-Net & TechNet, geven leerlingen een realistisch beeld van technische beroepen;
- goede monitoring is nodig om te zien of beleid werkt.

Het memorandum verscheen een week voor de conferentie “STEM for the Future of Europe” in Brussel.`,
        fields: {
          objectives:
            'Beleidsmakers aanbevelingen en vervolgstappen geven voor beter STEM-beleid en een betere uitvoering, op basis van de ervaring van nationale platforms.',
        },
      },
    },
  },
  {
    slug: 'danish-technology-pact-launch',
    type: 'policy',
    originalLang: 'en',
    organisation: 'government-of-denmark',
    sources: ['government-of-denmark'],
    countries: ['DK'],
    levels: ['primary', 'secondary', 'vet', 'higher', 'lifelong'],
    themes: ['policy_making', 'intersectoral'],
    publishedOn: '2018-04-22',
    externalUrl: 'http://stemcoalition.eu/dossiers/danish-technology-pact',
    related: ['danish-technology-pact', 'university-world-news-danish-pact', 'technology-pact-2016-2020'],
    versions: {
      en: {
        title: 'Launch of the Danish Technology Pact',
        summary:
          'On 22 April 2018 four Danish ministers and about 80 organisations launched the national Technology Pact, the result of a process in which the coalition took part from 2016.',
        body: `The Danish Technology Pact was launched on 22 April 2018. Four ministers signed up on behalf of the government, together with some 80 companies, education institutions and other organisations.

The launch was the outcome of a process that started with an idea in 2015. In September 2016 the coalition opened a taskforce to support Danish stakeholders, who drew on the Dutch Technology Pact and on the way the Netherlands monitors it.

Key features of the pact as launched:

- it runs for ten years, until 2028;
- it is anchored in four ministries;
- the Danish Foundation for Entrepreneurship coordinates it.

The coalition also supported a regional technology pact in Central Denmark. With the launch, the Danish taskforce reached its goal and was later marked as finalised.`,
        fields: {
          objectives:
            'Commit government, business and education to a shared ten-year effort for more people in science and technology.',
        },
      },
      nl: {
        title: 'Lancering van het Deense Technologiepact',
        summary:
          'Op 22 april 2018 lanceerden vier Deense ministers en zo’n tachtig organisaties het nationale Technologiepact, het resultaat van een traject waarin de coalitie sinds 2016 meedacht.',
        body: `Het Deense Technologiepact werd op 22 april 2018 gelanceerd. Vier ministers sloten zich namens de regering aan, samen met zo’n tachtig bedrijven, onderwijsinstellingen en andere organisaties.

De lancering was de uitkomst van een traject dat in 2015 met een idee begon. In september 2016 startte de coalitie een taskforce om Deense partijen te ondersteunen; zij haalden inspiratie uit het Nederlandse Techniekpact en de manier waarop Nederland dat volgt.

Kenmerken van het pact bij de start:

- het loopt tien jaar, tot 2028;
- het is verankerd in vier ministeries;
- de Deense stichting voor ondernemerschap coördineert het.

De coalitie steunde ook een regionaal technologiepact in Midden-Jutland. Met de lancering had de Deense taskforce haar doel bereikt; ze werd later als afgerond gemarkeerd.`,
        fields: {
          objectives:
            'Overheid, bedrijfsleven en onderwijs verbinden aan een gezamenlijke aanpak van tien jaar voor meer mensen in bèta en techniek.',
        },
      },
    },
  },
  {
    slug: 'norwegian-close-to-stem-strategy',
    type: 'policy',
    originalLang: 'en',
    organisation: 'government-of-norway',
    sources: ['government-of-norway'],
    countries: ['NO'],
    levels: ['early_childhood', 'primary', 'secondary'],
    themes: ['policy_making'],
    publishedOn: '2015-01-01',
    sourceNote:
      'Date uncertain: the coalition timeline lists a 2015 policy item whose source label is cut off (“Gov…”); it is taken to be the Norwegian government’s STEM strategy. Only the year is reliable.',
    related: ['ent3r', 'norwegian-stakeholder-consultation-2018', 'taskforce-meeting-norway-2-2022'],
    versions: {
      en: {
        title: 'Close to STEM: Norway’s national STEM strategy (2015–2020)',
        summary:
          'The Norwegian government’s national strategy for science and mathematics in kindergarten and school (“Tett på realfag”), which ran until 2020 and included the ENT3R programme.',
        body: `Around 2015 the Norwegian government adopted “Close to STEM” (Tett på realfag), a national strategy to strengthen science and mathematics from kindergarten through school. Programmes such as ENT3R, in which students mentor pupils in maths and science, were part of it.

The strategy ended in 2020. That left Norwegian stakeholders without a shared framework at a time when several needs were pressing:

- a better gender balance in STEM studies and jobs;
- stronger results in science and mathematics;
- closer links between schools and industry.

In June 2021 the Norwegian Centre for Science Recruitment therefore asked the coalition to start the taskforce “Towards a New Norwegian STEM Strategy”. It compares the Technology Pact model with the “STEM Ecosystem” approach, and is expected to produce a policy briefing and a petition to the government.`,
        fields: {
          objectives:
            'Strengthen interest and performance in science and mathematics from kindergarten to the end of school.',
        },
      },
      nl: {
        title: 'Close to STEM: de Noorse nationale STEM-strategie (2015–2020)',
        summary:
          'De nationale strategie van de Noorse regering voor natuurwetenschap en wiskunde in kinderopvang en school (“Tett på realfag”), die tot 2020 liep en het programma ENT3R omvatte.',
        body: `Rond 2015 stelde de Noorse regering “Close to STEM” (Tett på realfag) vast, een nationale strategie om natuurwetenschap en wiskunde te versterken, van de kinderopvang tot het eind van de schooltijd. Programma’s als ENT3R, waarin studenten leerlingen begeleiden, hoorden erbij.

De strategie eindigde in 2020. Daarmee ontbrak een gezamenlijk kader, terwijl er dringende vragen lagen:

- een betere genderbalans in bètatechnische opleidingen en beroepen;
- betere resultaten in natuurwetenschap en wiskunde;
- sterkere banden tussen scholen en bedrijfsleven.

Het Noorse centrum voor bètawerving vroeg de coalitie daarom in juni 2021 om de taskforce “Towards a New Norwegian STEM Strategy”. Die vergelijkt het model van het Techniekpact met de aanpak van een ‘STEM Ecosystem’ en moet leiden tot een beleidsbriefing en een petitie aan de regering.`,
        fields: {
          objectives:
            'Belangstelling en prestaties in natuurwetenschap en wiskunde versterken, van de kinderopvang tot het eind van de schooltijd.',
        },
      },
    },
  },
  {
    slug: 'eu-chips-act',
    type: 'policy',
    originalLang: 'en',
    organisation: 'european-commission',
    sources: ['european-commission'],
    countries: ['EU'],
    levels: ['vet', 'higher', 'lifelong'],
    themes: ['digital', 'policy_making'],
    publishedOn: '2022-02-08',
    sourceNote: 'Dated to the Commission’s proposal (8 February 2022); the regulation was adopted in 2023.',
    related: ['digital-education-action-plan-2021-2027'],
    versions: {
      en: {
        title: 'European Chips Act',
        summary:
          'The EU legislation to strengthen Europe’s semiconductor ecosystem; it is one of the EU agenda references the coalition lists, because the chip industry depends on a steady supply of STEM talent.',
        body: `The European Commission proposed the European Chips Act in February 2022, and it was adopted as a regulation in 2023. Its aim is to make Europe stronger in the design and manufacturing of semiconductors and less dependent on other parts of the world.

For the coalition the act matters because of one condition it cannot meet by itself: people. Building and running chip plants and design centres needs engineers, technicians and researchers, and the act recognises skills as part of a healthy semiconductor ecosystem.

The coalition’s support page therefore lists the Chips Act among the EU agenda references that national platforms can use when they argue for:

- more young people in technical vocational and higher education;
- programmes that link schools with high-tech industry;
- upskilling of people already in work.`,
        fields: {
          objectives: 'Strengthen Europe’s semiconductor ecosystem, including the skills base it depends on.',
        },
      },
    },
  },
  {
    slug: 'ep-resolution-gender-equality-stem-2021',
    type: 'policy',
    originalLang: 'en',
    organisation: 'european-parliament',
    sources: ['european-parliament'],
    countries: ['EU'],
    levels: ['primary', 'secondary', 'vet', 'higher'],
    themes: ['gender', 'policy_making'],
    publishedOn: '2021-06-10',
    related: ['girlsday', 'beta-techmentality-model', 'memorandum-towards-better-stem-policies'],
    versions: {
      en: {
        title:
          'European Parliament resolution on gender equality in STEM education and careers (10 June 2021)',
        summary:
          'A resolution of the European Parliament calling for action to get more girls and women into STEM education and careers; one of the EU agenda references the coalition uses.',
        body: `On 10 June 2021 the European Parliament adopted a resolution on promoting gender equality in STEM education and careers. It notes that women remain under-represented in science, technology, engineering and mathematics and asks the EU and its member states to act from early education onwards.

The resolution is one of the EU agenda references on the coalition’s support page. Several member platforms already work on the issue it raises:

- Girlsday in the Netherlands, run by VHTO with Jet-Net & TechNet, brings girls into technology companies;
- the Dutch Bèta&TechMentality study shows how girls’ interest in technical jobs rose between 2011 and 2019, while their confidence in their own skills still lags behind that of boys;
- the Norwegian taskforce names gender balance as one of the needs for a new STEM strategy.

National platforms can cite the resolution when they press for such measures at home.`,
        fields: {
          objectives: 'Promote gender equality in STEM education and careers across the EU.',
        },
      },
      nl: {
        title:
          'Resolutie van het Europees Parlement over gendergelijkheid in STEM-onderwijs en -loopbanen (10 juni 2021)',
        summary:
          'Een resolutie van het Europees Parlement die oproept om meer meisjes en vrouwen naar STEM-opleidingen en -beroepen te leiden; een van de Europese agendapunten waar de coalitie naar verwijst.',
        body: `Op 10 juni 2021 nam het Europees Parlement een resolutie aan over het bevorderen van gendergelijkheid in STEM-onderwijs en -loopbanen. Het Parlement stelt vast dat vrouwen nog altijd ondervertegenwoordigd zijn in bèta en techniek, en vraagt de EU en de lidstaten om al vanaf het vroege onderwijs actie te ondernemen.

De resolutie staat op de ondersteuningspagina van de coalitie. Verschillende leden werken al aan dit vraagstuk:

- Girlsday in Nederland, van VHTO met Jet-Net & TechNet, brengt meisjes naar technologiebedrijven;
- het Nederlandse Bèta&TechMentality-onderzoek laat zien dat de interesse van meisjes in technische beroepen tussen 2011 en 2019 sterk steeg, terwijl hun vertrouwen in eigen kunnen achterblijft bij dat van jongens;
- de Noorse taskforce noemt genderbalans als een van de opgaven voor een nieuwe STEM-strategie.

Nationale platforms kunnen de resolutie aanhalen als ze thuis voor zulke maatregelen pleiten.`,
        fields: {
          objectives: 'Gendergelijkheid in STEM-onderwijs en -loopbanen in de hele EU bevorderen.',
        },
      },
    },
  },
  {
    slug: 'european-education-area-communication',
    type: 'policy',
    originalLang: 'en',
    organisation: 'european-commission',
    sources: ['european-commission'],
    countries: ['EU'],
    levels: ['early_childhood', 'primary', 'secondary', 'vet', 'higher', 'lifelong'],
    themes: ['policy_making'],
    publishedOn: '2020-09-30',
    related: ['digital-education-action-plan-2021-2027', 'memorandum-towards-better-stem-policies'],
    versions: {
      en: {
        title: 'Communication on achieving the European Education Area by 2025',
        summary:
          'The European Commission’s communication of September 2020 setting out how the EU and its member states can build a European Education Area by 2025; listed by the coalition as an EU agenda reference.',
        body: `On 30 September 2020 the European Commission published its communication on achieving the European Education Area by 2025. It describes how the EU and its member states can work together on quality, inclusion, the green and digital transitions, teachers, higher education and Europe’s place in the world.

The coalition lists the communication among the EU agenda references on its support page. It gives national STEM platforms a European frame for several of their concerns:

- basic skills, including mathematics and science, as the foundation for later choices;
- teachers and their professional development;
- inclusive education that reaches groups under-represented in STEM.

Because the European Education Area relies on cooperation and mutual learning between countries, it also fits the way the coalition works: platforms learning from each other’s programmes and policies through taskforces and General Assemblies.`,
        fields: {
          objectives:
            'Build a European Education Area by 2025 through cooperation between the EU and its member states.',
        },
      },
      nl: {
        title: 'Mededeling over de Europese onderwijsruimte in 2025',
        summary:
          'De mededeling van de Europese Commissie van september 2020 over hoe de EU en de lidstaten vóór 2025 een Europese onderwijsruimte kunnen realiseren; door de coalitie genoemd als Europees agendapunt.',
        body: `Op 30 september 2020 publiceerde de Europese Commissie haar mededeling over het realiseren van de Europese onderwijsruimte in 2025. Ze beschrijft hoe de EU en de lidstaten samenwerken aan kwaliteit, inclusie, de groene en digitale transitie, leraren, hoger onderwijs en de positie van Europa in de wereld.

De coalitie noemt de mededeling op haar ondersteuningspagina. Ze biedt nationale platforms een Europees kader voor een aantal van hun aandachtspunten:

- basisvaardigheden, waaronder rekenen en natuurwetenschappen, als fundament voor latere keuzes;
- leraren en hun professionele ontwikkeling;
- inclusief onderwijs dat groepen bereikt die in bèta en techniek ondervertegenwoordigd zijn.

Omdat de Europese onderwijsruimte draait om samenwerking en van elkaar leren, past ze bij de werkwijze van de coalitie: platforms die via taskforces en Algemene Vergaderingen leren van elkaars programma’s en beleid.`,
        fields: {
          objectives:
            'Vóór 2025 een Europese onderwijsruimte opbouwen door samenwerking tussen de EU en de lidstaten.',
        },
      },
    },
  },
  {
    slug: 'digital-education-action-plan-2021-2027',
    type: 'policy',
    originalLang: 'en',
    organisation: 'european-commission',
    sources: ['european-commission'],
    countries: ['EU'],
    levels: ['primary', 'secondary', 'vet', 'higher', 'lifelong'],
    themes: ['digital', 'policy_making', 'teachers'],
    publishedOn: '2020-09-30',
    related: ['european-education-area-communication', 'eu-chips-act', 'webinar-stem-platforms-covid-19'],
    versions: {
      en: {
        title: 'Digital Education Action Plan 2021–2027',
        summary:
          'The European Commission’s plan for high-quality, inclusive and accessible digital education in Europe; an EU agenda reference on the coalition’s support page.',
        body: `The European Commission presented the Digital Education Action Plan 2021–2027 on 30 September 2020, at the same time as its communication on the European Education Area. The plan has two strategic priorities: a well-performing digital education ecosystem, and stronger digital skills and competences for the digital transformation.

The COVID-19 crisis had just shown how much schools depend on digital tools, and the coalition’s platforms had seen it at first hand: at the June 2020 webinar, Norway’s ENT3R showed its online mentoring and STEM Learning in the United Kingdom its digital teacher training.

For national STEM platforms the plan is relevant in three ways:

- digital skills and computing are part of a modern STEM curriculum;
- teachers need support to use digital tools well;
- online formats, such as video guest lessons, let companies reach more schools.`,
        fields: {
          objectives:
            'Foster a high-performing digital education ecosystem and strengthen digital skills for the digital transformation.',
        },
      },
    },
  },
  {
    slug: 'white-paper-future-of-europe',
    type: 'policy',
    originalLang: 'en',
    organisation: 'european-commission',
    sources: ['european-commission'],
    countries: ['EU'],
    themes: ['policy_making'],
    publishedOn: '2017-03-01',
    related: ['european-education-area-communication'],
    versions: {
      en: {
        title: 'White Paper on the Future of Europe',
        summary:
          'The European Commission’s white paper of March 2017 that sketched five scenarios for the Union up to 2025; listed by the coalition as one of the EU agenda references.',
        body: `On 1 March 2017 the European Commission published its White Paper on the Future of Europe. It set out five scenarios for how the Union of 27 member states could develop by 2025, ranging from carrying on as before to doing much more together, and invited a broad debate.

The white paper is not about education as such, but it framed the discussion on what the EU should do in fields where member states hold most of the power, such as education. The idea of a European Education Area was launched later that same year, as part of that debate.

The coalition lists the white paper among the EU agenda references on its support page. For national STEM platforms it is background reading: it explains why European cooperation on skills and education gained ground after 2017, and why a network of national platforms that learn from each other fits well with that direction.`,
      },
    },
  },
];
