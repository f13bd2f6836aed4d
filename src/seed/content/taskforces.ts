// The eight taskforce dossiers of the demo (T1–T8), with their timelines and the Norwegian
// succession (Technology Pact → new STEM strategy). Timelines reference knowledge items from
// items*.ts by slug; entries without a date (programmes) keep none, so they are shown in their
// own group after the dated ones. Dossiers are items too, so their slugs must not clash with an
// item slug (the Danish dossier is therefore 'danish-technology-pact-taskforce').
// Facts from /work/shared/reference/seed-facts.md §2.1, §3, §9.1–9.3; the wording is our own.
import type { SeedDossier } from './taskforce-types.ts';

// T1 — the seed dossier of the issue, exactly as the facts give it.
const STEAMSARE: SeedDossier = {
  slug: 'steamsare-basque-country',
  originalLang: 'en',
  status: 'ongoing',
  instruments: ['taskforce_meetings', 'study_visit'],
  requesters: ['innobasque'],
  platforms: ['ptvt', 'astra'],
  countries: ['ES'],
  regions: ['basque-country'],
  startsOn: '2018-02-07',
  versions: {
    en: {
      title: 'STEAMsare programme in the Basque Country',
      summary:
        'InnoBasque asked the coalition how Basque schools and companies could work together for good. The partners chose the Dutch–Danish Jet-Net model, and a first pilot was planned for the 2020–21 school year.',
      background: `The Basque Government was preparing a strategy to give science, technology, engineering, arts and mathematics a stronger place in education: STEAM Euskadi, adopted by its Department of Education in June 2018. InnoBasque, the Basque Innovation Agency, was made responsible for parts of it, among them closer ties between schools and the business world.

Before designing anything itself, InnoBasque looked at what already worked elsewhere. It first turned to the Danish national platform, Astra; Denmark had started its own version of the Dutch Jet-Net network in 2012. The Danish platform advised InnoBasque to bring its question to the coalition, and the taskforce started on 7 February 2018.`,
      objectives: `Help InnoBasque design **STEAMsare**, a Basque programme of lasting partnerships between schools and companies, as part of the STEAM Euskadi strategy. In particular:

- compare proven school–company models in member countries and pick the one that best fits Basque schools and firms;
- learn from the people who run such a programme every day: coordinators, teachers and company staff;
- prepare a pilot with a first group of Basque schools and companies.`,
      results: `- **Model chosen.** After a study visit to the Netherlands in November 2018, with a day at Siemens in The Hague and a visit to the Junior Innovation Challenge in Utrecht, the Basque partners chose the **Jet-Net model** as used in the Netherlands and Denmark: one school paired with one company, a shared programme of activities, and a regional coordinator who keeps the partnerships going.
- **Resources shared.** PTvT, the Dutch platform, made two of its tools available: the description of the Jet-Net & TechNet partnership model and the Bèta&TechMentality model of how young people relate to technology. Both are in the timeline below.
- **Pilot planned.** A first STEAMsare pilot was planned for the **2020–21 school year**.

**Current state:** the taskforce is ongoing. The Basque STEAM Sare network now counts 165 schools, and in February 2024 the Basque Country presented its STEAM strategy to European stakeholders in Brussels.`,
    },
    nl: {
      title: 'Het programma STEAMsare in Baskenland',
      summary:
        'InnoBasque vroeg de coalitie hoe Baskische scholen en bedrijven duurzaam kunnen samenwerken. De partners kozen het Nederlands-Deense Jet-Netmodel; een eerste pilot stond gepland voor het schooljaar 2020–21.',
      background: `De Baskische regering werkte aan een strategie om natuurwetenschap, techniek, engineering, kunst en wiskunde een sterkere plek in het onderwijs te geven: STEAM Euskadi, die het onderwijsdepartement in juni 2018 vaststelde. InnoBasque, het Baskische innovatieagentschap, werd verantwoordelijk voor onderdelen daarvan, waaronder nauwere banden tussen scholen en bedrijfsleven.

Voordat InnoBasque zelf iets ontwierp, keek het naar wat elders al werkte. Het klopte eerst aan bij het Deense nationale platform Astra; Denemarken was in 2012 met een eigen versie van het Nederlandse Jet-Net begonnen. Het Deense platform raadde InnoBasque aan de vraag aan de coalitie voor te leggen, en op 7 februari 2018 ging de taskforce van start.`,
      objectives: `InnoBasque helpen bij het ontwerp van **STEAMsare**, een Baskisch programma van duurzame partnerschappen tussen scholen en bedrijven, als onderdeel van de strategie STEAM Euskadi. Concreet:

- beproefde modellen voor samenwerking tussen school en bedrijf in de lidstaten vergelijken en het model kiezen dat het best past bij Baskische scholen en bedrijven;
- leren van de mensen die zo’n programma dagelijks draaien: coördinatoren, docenten en medewerkers van bedrijven;
- een pilot voorbereiden met een eerste groep Baskische scholen en bedrijven.`,
      results: `- **Model gekozen.** Na een studiebezoek aan Nederland in november 2018, met een dag bij Siemens in Den Haag en een bezoek aan de Junior Innovation Challenge in Utrecht, kozen de Baskische partners het **Jet-Netmodel** zoals Nederland en Denemarken dat gebruiken: één school gekoppeld aan één bedrijf, een gezamenlijk activiteitenprogramma en een regionale coördinator die de partnerschappen levend houdt.
- **Kennis gedeeld.** PTvT, het Nederlandse platform, stelde twee van zijn instrumenten beschikbaar: de beschrijving van het partnerschapsmodel van Jet-Net & TechNet en het Bèta&TechMentality-model over hoe jongeren zich tot techniek verhouden. Beide staan in de tijdlijn hieronder.
- **Pilot gepland.** Een eerste pilot van STEAMsare stond gepland voor het **schooljaar 2020–21**.

**Stand van zaken:** de taskforce loopt nog. Het Baskische STEAM Sare-netwerk telt inmiddels 165 scholen, en in februari 2024 presenteerde Baskenland zijn STEAM-strategie in Brussel aan Europese partners.`,
    },
  },
  timeline: [
    {
      item: 'beta-techmentality-model',
      note: {
        en: 'Helps Basque schools and companies think about pupils who do not yet see themselves in technology.',
        nl: 'Helpt Baskische scholen en bedrijven na te denken over leerlingen die zichzelf nog niet in techniek zien.',
      },
    },
    {
      item: 'taskforce-meeting-jet-net-technet-2018',
      note: {
        en: 'The study visit after which InnoBasque chose the Jet-Net model.',
        nl: 'Het studiebezoek waarna InnoBasque voor het Jet-Netmodel koos.',
      },
    },
    { item: 'basque-steam-strategy' },
    { item: 'jnt-tool-page' },
    {
      item: 'jet-net-technet-programme',
      note: {
        en: 'The Dutch programme the Basque partners took as their model.',
        nl: 'Het Nederlandse programma dat de Baskische partners als voorbeeld namen.',
      },
    },
  ],
};

