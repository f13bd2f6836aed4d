// Programmes and initiatives outside the Netherlands (the coalition's "programme mapping").
// Facts from /work/shared/reference/seed-facts.md §9.3–9.4 and §9.6; the wording is our own.
import type { SeedItem } from './types.ts';

export const EUROPEAN_PROGRAMME_ITEMS: SeedItem[] = [
  {
    slug: 'ent3r',
    type: 'programme',
    originalLang: 'en',
    organisation: 'ncsr',
    countries: ['NO'],
    levels: ['secondary'],
    themes: ['informal_learning', 'gender', 'inclusion'],
    yearStart: 2010,
    externalUrl: 'https://www.stemcoalition.eu/programmes/ent3r',
    related: [
      'ent3r-pupil-survey-2019',
      'norwegian-close-to-stem-strategy',
      'webinar-stem-platforms-covid-19',
    ],
    versions: {
      en: {
        title: 'ENT3R: mentoring in maths and science by students',
        summary:
          'ENT3R is a free Norwegian programme in which university students in science and technology give pupils mentoring, homework help and exam preparation.',
        body: `The Norwegian Centre for Science Recruitment started ENT3R in 2010. The idea is simple: students in science and technology programmes act as mentors for pupils in lower and upper secondary school. Pupils get free help with maths and science, and at the same time meet young role models who chose a STEM study themselves.

ENT3R runs at 17 university and college campuses and offers:

- regular mentoring sessions in small groups
- homework help
- preparation for exams

During the COVID-19 crisis ENT3R moved online: pupils logged into a virtual classroom with a shared digital board and got help one to one or in groups. The coalition presented this case at its webinar in June 2020.

The programme was part of the national strategy “Close to STEM”. Every year it surveys its pupils; that survey is the programme’s main indicator.`,
        fields: {
          objectives:
            'Strengthen pupils’ results and confidence in maths and science, and interest them in STEM studies through student role models.',
          impact:
            'In the 2019 pupil survey, 92% of participants were satisfied and 73% felt more confident in maths and science.',
          reach: 'Runs at 17 campuses; in 2019, 68% of participants were girls.',
          kpi: 'A yearly survey among participating pupils.',
        },
      },
      nl: {
        title: 'ENT3R: studenten als mentor in wiskunde en bètavakken',
        summary:
          'ENT3R is een gratis Noors programma waarin bètastudenten leerlingen begeleiden met mentoraat, huiswerkhulp en examentraining.',
        body: `Het Noorse centrum voor bètawerving startte ENT3R in 2010. Het idee is eenvoudig: studenten in bètatechnische opleidingen worden mentor van leerlingen in het voortgezet onderwijs. De leerlingen krijgen gratis hulp bij wiskunde en de bètavakken en ontmoeten tegelijk jonge rolmodellen die zelf voor een bètastudie kozen.

ENT3R draait op 17 campussen van universiteiten en hogescholen en biedt:

- vaste mentorbijeenkomsten in kleine groepen
- huiswerkbegeleiding
- voorbereiding op examens

Tijdens de coronacrisis ging ENT3R online: leerlingen logden in op een virtueel klaslokaal met een gedeeld digitaal bord en kregen individueel of in groepjes hulp. De coalitie besprak deze aanpak in haar webinar van juni 2020.

Het programma hoorde bij de nationale strategie ‘Close to STEM’. Elk jaar worden de deelnemers ondervraagd; die enquête is de belangrijkste maatstaf van het programma.`,
        fields: {
          objectives:
            'De resultaten en het zelfvertrouwen van leerlingen in wiskunde en bètavakken versterken en hen met studenten als rolmodel interesseren voor een bètastudie.',
          impact:
            'In de leerlingenenquête van 2019 was 92% tevreden en voelde 73% zich zekerder in wiskunde en bètavakken.',
          reach: 'Actief op 17 campussen; in 2019 was 68% van de deelnemers een meisje.',
          kpi: 'Een jaarlijkse enquête onder deelnemende leerlingen.',
        },
      },
    },
  },
  {
    slug: 'start',
    type: 'programme',
    originalLang: 'en',
    organisation: 'luma-centre-finland',
    countries: ['FI'],
    levels: ['early_childhood', 'primary', 'secondary'],
    themes: ['competitions', 'informal_learning'],
    yearStart: 2016,
    related: ['naturfagsmaraton', 'taskforce-meeting-norway-2023'],
    versions: {
      en: {
        title: 'StarT: project learning from local showcase to national gala',
        summary:
          'StarT is LUMA Centre Finland’s flagship programme, launched in 2016, in which children and young people carry out STEM projects and present them at local, regional and national events.',
        body: `LUMA Centre Finland launched StarT in 2016 as its flagship programme. Groups of children and young people, often with their teachers, choose a real-world question and work on it as a project that combines science, technology and mathematics with other subjects.

StarT is organised on three levels:

1. **Local** – groups work on their projects in schools, kindergartens or clubs and share them in their own community.
2. **Regional** – selected projects are shown at regional festivals hosted by the LUMA centres.
3. **National and international** – the best work is celebrated at a gala.

Because the 13 regional LUMA centres sit at universities, StarT connects schools with researchers and students. The programme is listed in the coalition’s mapping under competitions, and LUMA has shared its experience in several coalition meetings, including the Norwegian taskforce in March 2023.`,
        fields: {
          objectives:
            'Encourage children and young people to learn science, technology and mathematics through their own projects, and give their work a public stage.',
        },
      },
      nl: {
        state: 'review',
        title: 'StarT: projectonderwijs van lokale presentatie tot landelijk gala',
        summary:
          'StarT is het vlaggenschipprogramma van LUMA Centre Finland uit 2016, waarin kinderen en jongeren STEM-projecten uitvoeren en presenteren op lokale, regionale en landelijke evenementen.',
        body: `LUMA Centre Finland begon StarT in 2016 als vlaggenschipprogramma. Groepjes kinderen en jongeren kiezen, vaak met hun leraar, een vraag uit het echte leven en werken die uit in een project waarin natuurwetenschap, techniek en wiskunde samenkomen met andere vakken.

StarT kent drie niveaus:

1. **Lokaal** – groepen werken aan hun project op school, in de kinderopvang of in een club en laten het zien in hun eigen omgeving.
2. **Regionaal** – geselecteerde projecten worden getoond op regionale festivals van de LUMA-centra.
3. **Landelijk en internationaal** – het beste werk wordt gevierd op een gala.

Doordat de dertien regionale LUMA-centra aan universiteiten verbonden zijn, brengt StarT scholen in contact met onderzoekers en studenten. LUMA deelde zijn ervaringen in verschillende bijeenkomsten van de coalitie, waaronder de Noorse taskforce van maart 2023.`,
        fields: {
          objectives:
            'Kinderen en jongeren via eigen projecten natuurwetenschap, techniek en wiskunde laten leren, en hun werk een publiek podium geven.',
        },
      },
    },
  },
  {
    slug: 'returning-researcher-grant',
    type: 'programme',
    originalLang: 'en',
    organisation: 'etag',
    countries: ['EE'],
    levels: ['higher'],
    themes: ['research_careers'],
    yearStart: 2020,
    externalUrl: 'http://stemcoalition.eu/taxonomy/term/41',
    related: ['teame', 'research-and-technology-pact'],
    versions: {
      en: {
        title: 'Returning Researcher Grant (Estonia)',
        summary:
          'A grant of the Estonian Research Council, available since 2020, that helps researchers who have worked abroad to restart their careers in Estonia.',
        body: `Estonia, like many smaller countries, sees talented researchers leave for positions abroad. The Estonian Research Council introduced the Returning Researcher Grant in 2020 to make it easier for them to come back and build their research careers at an Estonian institution.

The grant pays for a research project of limited duration, giving the returning researcher time to set up a group, connect with local colleagues and apply for larger funding. In the 2023 call the grant was worth €72,000 a year, for a period of 12 to 24 months.

The programme sits at the research end of the STEM pipeline that the Estonian Research Council covers as the country’s STEM platform: from the TeaMe popular-science programme and the miks.ee portal for young people to support for researchers’ careers.`,
        fields: {
          objectives: 'Attract researchers who have worked abroad back to Estonian research institutions.',
          budget: '€72,000 a year per grant in the 2023 call, for 12–24 months.',
        },
      },
    },
  },
  {
    slug: 'teame',
    type: 'programme',
    originalLang: 'en',
    organisation: 'etag',
    countries: ['EE'],
    levels: ['primary', 'secondary'],
    themes: ['informal_learning', 'careers'],
    externalUrl: 'https://etag.ee/en/funding/programmes/teame-3-0',
    related: ['returning-researcher-grant', 'research-and-technology-pact', 'smartgene-steam-school'],
    versions: {
      en: {
        title: 'TeaMe: popularising science among young people in Estonia',
        summary:
          'TeaMe is the Estonian Research Council’s programme for bringing science and technology closer to young people; its current phase is called TeaMe 3.0.',
        body: `Through TeaMe, the Estonian Research Council supports activities that make science and technology visible and attractive to children and young people. The programme has run in several phases; the current one is known as TeaMe 3.0.

Activities supported under the TeaMe umbrella include:

- popular-science content and events for young audiences
- information on careers in research and technology
- the youth portal **miks.ee**, which the Council runs alongside the programme

TeaMe is one of the instruments that make the Estonian Research Council a natural STEM platform: it links the research world with schools and out-of-school learning. This is also the theme of the coalition taskforce on the Council’s strategic vision for 2023–2029, which looks at how non-formal learning, such as hobby groups and camps, can support STEM.`,
        fields: {
          objectives:
            'Raise young people’s interest in science and technology and their awareness of research careers.',
        },
      },
      nl: {
        state: 'draft',
        title: 'TeaMe: wetenschap dichter bij Estse jongeren',
        summary:
          'TeaMe is het programma van de Estse onderzoeksraad om wetenschap en techniek dichter bij jongeren te brengen; de huidige fase heet TeaMe 3.0.',
        body: `Met TeaMe ondersteunt de Estse onderzoeksraad activiteiten die wetenschap en techniek zichtbaar en aantrekkelijk maken voor kinderen en jongeren. Het programma kende meerdere fasen; de huidige heet TeaMe 3.0.

Onder TeaMe vallen onder meer:

- populairwetenschappelijke inhoud en evenementen voor een jong publiek
- informatie over loopbanen in onderzoek en techniek
- het jongerenportaal **miks.ee**, dat de raad naast het programma beheert

TeaMe is een van de instrumenten waardoor de onderzoeksraad een logisch STEM-platform is: het verbindt de onderzoekswereld met scholen en met leren buiten school.`,
      },
    },
  },
  {
    slug: 'smartgene-steam-school',
    type: 'programme',
    originalLang: 'en',
    countries: ['EE'],
    levels: ['early_childhood', 'primary'],
    themes: ['informal_learning', 'digital'],
    externalUrl: 'http://stemcoalition.eu/taxonomy/term/41',
    related: ['teame'],
    versions: {
      en: {
        title: 'Smartgene STEAM extracurricular school (Estonia)',
        summary:
          'An Estonian after-school programme with weekly classes in robotics, electronics and science for children from kindergarten up to grades 4–6.',
        body: `Smartgene is an extracurricular STEAM school in Estonia, included in the coalition’s programme mapping as an example of non-formal STEM learning. Children attend weekly classes outside school hours, from kindergarten age up to grades 4–6.

The classes cover three strands:

- **robotics** – building and programming simple robots
- **electronics** – circuits, sensors and small devices
- **science** – hands-on experiments

Out-of-school programmes like this are a key topic in the coalition’s Estonian taskforce, which asks how hobby groups, camps and clubs can be supported as part of the national STEM ecosystem and how they can work with companies. Smartgene shows what such provision looks like for the youngest age groups, well before pupils make any study choice.`,
      },
    },
  },
  {
    slug: 'research-and-technology-pact',
    type: 'programme',
    originalLang: 'en',
    organisation: 'etag',
    countries: ['EE'],
    levels: ['secondary', 'vet', 'higher', 'lifelong'],
    themes: ['intersectoral', 'policy_making'],
    related: ['technology-pact-programme', 'danish-technology-pact', 'teame'],
    versions: {
      en: {
        title: 'Research and Technology Pact (Estonia)',
        summary:
          'A cooperation agreement, coordinated by the Estonian Research Council, in which government, education, research and business work together on the supply of STEM talent.',
        body: `Estonia’s Research and Technology Pact follows the same logic as the pacts in the Netherlands and Denmark: the problem of too few people with science and technology skills cannot be solved by one ministry or sector alone, so the parties involved commit to shared goals and actions.

The Estonian Research Council coordinates the pact. That fits its role as the national STEM platform, which already spans:

- the TeaMe programme for young people and the miks.ee portal
- research funding and career support, such as the Returning Researcher Grant
- the coalition’s Nordic activities, which it leads together with the Norwegian centre

The Dutch and Danish pacts were discussed in several coalition meetings; the Estonian pact belongs to the same family and can draw on their experience, for instance in monitoring progress.`,
        fields: {
          objectives:
            'Bring government, education, research and business together around shared actions for more STEM talent.',
        },
      },
      nl: {
        title: 'Onderzoeks- en Technologiepact (Estland)',
        summary:
          'Een samenwerkingsafspraak, gecoördineerd door de Estse onderzoeksraad, waarin overheid, onderwijs, onderzoek en bedrijfsleven samen werken aan voldoende bètatechnisch talent.',
        body: `Het Estse Onderzoeks- en Technologiepact volgt dezelfde gedachte als de pacten in Nederland en Denemarken: het tekort aan mensen met bètatechnische vaardigheden los je niet op met één ministerie of sector. Daarom verbinden de betrokken partijen zich aan gezamenlijke doelen en acties.

De Estse onderzoeksraad coördineert het pact. Dat past bij zijn rol als nationaal STEM-platform, dat al een breed terrein bestrijkt:

- het programma TeaMe voor jongeren en het portaal miks.ee
- onderzoeksfinanciering en loopbaansteun, zoals de Returning Researcher Grant
- de Noordse activiteiten van de coalitie, die de raad samen met het Noorse centrum leidt

Het Nederlandse en het Deense pact kwamen in meerdere bijeenkomsten van de coalitie aan bod; het Estse pact hoort tot dezelfde familie en kan voortbouwen op hun ervaring, bijvoorbeeld bij het volgen van de voortgang.`,
        fields: {
          objectives:
            'Overheid, onderwijs, onderzoek en bedrijfsleven verenigen rond gezamenlijke acties voor meer bètatechnisch talent.',
        },
      },
    },
  },
  {
    slug: 'danish-technology-pact',
    type: 'programme',
    originalLang: 'en',
    organisation: 'danish-foundation-for-entrepreneurship',
    partners: ['government-of-denmark'],
    countries: ['DK'],
    levels: ['primary', 'secondary', 'vet', 'higher', 'lifelong'],
    themes: ['intersectoral', 'policy_making', 'school_company'],
    yearStart: 2018,
    yearEnd: 2028,
    externalUrl: 'http://stemcoalition.eu/dossiers/danish-technology-pact',
    related: [
      'danish-technology-pact-launch',
      'technology-pact-programme',
      'university-world-news-danish-pact',
      'technology-pact-monitor-highlights-2020',
      'regional-technology-pact-central-denmark',
    ],
    versions: {
      en: {
        title: 'Danish Technology Pact',
        summary:
          'A ten-year national pact (2018–2028), coordinated by the Danish Foundation for Entrepreneurship, that unites ministries, companies and education to get more Danes into science and technology.',
        body: `The Danish Technology Pact was inspired by the Dutch Techniekpact. The idea was first raised in 2015; in September 2016 the coalition opened a taskforce to help Danish stakeholders work it out, with exchanges on the Dutch experience and its monitoring.

On 22 April 2018 four ministers and about 80 organisations launched the pact. It is anchored in four ministries and coordinated by the Danish Foundation for Entrepreneurship, and it runs until 2028. Like its Dutch model, the pact works along the whole pathway:

- getting more young people interested in science and technology
- getting more of them to complete a STEM education
- getting more people to work in STEM jobs

Alongside the national pact, the coalition also supported a Regional Technology Pact in the Central Denmark Region. The Danish taskforce has since been finalised.`,
        fields: {
          objectives:
            'Get more Danes to choose, complete and work in science, technology, engineering and mathematics.',
          reach: 'Launched with about 80 partner organisations and four ministries.',
        },
      },
      nl: {
        title: 'Deens Technologiepact',
        summary:
          'Een tienjarig landelijk pact (2018–2028), gecoördineerd door de Deense stichting voor ondernemerschap, waarin ministeries, bedrijven en onderwijs samen meer Denen naar bèta en techniek willen leiden.',
        body: `Het Deense Technologiepact is geïnspireerd op het Nederlandse Techniekpact. Het idee kwam voor het eerst op in 2015; in september 2016 startte de coalitie een taskforce om Deense partijen te helpen het uit te werken, onder meer met kennis over de Nederlandse aanpak en de monitoring daarvan.

Op 22 april 2018 lanceerden vier ministers en ongeveer tachtig organisaties het pact. Het is verankerd in vier ministeries, wordt gecoördineerd door de Deense stichting voor ondernemerschap en loopt tot 2028. Net als zijn Nederlandse voorbeeld bestrijkt het pact de hele route:

- meer jongeren interesseren voor bèta en techniek
- meer van hen een STEM-opleiding laten afronden
- meer mensen laten werken in STEM-beroepen

Naast het landelijke pact steunde de coalitie ook een regionaal technologiepact in Midden-Jutland. De Deense taskforce is inmiddels afgerond.`,
        fields: {
          objectives: 'Meer Denen laten kiezen voor, afstuderen in en werken in bèta, techniek en wiskunde.',
          reach: 'Gestart met ongeveer tachtig partnerorganisaties en vier ministeries.',
        },
      },
    },
  },
  {
    slug: 'regional-technology-pact-central-denmark',
    type: 'programme',
    originalLang: 'en',
    countries: ['DK'],
    regions: ['central-denmark'],
    levels: ['primary', 'secondary', 'vet'],
    themes: ['intersectoral', 'school_company'],
    related: ['danish-technology-pact'],
    versions: {
      en: {
        title: 'Regional Technology Pact in Central Denmark',
        summary:
          'A regional version of the technology pact in the Central Denmark Region (Midtjylland), which the coalition supported alongside the national Danish pact.',
        body: `While the Danish taskforce helped to prepare the national Technology Pact, the coalition also lent support to a regional pact in the Central Denmark Region (Midtjylland).

A regional pact brings the same partners together closer to where pupils, schools and employers actually meet:

- municipalities and the region
- schools and vocational colleges
- local and regional companies

The Dutch Technology Pact showed that regional structures matter: the Netherlands works through larger areas, each with its own agenda and partners. The Central Denmark initiative applied that lesson in a Danish setting. The coalition’s sources do not give further details on the regional pact’s targets or results.`,
      },
    },
  },
  {
    slug: 'tektanken',
    type: 'programme',
    originalLang: 'en',
    organisation: 'naturvidenskabernes-hus',
    countries: ['DK'],
    levels: ['primary', 'secondary'],
    themes: ['school_company', 'careers'],
    related: ['naturfagsmaraton', 'jet-net-technet-programme'],
    versions: {
      en: {
        title: 'Tektanken: Danish companies opening their doors to schools',
        summary:
          'Tektanken is a Danish company network run by Naturvidenskabernes Hus, in which large industrial firms and more than 500 other companies work with schools to show pupils technology at work.',
        body: `Naturvidenskabernes Hus (the House of Natural Sciences) runs Tektanken, a network of companies that want to show children and young people what science and technology look like in practice.

The core of the network is formed by five large Danish firms:

- Danfoss
- Grundfos
- Novozymes
- Coloplast
- Haldor Topsøe

Around this core, more than 500 other companies take part. They offer school visits, contributions to lessons and insight into technical jobs.

Tektanken shares its starting point with the Dutch Jet-Net network, which had a Danish spin-off from 2012: when large companies lead the way, smaller ones follow, and schools gain a steady partner in their region.`,
        fields: {
          reach: 'Five core companies and more than 500 participating companies.',
        },
      },
      nl: {
        state: 'review',
        title: 'Tektanken: Deense bedrijven openen hun deuren voor scholen',
        summary:
          'Tektanken is een Deens bedrijvennetwerk van Naturvidenskabernes Hus, waarin grote industriële bedrijven en ruim 500 andere ondernemingen met scholen samenwerken om leerlingen techniek in de praktijk te laten zien.',
        body: `Naturvidenskabernes Hus (het Huis van de Natuurwetenschappen) beheert Tektanken, een netwerk van bedrijven die kinderen en jongeren willen laten zien hoe natuurwetenschap en techniek er in de praktijk uitzien.

De kern bestaat uit vijf grote Deense bedrijven:

- Danfoss
- Grundfos
- Novozymes
- Coloplast
- Haldor Topsøe

Rond deze kern doen meer dan 500 andere bedrijven mee. Zij bieden schoolbezoeken, bijdragen aan lessen en een kijkje in technische beroepen.

Tektanken heeft hetzelfde vertrekpunt als het Nederlandse Jet-Net, dat vanaf 2012 een Deense afgeleide kreeg: als grote bedrijven het voortouw nemen, volgen kleinere, en krijgen scholen een vaste partner in hun regio.`,
        fields: {
          reach: 'Vijf kernbedrijven en meer dan 500 deelnemende bedrijven.',
        },
      },
    },
  },
  {
    slug: 'naturfagsmaraton',
    type: 'programme',
    originalLang: 'en',
    organisation: 'naturvidenskabernes-hus',
    countries: ['DK'],
    levels: ['primary'],
    themes: ['competitions', 'informal_learning', 'teachers'],
    related: ['tektanken', 'start'],
    versions: {
      en: {
        title: 'Naturfagsmaraton: a science relay for Danish pupils',
        summary:
          'A large-scale Danish science activity run by Naturvidenskabernes Hus, in which some 25,000 children and 1,200 teachers from 60 municipalities solve science tasks together.',
        body: `The Naturfagsmaraton (science marathon) is one of the best-known activities of Naturvidenskabernes Hus. Classes work through a series of hands-on science and technology tasks, and their results count towards a shared effort across the country.

The scale is considerable:

- about 25,000 children take part
- about 1,200 teachers guide them
- schools from 60 municipalities join in

For teachers the marathon provides ready-to-use material and a reason to spend more time on practical science. For pupils it combines teamwork with a touch of competition. The activity complements Tektanken, the company network of the same organisation, which brings pupils into contact with technology at work.`,
        fields: {
          reach: 'About 25,000 children, 1,200 teachers and 60 municipalities.',
        },
      },
    },
  },
  {
    slug: 'teknikcollege-programme',
    type: 'programme',
    originalLang: 'en',
    organisation: 'teknikcollege',
    countries: ['SE'],
    levels: ['secondary', 'vet', 'lifelong'],
    themes: ['school_company', 'intersectoral'],
    externalUrl: 'http://stemcoalition.eu/country/sweden',
    sourceNote:
      'Number of quality criteria: eight, from the coalition’s Sweden page; another source mentions ten.',
    related: ['taskforce-meeting-jet-net-technet-2018', 'taskforce-meeting-norway-2023'],
    versions: {
      en: {
        title: 'Teknikcollege: quality-labelled technical education in Sweden',
        summary:
          'Teknikcollege is a Swedish model in which companies, municipalities and education providers jointly run technical programmes that carry a shared quality label.',
        body: `In a Teknikcollege, companies in a region work with their municipality and local schools and training providers to shape technical education. Programmes that meet the agreed criteria are certified and can use the Teknikcollege label, so students and employers know what to expect.

The model has grown to a national network:

- about 3,000 companies
- 180 municipalities
- 150 education providers
- some 20,000 students

Quality is assured through eight criteria covering, among other things, cooperation with industry and the content of the programmes.

Teknikcollege was one of the organisations that asked for the coalition’s taskforce meeting on Jet-Net & TechNet in November 2018, and it shared its own experience with Norwegian stakeholders in March 2023.`,
        fields: {
          objectives:
            'Give students technical education that matches what regional industry needs, through close cooperation between companies, municipalities and schools.',
          reach: 'About 3,000 companies, 180 municipalities, 150 education providers and 20,000 students.',
          kpi: 'Certification against eight shared quality criteria.',
        },
      },
      nl: {
        title: 'Teknikcollege: technisch onderwijs met keurmerk in Zweden',
        summary:
          'Teknikcollege is een Zweeds model waarin bedrijven, gemeenten en opleiders samen technische opleidingen verzorgen die een gezamenlijk kwaliteitskeurmerk dragen.',
        body: `In een Teknikcollege werken bedrijven uit een regio samen met hun gemeente en met scholen en opleiders om het technisch onderwijs vorm te geven. Opleidingen die aan de afgesproken criteria voldoen, worden gecertificeerd en mogen het label Teknikcollege voeren. Zo weten leerlingen en werkgevers wat ze kunnen verwachten.

Het model is uitgegroeid tot een landelijk netwerk:

- ongeveer 3.000 bedrijven
- 180 gemeenten
- 150 opleiders
- zo’n 20.000 leerlingen

De kwaliteit wordt bewaakt met acht criteria, onder meer over de samenwerking met het bedrijfsleven en de inhoud van de opleidingen.

Teknikcollege vroeg mede om de taskforcebijeenkomst over Jet-Net & TechNet in november 2018 en deelde in maart 2023 zijn ervaringen met Noorse partijen.`,
        fields: {
          objectives:
            'Leerlingen technisch onderwijs bieden dat aansluit bij de behoefte van de regionale industrie, via nauwe samenwerking tussen bedrijven, gemeenten en scholen.',
          reach: 'Ongeveer 3.000 bedrijven, 180 gemeenten, 150 opleiders en 20.000 leerlingen.',
          kpi: 'Certificering op basis van acht gezamenlijke kwaliteitscriteria.',
        },
      },
    },
  },
  {
    slug: 'steamsare',
    type: 'programme',
    originalLang: 'en',
    organisation: 'innobasque',
    partners: ['government-of-the-basque-country'],
    countries: ['ES'],
    regions: ['basque-country'],
    levels: ['primary', 'secondary'],
    themes: ['school_company', 'careers'],
    externalUrl: 'https://stemcoalition.eu/dossiers/steamsare-programme-basque-country',
    related: [
      'basque-steam-strategy',
      'jet-net-technet-programme',
      'jnt-tool-page',
      'beta-techmentality-model',
      'steam-euskadi-awards',
    ],
    versions: {
      en: {
        title: 'STEAMsare: a school–company network for the Basque Country',
        summary:
          'STEAMsare is the Basque network of schools working on STEAM education; InnoBasque chose the Jet-Net model to add lasting partnerships with companies.',
        body: `As part of the Basque STEAM strategy, InnoBasque was asked to strengthen the links between schools and companies. On the advice of the Danish platform it contacted the coalition, and on 7 February 2018 a taskforce started.

After studying several options, the Basque partners chose the **Jet-Net model** used in the Netherlands and Denmark: lasting partnerships between one school and one company, supported by a coordinator. A pilot was planned for the 2020–21 school year.

The STEAM Sare network now involves 165 Basque schools. The taskforce drew on a set of reusable resources from the Netherlands:

- the description of the Jet-Net & TechNet partnership model
- the Bèta&TechMentality model of how young people relate to technology
- the Jet-Net & TechNet programme itself as a reference case`,
        fields: {
          objectives:
            'Connect Basque schools with companies through lasting partnerships, following the Jet-Net model, as part of the STEAM Euskadi strategy.',
          reach: '165 Basque schools in the STEAM Sare network.',
        },
      },
      nl: {
        title: 'STEAMsare: een netwerk van scholen en bedrijven in Baskenland',
        summary:
          'STEAMsare is het Baskische netwerk van scholen die werken aan STEAM-onderwijs; InnoBasque koos het Jet-Netmodel om daar vaste partnerschappen met bedrijven aan toe te voegen.',
        body: `Binnen de Baskische STEAM-strategie kreeg InnoBasque de opdracht de banden tussen scholen en bedrijven te versterken. Op advies van het Deense platform nam het contact op met de coalitie, en op 7 februari 2018 begon een taskforce.

Na verschillende opties te hebben bekeken kozen de Baskische partners het **Jet-Netmodel** uit Nederland en Denemarken: vaste partnerschappen tussen één school en één bedrijf, ondersteund door een coördinator. Voor het schooljaar 2020–21 was een pilot gepland.

Het STEAM Sare-netwerk omvat inmiddels 165 Baskische scholen. De taskforce maakte gebruik van herbruikbare bronnen uit Nederland:

- de beschrijving van het partnerschapsmodel van Jet-Net & TechNet
- het Bèta&TechMentality-model over hoe jongeren zich tot techniek verhouden
- het programma Jet-Net & TechNet zelf als voorbeeld`,
        fields: {
          objectives:
            'Baskische scholen via vaste partnerschappen met bedrijven verbinden, naar het Jet-Netmodel, als onderdeel van de strategie STEAM Euskadi.',
          reach: '165 Baskische scholen in het STEAM Sare-netwerk.',
        },
      },
    },
  },
  {
    slug: 'steam-euskadi-awards',
    type: 'programme',
    originalLang: 'en',
    organisation: 'government-of-the-basque-country',
    countries: ['ES'],
    regions: ['basque-country'],
    levels: ['primary', 'secondary', 'vet'],
    themes: ['competitions'],
    externalUrl: 'https://europedigitalhub.eus/en/eworld/ii-steam-sariak-banatu-dituzte',
    related: ['basque-steam-strategy', 'steamsare'],
    versions: {
      en: {
        title: 'STEAM Euskadi awards',
        summary:
          'Annual Basque awards for school projects in science, technology, engineering, arts and mathematics, created under the STEAM Euskadi strategy.',
        body: `The STEAM Euskadi awards (STEAM sariak) reward schools in the Basque Country for projects that bring science, technology, engineering, arts and mathematics together. They are one of the visible actions of the STEAM Euskadi strategy that the Basque Government launched in June 2018.

Participation has grown from edition to edition:

- **1st edition** – 113 entries
- **2nd edition** – 137 entries
- **4th edition** – prize money of €18,000 across three categories, with a submission deadline of 9 February 2024

By making good practice visible, the awards help other schools in the STEAM Sare network learn from each other.`,
        fields: {
          objectives: 'Recognise and spread good STEAM practice in Basque schools.',
          reach: '113 entries in the first edition and 137 in the second.',
          budget: '€18,000 in prizes across three categories (4th edition).',
        },
      },
      nl: {
        title: 'STEAM Euskadi-prijzen',
        summary:
          'Jaarlijkse Baskische prijzen voor schoolprojecten in bèta, techniek, kunst en wiskunde, ingesteld binnen de strategie STEAM Euskadi.',
        body: `De STEAM Euskadi-prijzen (STEAM sariak) belonen scholen in Baskenland voor projecten waarin natuurwetenschap, techniek, engineering, kunst en wiskunde samenkomen. Ze zijn een van de zichtbare acties van de strategie STEAM Euskadi, die de Baskische regering in juni 2018 lanceerde.

De deelname groeide per editie:

- **1e editie** – 113 inzendingen
- **2e editie** – 137 inzendingen
- **4e editie** – € 18.000 prijzengeld verdeeld over drie categorieën, met 9 februari 2024 als uiterste inzenddatum

Door goede voorbeelden zichtbaar te maken, helpen de prijzen andere scholen in het STEAM Sare-netwerk van elkaar te leren.`,
        fields: {
          objectives: 'Goede STEAM-praktijken in Baskische scholen erkennen en verspreiden.',
          reach: '113 inzendingen in de eerste en 137 in de tweede editie.',
          budget: '€ 18.000 prijzengeld in drie categorieën (4e editie).',
        },
      },
    },
  },
  {
    slug: 'stemcat',
    type: 'programme',
    originalLang: 'en',
    organisation: 'government-of-catalonia',
    countries: ['ES'],
    regions: ['catalonia'],
    levels: ['primary', 'secondary', 'vet'],
    themes: ['policy_making'],
    yearStart: 2017,
    externalUrl: 'http://www.stemcoalition.eu/node?page=43',
    related: ['basque-steam-strategy'],
    versions: {
      en: {
        title: 'STEMcat: the Catalan plan for STEM education',
        summary:
          'STEMcat is the plan of the Government of Catalonia, agreed in February 2017, that organises its work on STEM education around four focus areas.',
        body: `In February 2017 the Government of Catalonia agreed the STEMcat plan. It gives a common frame to the many initiatives for science, technology, engineering and mathematics in Catalan education, and groups them under four focus areas.

With STEMcat, Catalonia became one of two Spanish regions, together with the Basque Country, with its own STEM policy and a place in the coalition. The two regions show that in countries where education is largely a regional matter, a regional government can play the role that a national STEM platform plays elsewhere.

The coalition’s sources name the plan and its four focus areas but do not describe them in detail; readers who need more should consult the Catalan government’s own publications.`,
        fields: {
          objectives: 'Give Catalan STEM education a shared frame, organised around four focus areas.',
        },
      },
      nl: {
        title: 'STEMcat: het Catalaanse plan voor STEM-onderwijs',
        summary:
          'STEMcat is het plan van de Catalaanse regering uit februari 2017 dat haar werk aan STEM-onderwijs rond vier speerpunten ordent.',
        body: `In februari 2017 sprak de Catalaanse regering het plan STEMcat af. Het geeft een gemeenschappelijk kader aan de vele initiatieven voor natuurwetenschap, techniek, engineering en wiskunde in het Catalaanse onderwijs, gegroepeerd in vier speerpunten.

Met STEMcat werd Catalonië, naast Baskenland, een van de twee Spaanse regio’s met een eigen STEM-beleid en een plaats in de coalitie. Beide regio’s laten zien dat in landen waar onderwijs grotendeels een regionale zaak is, een regionale overheid de rol kan spelen die elders een nationaal platform vervult.

De bronnen van de coalitie noemen het plan en de vier speerpunten, maar beschrijven ze niet in detail; wie meer wil weten, kan de publicaties van de Catalaanse regering raadplegen.`,
        fields: {
          objectives:
            'Het Catalaanse STEM-onderwijs een gedeeld kader geven, opgebouwd rond vier speerpunten.',
        },
      },
    },
  },
  {
    slug: 'stem4tech',
    type: 'programme',
    originalLang: 'en',
    levels: ['higher'],
    themes: ['intersectoral'],
    yearEnd: 2025,
    externalUrl: 'http://stemcoalition.eu/taxonomy/term/226',
    sourceNote:
      'End date 31 January 2025, from the coalition’s programme mapping; no start year is given there.',
    versions: {
      en: {
        title: 'STEM4TECH',
        summary:
          'A higher-education project listed in the coalition’s programme mapping, led by P2EINT with the partners Helix (Greece) and AJE; it ended on 31 January 2025.',
        body: `STEM4TECH appears in the coalition’s mapping of programmes and initiatives under higher education. The entry names P2EINT as the responsible organisation and lists two partners: Helix, a Greek organisation (not related to this platform), and AJE.

What the mapping records:

- **level** – higher education
- **end date** – 31 January 2025
- **partners** – Helix (Greece) and AJE

The entry is short, which is typical of many mapping records on the old coalition website: several fields were left empty. It is kept here so that the project can be found and linked, and so that the partners can add a fuller description of its aims and results.`,
      },
    },
  },
];