// T2
const BRETAGNE: SeedDossier = {
  slug: 'bretagne-school-company-cooperation',
  originalLang: 'en',
  status: 'ongoing',
  instruments: ['taskforce_meetings'],
  requesters: ['institut-de-locarn', 'alerteducation'],
  platforms: ['ptvt'],
  countries: ['FR'],
  regions: ['brittany'],
  startsOn: '2020-05-01',
  versions: {
    en: {
      title: 'Bretagne (France) programme for school–company cooperation',
      summary:
        'Two Breton organisations asked the coalition to help join up scattered school–company initiatives in their region. With the Jet-Net model as a starting point, the work led to the founding of the association BREJ in December 2021.',
      background: `Brittany did not lack initiatives that brought pupils and companies together, but each of them worked on its own. There was no common structure, so schools and firms had to find each other case by case and good practice hardly spread.

In spring 2020 two organisations decided to change that: the **Institut de Locarn**, a network of Breton business leaders concerned with the region’s economic future, and **AlertEducation**, which promotes cooperation between education and business and had already pointed to the Dutch Jet-Net network as an example for France. Together they asked the coalition for support, and the taskforce started on 1 May 2020.`,
      objectives: `- Bring the existing school–company activities in Brittany into one regional programme.
- Use the Dutch Jet-Net model as the starting point and adapt it to the French school system and the Breton economy.
- Set up a regional organisation that can carry the programme once the taskforce is over.`,
      results: `- **Two taskforce meetings.** The first, online on 12 June 2020 because of the COVID-19 crisis, gathered more than 15 Breton organisations. The second, on 27 and 28 August 2020 at the Institut de Locarn in Fréhel, was hybrid, with about 25 people on site and Dutch speakers joining online.
- **Shared tools.** The Jet-Net & TechNet partnership model and the Bèta&TechMentality model, both from the Netherlands, fed into the Breton plans; they are the same resources used in the Basque taskforce.
- **A regional organisation.** On 10 December 2021 the association **Bretagne Entreprise Jeunesse (BREJ)** was founded. It carries on the “STEM Bretagne” label.

**Current state:** the taskforce is ongoing while BREJ builds its first lasting partnerships between Breton schools and companies.`,
    },
    nl: {
      title: 'Programma voor samenwerking tussen school en bedrijf in Bretagne (Frankrijk)',
      summary:
        'Twee Bretonse organisaties vroegen de coalitie om versnipperde initiatieven voor school en bedrijf in hun regio te bundelen. Met het Jet-Netmodel als vertrekpunt leidde dat in december 2021 tot de oprichting van de vereniging BREJ.',
      background: `Aan initiatieven die leerlingen en bedrijven samenbrengen ontbrak het in Bretagne niet, maar ze stonden allemaal op zichzelf. Een gemeenschappelijke structuur was er niet, dus scholen en bedrijven moesten elkaar telkens opnieuw vinden en goede voorbeelden verspreidden zich nauwelijks.

In het voorjaar van 2020 besloten twee organisaties daar iets aan te doen: het **Institut de Locarn**, een netwerk van Bretonse ondernemers dat zich buigt over de economische toekomst van de regio, en **AlertEducation**, dat samenwerking tussen onderwijs en bedrijfsleven bevordert en het Nederlandse Jet-Net al eerder als voorbeeld voor Frankrijk had genoemd. Samen vroegen ze de coalitie om steun; de taskforce begon op 1 mei 2020.`,
      objectives: `- De bestaande activiteiten van scholen en bedrijven in Bretagne samenbrengen in één regionaal programma.
- Het Nederlandse Jet-Netmodel als vertrekpunt nemen en aanpassen aan het Franse schoolsysteem en de Bretonse economie.
- Een regionale organisatie oprichten die het programma na afloop van de taskforce draagt.`,
      results: `- **Twee taskforcebijeenkomsten.** De eerste, op 12 juni 2020 online vanwege de coronacrisis, bracht meer dan vijftien Bretonse organisaties bijeen. De tweede, op 27 en 28 augustus 2020 bij het Institut de Locarn in Fréhel, was hybride: zo’n 25 mensen ter plaatse, met Nederlandse sprekers online.
- **Gedeelde instrumenten.** Het partnerschapsmodel van Jet-Net & TechNet en het Bèta&TechMentality-model, allebei uit Nederland, voedden de Bretonse plannen; het zijn dezelfde bronnen als in de Baskische taskforce.
- **Een regionale organisatie.** Op 10 december 2021 werd de vereniging **Bretagne Entreprise Jeunesse (BREJ)** opgericht. Zij voert het label ‘STEM Bretagne’ verder.

**Stand van zaken:** de taskforce loopt nog, terwijl BREJ de eerste duurzame partnerschappen tussen Bretonse scholen en bedrijven opbouwt.`,
    },
  },
  timeline: [
    {
      item: 'bretagne-entreprise-jeunesse-founded',
      note: {
        en: 'The main result of the taskforce so far.',
        nl: 'Het belangrijkste resultaat van de taskforce tot nu toe.',
      },
    },
    { item: 'taskforce-meeting-bretagne-2-2020' },
    { item: 'taskforce-meeting-bretagne-1-2020' },
    { item: 'beta-techmentality-model' },
    { item: 'jnt-tool-page' },
    {
      item: 'jet-net-technet-programme',
      note: {
        en: 'The starting point for the Breton programme.',
        nl: 'Het vertrekpunt voor het Bretonse programma.',
      },
    },
  ],
};

// T6 — closed, continued as T3.
const NORWEGIAN_PACT: SeedDossier = {
  slug: 'norwegian-technology-pact',
  originalLang: 'en',
  status: 'closed',
  instruments: ['roundtable', 'taskforce_meetings'],
  requesters: ['ncsr'],
  platforms: ['ptvt'],
  countries: ['NO'],
  startsOn: '2018-08-20',
  versions: {
    en: {
      title: 'Norwegian Technology Pact',
      summary:
        'Norwegian stakeholders, every labour union among them, explored a technology pact on the Dutch model and asked the national platform to petition the government. The cabinet crisis of autumn 2018 halted the process; the work continues in a new taskforce.',
      background: `Norway, like its neighbours, needs more young people who choose science and technology. The Netherlands and Denmark had answered that need with a **technology pact**: government, employers, unions, education and regions commit together to shared targets. Norwegian stakeholders wanted to know whether the same approach could work in their country.

A first consultation on 18 January 2018, organised by the coalition with the Norwegian Centre for Science Recruitment, showed enough common ground to go further. The centre then asked the coalition for a full taskforce, which began with a meeting in Oslo on 20 August 2018.`,
      objectives: `- Test the Dutch Technology Pact against the Norwegian situation.
- Build a broad alliance of government, industry, education and labour behind a Norwegian pact.
- Put a joint proposal to the government.`,
      results: `- **Broad support.** At the Oslo meeting of 20 August 2018 the stakeholders, with all the labour unions on board, agreed on a joint recommendation and asked the national platform to petition the government for a Norwegian technology pact.
- **Process halted.** The cabinet crisis of autumn 2018 and the reorganisations that followed put the plans on hold.

**Current state:** this dossier is closed. The question came back after the national strategy “Close to STEM” ended in 2020: since June 2021 the taskforce **Towards a New Norwegian STEM Strategy** continues the work, comparing the pact model with other approaches.`,
    },
    nl: {
      title: 'Noors Technologiepact',
      summary:
        'Noorse partijen, met alle vakbonden, verkenden een technologiepact naar Nederlands voorbeeld en vroegen het nationale platform om een petitie aan de regering. De kabinetscrisis van het najaar van 2018 legde het traject stil; het werk gaat verder in een nieuwe taskforce.',
      background: `Noorwegen heeft, net als zijn buurlanden, meer jongeren nodig die voor bèta en techniek kiezen. Nederland en Denemarken gaven daar antwoord op met een **technologiepact**: overheid, werkgevers, vakbonden, onderwijs en regio’s verbinden zich samen aan gedeelde doelen. Noorse partijen wilden weten of die aanpak ook in hun land zou werken.

Een eerste consultatie op 18 januari 2018, georganiseerd door de coalitie en het Noorse centrum voor bètawerving, liet genoeg gemeenschappelijke grond zien om verder te gaan. Het centrum vroeg de coalitie daarna om een volwaardige taskforce, die begon met een bijeenkomst in Oslo op 20 augustus 2018.`,
      objectives: `- Het Nederlandse Techniekpact toetsen aan de Noorse situatie.
- Een brede alliantie van overheid, bedrijfsleven, onderwijs en vakbonden achter een Noors pact scharen.
- Een gezamenlijk voorstel aan de regering voorleggen.`,
      results: `- **Breed draagvlak.** Tijdens de bijeenkomst in Oslo op 20 augustus 2018 kwamen de partijen, met alle vakbonden aan boord, tot een gezamenlijke aanbeveling. Ze vroegen het nationale platform de regering per petitie om een Noors technologiepact te vragen.
- **Traject stilgelegd.** De kabinetscrisis van het najaar van 2018 en de reorganisaties die volgden, zetten de plannen in de wacht.

**Stand van zaken:** dit dossier is gesloten. De vraag kwam terug toen de nationale strategie ‘Close to STEM’ in 2020 afliep: sinds juni 2021 zet de taskforce **Towards a New Norwegian STEM Strategy** het werk voort en vergelijkt ze het pactmodel met andere benaderingen.`,
    },
  },
  timeline: [
    {
      item: 'taskforce-meeting-oslo-2018',
      note: {
        en: 'The meeting that opened the taskforce and produced the joint recommendation.',
        nl: 'De bijeenkomst waarmee de taskforce begon en die de gezamenlijke aanbeveling opleverde.',
      },
    },
    {
      item: 'norwegian-stakeholder-consultation-2018',
      note: {
        en: 'The consultation that preceded the formal request.',
        nl: 'De consultatie die aan het formele verzoek voorafging.',
      },
    },
    {
      item: 'taskforce-meeting-copenhagen-2017',
      note: {
        en: 'Where the Norwegian centre first explored the idea with Nordic stakeholders.',
        nl: 'Waar het Noorse centrum het idee voor het eerst met Noordse partijen verkende.',
      },
    },
    {
      item: 'technology-pact-2016-2020',
      note: {
        en: 'The Dutch pact that served as the model.',
        nl: 'Het Nederlandse pact dat als voorbeeld diende.',
      },
    },
  ],
};

// T3 — the successor of T6.
const NORWEGIAN_STRATEGY: SeedDossier = {
  slug: 'towards-new-norwegian-stem-strategy',
  originalLang: 'en',
  status: 'ongoing',
  instruments: ['taskforce_meetings', 'policy_briefing'],
  requesters: ['ncsr'],
  platforms: ['luma-centre-finland', 'teknikcollege'],
  countries: ['NO'],
  startsOn: '2021-06-29',
  predecessor: 'norwegian-technology-pact',
  versions: {
    en: {
      title: 'Towards a New Norwegian STEM Strategy',
      summary:
        'Norway’s national strategy “Close to STEM” ended in 2020. The Norwegian Centre for Science Recruitment asked the coalition to help stakeholders prepare a successor, weighing a technology pact against a STEM ecosystem approach.',
      background: `For several years Norway’s efforts in science and mathematics education were framed by the national strategy **Close to STEM** (Tett på realfag). When it ended in 2020, no new framework took its place, while the problems it addressed had not gone away.

On 29 June 2021 the Norwegian Centre for Science Recruitment asked the coalition for a new taskforce. It picks up the thread of the earlier taskforce on a **Norwegian Technology Pact** (see the related dossier), which won broad support in 2018 but stalled after that autumn’s cabinet crisis.

The stakeholders named three needs a new strategy must meet:

- a better gender balance in STEM studies and jobs;
- stronger pupil performance in science and mathematics;
- closer links between schools and industry.`,
      objectives: `- Compare two ways of organising a national effort against Norway’s needs: a **technology pact**, as in the Netherlands and Denmark, and a **STEM ecosystem**, built on local networks of schools, companies and out-of-school providers.
- Learn from platforms in other countries that face similar questions.
- Deliver a **policy briefing** and a **petition** to the government on a new national STEM strategy.`,
      results: `- **Second taskforce meeting, Oslo, 24–25 August 2022.** Stakeholders set the two models side by side, while the taskforce’s steering group met in parallel.
- **Taskforce meeting, Oslo, 2–3 March 2023.** Input from LUMA Centre Finland, the Arctic University of Norway, University College London and the Swedish platform Teknikcollege made the choice more concrete and showed how parts of both models can be combined.

**Current state:** the taskforce is ongoing. The policy briefing and the petition to the government are the deliverables still to come.`,
    },
    nl: {
      title: 'Op weg naar een nieuwe Noorse STEM-strategie',
      summary:
        'De Noorse nationale strategie ‘Close to STEM’ liep in 2020 af. Het Noorse centrum voor bètawerving vroeg de coalitie om partijen te helpen een opvolger voor te bereiden, waarbij een technologiepact wordt afgewogen tegen een STEM-ecosysteem.',
      background: `Jarenlang vormde de nationale strategie **Close to STEM** (Tett på realfag) het kader voor het Noorse beleid voor natuurwetenschap en wiskunde in het onderwijs. Toen die in 2020 afliep, kwam er geen nieuw kader voor in de plaats, terwijl de problemen waar de strategie op inspeelde er nog steeds waren.

Op 29 juni 2021 vroeg het Noorse centrum voor bètawerving de coalitie om een nieuwe taskforce. Die pakt de draad op van de eerdere taskforce over een **Noors Technologiepact** (zie het verwante dossier), die in 2018 breed werd gesteund maar na de kabinetscrisis van dat najaar stil kwam te liggen.

De partijen noemden drie behoeften waaraan een nieuwe strategie moet voldoen:

- een betere genderbalans in bètatechnische opleidingen en beroepen;
- betere prestaties van leerlingen in natuurwetenschap en wiskunde;
- nauwere banden tussen scholen en bedrijfsleven.`,
      objectives: `- Twee manieren om een landelijke aanpak te organiseren toetsen aan de Noorse behoeften: een **technologiepact**, zoals in Nederland en Denemarken, en een **STEM-ecosysteem**, gebouwd op lokale netwerken van scholen, bedrijven en aanbieders buiten school.
- Leren van platforms in andere landen die voor vergelijkbare vragen staan.
- Een **beleidsbriefing** en een **petitie** aan de regering opleveren over een nieuwe nationale STEM-strategie.`,
      results: `- **Tweede taskforcebijeenkomst, Oslo, 24–25 augustus 2022.** De partijen legden de twee modellen naast elkaar, terwijl de stuurgroep van de taskforce tegelijk vergaderde.
- **Taskforcebijeenkomst, Oslo, 2–3 maart 2023.** Bijdragen van LUMA Centre Finland, de Arctische Universiteit van Noorwegen, University College London en het Zweedse platform Teknikcollege maakten de keuze concreter en lieten zien hoe onderdelen van beide modellen samen kunnen gaan.

**Stand van zaken:** de taskforce loopt nog. De beleidsbriefing en de petitie aan de regering moeten nog volgen.`,
    },
  },
  timeline: [
    { item: 'taskforce-meeting-norway-2023' },
    { item: 'taskforce-meeting-norway-2-2022' },
    {
      item: 'technology-pact-2016-2020',
      note: {
        en: 'One of the two models the taskforce compares.',
        nl: 'Een van de twee modellen die de taskforce vergelijkt.',
      },
    },
    {
      item: 'norwegian-close-to-stem-strategy',
      note: {
        en: 'The strategy whose end in 2020 prompted this taskforce. Only the year of publication is known.',
        nl: 'De strategie waarvan het einde in 2020 de aanleiding was voor deze taskforce. Alleen het jaar van publicatie is bekend.',
      },
    },
  ],
};

// T4
const ESTONIA: SeedDossier = {
  slug: 'estonian-research-council-strategic-vision-2023-2029',
  originalLang: 'en',
  status: 'ongoing',
  instruments: ['taskforce_meetings'],
  requesters: ['etag'],
  platforms: ['ncsr', 'astra', 'ptvt'],
  countries: ['EE'],
  startsOn: '2021-07-07',
  versions: {
    en: {
      title:
        'Estonian Research Council strategic vision 2023–2029: supporting STEM through informal learning',
      summary:
        'The Estonian Research Council asked the coalition for input to its strategic vision for 2023–2029, with a focus on non-formal STEM learning and on partnerships between schools and companies.',
      background: `The Estonian Research Council (ETAg) is both the country’s research funder and its national STEM platform, and one of the four founders of the coalition. Through the TeaMe programme and the miks.ee portal it already reaches young people outside the classroom, and it coordinates the Estonian Research and Technology Pact.

While preparing its strategic vision for 2023–2029, the Council wanted a clearer view of two areas: the wide but scattered field of **non-formal STEM learning**, such as hobby groups, clubs and science camps, and **partnerships between schools and companies**. On 7 July 2021 it asked the coalition to help it learn from other countries.`,
      objectives: `- Find out how four benchmark countries, **Norway, Denmark, Germany and the Netherlands**, organise and fund non-formal STEM learning.
- Learn how those countries build lasting partnerships between schools and companies.
- Turn the lessons into options for the Council’s strategic vision 2023–2029.`,
      results: `- **First taskforce meeting** on 9 September 2021, two months after the request.
- The Estonian programmes that the vision builds on, from TeaMe to the Research and Technology Pact, are listed in the timeline below.

**Current state:** the taskforce is ongoing.`,
    },
    nl: {
      title: 'Strategische visie 2023–2029 van de Estse onderzoeksraad: STEM versterken via informeel leren',
      summary:
        'De Estse onderzoeksraad vroeg de coalitie om input voor zijn strategische visie voor 2023–2029, met de nadruk op STEM-leren buiten school en op partnerschappen tussen scholen en bedrijven.',
      background: `De Estse onderzoeksraad (ETAg) is zowel de financier van onderzoek als het nationale STEM-platform van het land, en een van de vier oprichters van de coalitie. Met het programma TeaMe en het portaal miks.ee bereikt de raad jongeren al buiten de klas, en hij coördineert het Estse Onderzoeks- en Technologiepact.

Bij de voorbereiding van zijn strategische visie voor 2023–2029 wilde de raad meer zicht krijgen op twee terreinen: het brede maar versnipperde veld van **STEM-leren buiten school**, zoals hobbyclubs, verenigingen en wetenschapskampen, en **partnerschappen tussen scholen en bedrijven**. Op 7 juli 2021 vroeg hij de coalitie om te helpen leren van andere landen.`,
      objectives: `- Uitzoeken hoe vier vergelijkingslanden, **Noorwegen, Denemarken, Duitsland en Nederland**, STEM-leren buiten school organiseren en financieren.
- Leren hoe die landen duurzame partnerschappen tussen scholen en bedrijven opbouwen.
- De lessen vertalen in keuzemogelijkheden voor de strategische visie 2023–2029.`,
      results: `- **Eerste taskforcebijeenkomst** op 9 september 2021, twee maanden na het verzoek.
- De Estse programma’s waarop de visie voortbouwt, van TeaMe tot het Onderzoeks- en Technologiepact, staan in de tijdlijn hieronder.

**Stand van zaken:** de taskforce loopt nog.`,
    },
  },
  timeline: [
    {
      milestone: {
        date: '2021-09-09',
        title: { en: 'First taskforce meeting', nl: 'Eerste taskforcebijeenkomst' },
      },
    },
    {
      item: 'teame',
      note: {
        en: 'The Council’s own programme for reaching young people outside school.',
        nl: 'Het eigen programma van de raad om jongeren buiten school te bereiken.',
      },
    },
    {
      item: 'smartgene-steam-school',
      note: {
        en: 'An example of the non-formal STEM learning the vision looks at.',
        nl: 'Een voorbeeld van het STEM-leren buiten school waar de visie naar kijkt.',
      },
    },
    { item: 'research-and-technology-pact' },
    {
      item: 'returning-researcher-grant',
      note: {
        en: 'The research end of the talent pipeline that the vision covers.',
        nl: 'De onderzoekskant van de talentketen die de visie bestrijkt.',
      },
    },
  ],
};

// T5 — the facts name only "Denmark" as requester; see the background for the choice made here.
const DENMARK: SeedDossier = {
  slug: 'danish-technology-pact-taskforce',
  originalLang: 'en',
  status: 'finalised',
  instruments: ['taskforce_meetings'],
  requesters: ['danish-foundation-for-entrepreneurship'],
  platforms: ['astra', 'ptvt'],
  countries: ['DK'],
  regions: ['central-denmark'],
  startsOn: '2016-09-29',
  versions: {
    en: {
      title: 'Danish Technology Pact',
      summary:
        'Inspired by the Dutch Techniekpact, Danish stakeholders worked with the coalition from 2016 on a national technology pact. Four ministers and some 80 organisations launched it on 22 April 2018.',
      background: `In 2015 the idea came up in Denmark of tackling the shortage of people with science and technology skills the way the Netherlands did: with a **technology pact** in which government, employers, unions and education commit to shared goals. The Dutch pact of 2013, renewed in 2016, offered a working example.

The coalition opened this taskforce on 29 September 2016, the day its General Assembly in Copenhagen, hosted by the Danish platform Astra, launched the network’s first three-year action plan.

The request came from Danish stakeholders as a group rather than from a single organisation; earlier records simply name “Denmark”. This dossier lists the **Danish Foundation for Entrepreneurship** as the requesting organisation, because it coordinates the pact that the taskforce produced and represents it in the coalition.`,
      objectives: `- Help Danish partners shape a national technology pact, learning from the Dutch pact’s structure, targets and partners.
- Share how the Netherlands monitors its pact, so that Denmark could follow its own progress from the start.
- Support a regional pact in the Central Denmark Region (Midtjylland), bringing the approach closer to schools and employers.`,
      results: `- **Pact launched.** On 22 April 2018 four ministers and about 80 organisations launched the **Danish Technology Pact**. It runs until 2028, is anchored in four ministries and is coordinated by the Danish Foundation for Entrepreneurship.
- **Regional pact.** Alongside the national pact, the coalition supported a Regional Technology Pact in Midtjylland.
- **Monitoring example.** The highlights of the Dutch Technology Pact Monitor served as an example of how to make a pact’s progress visible.

**Current state:** the taskforce reached its goal and is finalised.`,
    },
    nl: {
      title: 'Deens Technologiepact',
      summary:
        'Geïnspireerd door het Nederlandse Techniekpact werkten Deense partijen vanaf 2016 met de coalitie aan een nationaal technologiepact. Vier ministers en zo’n tachtig organisaties lanceerden het op 22 april 2018.',
      background: `In 2015 ontstond in Denemarken het idee om het tekort aan mensen met bètatechnische vaardigheden aan te pakken zoals Nederland dat deed: met een **technologiepact** waarin overheid, werkgevers, vakbonden en onderwijs zich aan gezamenlijke doelen verbinden. Het Nederlandse pact uit 2013, in 2016 vernieuwd, was een werkend voorbeeld.

De coalitie opende deze taskforce op 29 september 2016, de dag waarop haar Algemene Vergadering in Kopenhagen, georganiseerd door het Deense platform Astra, het eerste driejarige actieplan van het netwerk startte.

Het verzoek kwam van Deense partijen gezamenlijk en niet van één organisatie; oudere overzichten noemen simpelweg ‘Denemarken’. Dit dossier vermeldt de **Deense stichting voor ondernemerschap** als aanvrager, omdat zij het pact coördineert dat uit de taskforce voortkwam en het in de coalitie vertegenwoordigt.`,
      objectives: `- Deense partners helpen een nationaal technologiepact vorm te geven, met lessen uit de opzet, doelen en partners van het Nederlandse pact.
- Delen hoe Nederland zijn pact volgt, zodat Denemarken vanaf het begin zijn eigen voortgang kon meten.
- Een regionaal pact in Midden-Jutland steunen, zodat de aanpak dichter bij scholen en werkgevers komt.`,
      results: `- **Pact gelanceerd.** Op 22 april 2018 lanceerden vier ministers en ongeveer tachtig organisaties het **Deense Technologiepact**. Het loopt tot 2028, is verankerd in vier ministeries en wordt gecoördineerd door de Deense stichting voor ondernemerschap.
- **Regionaal pact.** Naast het landelijke pact steunde de coalitie een regionaal technologiepact in Midden-Jutland.
- **Voorbeeld voor monitoring.** De hoogtepunten van de Nederlandse Techniekpact Monitor dienden als voorbeeld van hoe je de voortgang van een pact zichtbaar maakt.

**Stand van zaken:** de taskforce heeft haar doel bereikt en is afgerond.`,
    },
  },
  timeline: [
    {
      item: 'technology-pact-monitor-highlights-2020',
      note: {
        en: 'An example of how a pact can show its progress at a glance.',
        nl: 'Een voorbeeld van hoe een pact zijn voortgang in één oogopslag laat zien.',
      },
    },
    { item: 'university-world-news-danish-pact' },
    {
      milestone: {
        date: '2018-04-22',
        title: {
          en: 'Technology Pact launched by four ministers and 80 organisations',
          nl: 'Technologiepact gelanceerd door vier ministers en 80 organisaties',
        },
      },
    },
    { item: 'taskforce-meeting-copenhagen-2017' },
    {
      item: 'general-assembly-copenhagen-2016',
      note: {
        en: 'The taskforce started on the day of this assembly.',
        nl: 'De taskforce begon op de dag van deze vergadering.',
      },
    },
    {
      item: 'technology-pact-2016-2020',
      note: {
        en: 'The Dutch pact that inspired the Danish one.',
        nl: 'Het Nederlandse pact dat het Deense inspireerde.',
      },
    },
    {
      item: 'danish-technology-pact',
      note: { en: 'The pact as it runs today (2018–2028).', nl: 'Het pact zoals het nu loopt (2018–2028).' },
    },
    { item: 'regional-technology-pact-central-denmark' },
  ],
};

// T7
const HUNGARY: SeedDossier = {
  slug: 'hungarian-stem-platform',
  originalLang: 'en',
  status: 'finalised',
  instruments: ['taskforce_meetings'],
  requesters: ['obuda-university'],
  platforms: ['astra', 'luma-centre-finland', 'ncsr', 'hungarian-stem-platform'],
  countries: ['HU'],
  startsOn: '2017-04-01',
  versions: {
    en: {
      title: 'Hungarian STEM platform',
      summary:
        'At the government’s request, Óbuda University asked the coalition to help set up a national STEM platform for Hungary. The Hungarian STEM Platform was launched in Budapest on 25 April 2018.',
      background: `Hungary had no national body to coordinate the programmes in which schools and companies work together. The state secretary responsible gave **Óbuda University**, a university of technology in Budapest with about 13,000 students, the task of setting up a national STEM platform.

The university turned to the coalition for the experience of countries that already had one. The taskforce started on 1 April 2017.`,
      objectives: `- Help Óbuda University design a national platform that coordinates school–company programmes across Hungary.
- Learn from established platforms how to organise governance, funding and cooperation with industry.
- Launch the platform with the support of the coalition’s members.`,
      results: `- **Platform launched.** On 25 April 2018 the **Hungarian STEM Platform** was launched at a coalition taskforce meeting in Budapest. A panel of directors from Astra (Denmark), the Central Finland centre of LUMA and the Norwegian Centre for Science Recruitment shared what it takes to run a national platform.
- **A new member.** The platform, based at Óbuda University, coordinates Hungarian school–company programmes and takes part in the coalition.
- **Passing it on.** In April 2023 the Hungarian platform hosted a taskforce meeting of its own, with guests from Romania, Slovakia, Bulgaria and Croatia.

**Current state:** with the launch the taskforce reached its goal and is finalised.`,
    },
    nl: {
      title: 'Hongaars STEM-platform',
      summary:
        'Op verzoek van de regering vroeg de Óbuda-universiteit de coalitie om hulp bij het opzetten van een nationaal STEM-platform voor Hongarije. Het Hongaarse STEM-platform werd op 25 april 2018 in Boedapest gelanceerd.',
      background: `Hongarije had geen landelijke organisatie die de programma’s coördineerde waarin scholen en bedrijven samenwerken. De verantwoordelijke staatssecretaris gaf de **Óbuda-universiteit**, een technische universiteit in Boedapest met zo’n 13.000 studenten, de opdracht een nationaal STEM-platform op te zetten.

De universiteit wendde zich tot de coalitie voor de ervaring van landen die al zo’n platform hadden. De taskforce begon op 1 april 2017.`,
      objectives: `- De Óbuda-universiteit helpen een nationaal platform te ontwerpen dat programma’s van scholen en bedrijven in heel Hongarije coördineert.
- Van ervaren platforms leren hoe je bestuur, financiering en samenwerking met het bedrijfsleven organiseert.
- Het platform lanceren met steun van de leden van de coalitie.`,
      results: `- **Platform gelanceerd.** Op 25 april 2018 werd het **Hongaarse STEM-platform** gelanceerd tijdens een taskforcebijeenkomst van de coalitie in Boedapest. Een panel van directeuren van Astra (Denemarken), het LUMA-centrum van Centraal-Finland en het Noorse centrum voor bètawerving vertelde wat er nodig is om een nationaal platform te leiden.
- **Een nieuw lid.** Het platform, gevestigd bij de Óbuda-universiteit, coördineert Hongaarse programma’s van scholen en bedrijven en doet mee in de coalitie.
- **Ervaring doorgeven.** In april 2023 organiseerde het Hongaarse platform zelf een taskforcebijeenkomst, met gasten uit Roemenië, Slowakije, Bulgarije en Kroatië.

**Stand van zaken:** met de lancering bereikte de taskforce haar doel; ze is afgerond.`,
    },
  },
  timeline: [
    {
      item: 'hungarian-taskforce-meeting-2023',
      note: {
        en: 'A follow-up, five years after the launch.',
        nl: 'Een vervolg, vijf jaar na de lancering.',
      },
    },
    {
      milestone: {
        date: '2018-04-25',
        title: { en: 'Hungarian STEM Platform launched', nl: 'Hongaars STEM-platform gelanceerd' },
      },
    },
    { item: 'taskforce-meeting-budapest-2018' },
  ],
};

// T8 — a single policy briefing rather than a series of meetings.
const BALTIC: SeedDossier = {
  slug: 'baltic-assembly-education-innovation-committees',
  originalLang: 'en',
  status: 'finalised',
  instruments: ['policy_briefing'],
  requesters: ['baltic-assembly'],
  platforms: ['etag'],
  countries: ['EE', 'LV', 'LT'],
  startsOn: '2022-02-02',
  versions: {
    en: {
      title: 'Input for the joint meeting of the Education and Innovation Committees of the Baltic Assembly',
      summary:
        'The Baltic Assembly asked the coalition to brief a joint meeting of its Education and Innovation committees on 2 February 2022. The coalition delivered an introductory report on STEM and ICT trends, with recommendations.',
      background: `The Baltic Assembly is where the parliaments of Estonia, Latvia and Lithuania work together. Its committees on education and on innovation held a joint meeting on 2 February 2022 on STEM and ICT, and asked the coalition for input.

Estonia has been part of the coalition from the start through the Estonian Research Council; Latvia was not yet represented. The request was handled as a **policy briefing**, the lightest of the coalition’s instruments, rather than as a full taskforce.`,
      objectives: `- Give the members of both committees a concise overview of trends in STEM and ICT education and skills.
- Offer recommendations that fit the situation of the three Baltic states.
- Explore how all three countries can be represented in the network of national STEM platforms.`,
      results: `- **Introductory report.** The coalition presented a report on STEM and ICT trends, followed by recommendations for the three countries.
- **A Latvian contact.** As a concrete outcome, Riga Technical University was recommended as the organisation to represent Latvia in the coalition.

**Current state:** the briefing was delivered and the dossier is finalised.`,
    },
    nl: {
      title:
        'Input voor de gezamenlijke vergadering van de commissies Onderwijs en Innovatie van de Baltische Assemblee',
      summary:
        'De Baltische Assemblee vroeg de coalitie om een briefing voor de gezamenlijke vergadering van haar commissies Onderwijs en Innovatie op 2 februari 2022. De coalitie leverde een inleidend rapport over trends in STEM en ICT, met aanbevelingen.',
      background: `In de Baltische Assemblee werken de parlementen van Estland, Letland en Litouwen samen. De commissies voor onderwijs en voor innovatie kwamen op 2 februari 2022 gezamenlijk bijeen over STEM en ICT, en vroegen de coalitie om input.

Estland is via de Estse onderzoeksraad vanaf het begin lid van de coalitie; Letland was nog niet vertegenwoordigd. Het verzoek werd behandeld als **beleidsbriefing**, het lichtste instrument van de coalitie, en niet als volledige taskforce.`,
      objectives: `- De leden van beide commissies een beknopt overzicht geven van trends in STEM- en ICT-onderwijs en -vaardigheden.
- Aanbevelingen doen die passen bij de situatie van de drie Baltische staten.
- Verkennen hoe alle drie de landen vertegenwoordigd kunnen zijn in het netwerk van nationale STEM-platforms.`,
      results: `- **Inleidend rapport.** De coalitie presenteerde een rapport over trends in STEM en ICT, gevolgd door aanbevelingen voor de drie landen.
- **Een Letse partner.** Als concreet resultaat werd de Technische Universiteit van Riga aanbevolen om Letland in de coalitie te vertegenwoordigen.

**Stand van zaken:** de briefing is geleverd en het dossier is afgerond.`,
    },
  },
  timeline: [{ item: 'baltic-assembly-stem-ict-report-2022' }],
};

/** All eight dossiers, in the order of the facts (T1–T8). */
export const DOSSIERS: SeedDossier[] = [
  STEAMSARE,
  BRETAGNE,
  NORWEGIAN_STRATEGY,
  ESTONIA,
  DENMARK,
  NORWEGIAN_PACT,
  HUNGARY,
  BALTIC,
];
