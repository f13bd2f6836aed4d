// Reports and monitoring instruments of the demo; news is in items-news.ts.
// Facts from /work/shared/reference/seed-facts.md §7, §9.1, §9.3, §9.5–9.6; the wording is our own.
import type { SeedItem } from './types.ts';

const YEAR_ONLY = 'Only the year is known from the sources; the day and month are placeholders.';

export const REPORT_ITEMS: SeedItem[] = [
  {
    slug: 'technology-pact-monitor',
    type: 'monitoring',
    originalLang: 'nl',
    organisation: 'government-of-the-netherlands',
    sources: ['government-of-the-netherlands', 'ptvt'],
    countries: ['NL'],
    levels: ['primary', 'secondary', 'vet', 'higher', 'lifelong'],
    themes: ['monitoring_data', 'policy_making'],
    publishedOn: '2017-01-01',
    externalUrl: 'https://www.stemcoalition.eu/monitoring-instruments/technology-pact-monitor',
    sourceNote:
      'Dated 2017, the year the monitor became fully digital; it has been updated every year since. Day and month are placeholders.',
    related: [
      'technology-pact-programme',
      'technology-pact-2016-2020',
      'technology-pact-monitor-highlights-2020',
      'technology-pact-monitor-highlights-2018',
    ],
    versions: {
      nl: {
        title: 'Techniekpact Monitor',
        summary:
          'Het landelijke meetinstrument dat jaarlijks laat zien hoe het staat met instroom, doorstroom en uitstroom in bèta en techniek, tot op het niveau van regio’s en gemeenten.',
        body: `De Techniekpact Monitor volgt of de doelen van het Techniekpact dichterbij komen. Het Rijk en PTvT brengen hem samen uit; elk jaar gaat er een rapportage naar de Tweede Kamer. Sinds 2017 is de monitor volledig digitaal.

Wat de monitor laat zien:

- keuzes van leerlingen, zoals het aandeel havo- en vwo-leerlingen met een natuurprofiel;
- in- en uitstroom in technische opleidingen in mbo, hbo en wo;
- de arbeidsmarkt voor technici;
- trends per regio en per gemeente, zodat regio’s hun eigen aanpak kunnen onderbouwen.

Bij elke editie verschijnt een korte infographic met de hoogtepunten. Die infographic reisde mee naar andere landen: in de Deense taskforce van de coalitie diende de editie van 2020 als voorbeeld van hoe je een pact zichtbaar en meetbaar maakt.`,
        fields: {
          objectives:
            'Jaarlijks de voortgang van het Techniekpact meten en de ontwikkelingen in bèta en techniek per regio en gemeente zichtbaar maken.',
          findings:
            'Tussen 2007-08 en 2017-18 steeg het aandeel leerlingen met een natuurprofiel op de havo van 34% naar 42% en op het vwo van 55% naar 61%.',
        },
      },
      en: {
        title: 'Technology Pact Monitor',
        summary:
          'The Dutch national monitoring instrument that shows every year how inflow, progress and outflow in science and technology are developing, down to regional and municipal level.',
        body: `The Technology Pact Monitor tracks whether the goals of the Dutch Technology Pact are coming closer. The government and PTvT publish it together, and every year a report goes to parliament. Since 2017 the monitor has been fully digital.

What the monitor shows:

- pupils’ choices, such as the share of havo and vwo pupils with a science profile;
- inflow and outflow in technical programmes in vocational and higher education;
- the labour market for technical staff;
- trends per region and per municipality, so regions can base their own plans on data.

Each edition comes with a short infographic of highlights. That infographic travelled to other countries: in the coalition’s Danish taskforce, the 2020 edition served as an example of how to make a pact visible and measurable.`,
        fields: {
          objectives:
            'Measure the progress of the Technology Pact every year and make developments in science and technology visible per region and municipality.',
          findings:
            'Between 2007-08 and 2017-18 the share of pupils with a science profile rose from 34% to 42% in havo and from 55% to 61% in vwo.',
        },
      },
    },
  },
  {
    slug: 'technology-pact-monitor-highlights-2018',
    type: 'report',
    originalLang: 'nl',
    organisation: 'government-of-the-netherlands',
    sources: ['government-of-the-netherlands', 'ptvt'],
    countries: ['NL'],
    levels: ['secondary'],
    themes: ['monitoring_data'],
    publishedOn: '2018-01-01',
    sourceNote: YEAR_ONLY,
    related: ['technology-pact-monitor', 'technology-pact-monitor-highlights-2020'],
    versions: {
      nl: {
        title: 'Techniekpact Monitor: hoogtepunten 2018',
        summary:
          'De hoogtepunten van de Techniekpact Monitor 2018 laten zien dat in tien jaar tijd duidelijk meer havo- en vwo-leerlingen voor een natuurprofiel kozen.',
        body: `De editie 2018 van de Techniekpact Monitor zette de ontwikkeling van tien schooljaren op een rij. Het opvallendste resultaat betrof de profielkeuze in havo en vwo, de eerste grote keuze die leerlingen maken op weg naar een technische opleiding.

| Onderwijssoort | 2007-08 | 2017-18 |
|---|---|---|
| havo, natuurprofiel | 34% | 42% |
| vwo, natuurprofiel | 55% | 61% |

Die stijging valt samen met de jaren waarin netwerken als Jet-Net groeiden en het Techniekpact werd gesloten. De monitor zelf meet geen oorzaak en gevolg, maar de cijfers werden wel gebruikt om de aanpak te onderbouwen, ook in gesprekken met andere landen binnen de coalitie.`,
        fields: {
          findings:
            'Het aandeel leerlingen met een natuurprofiel steeg tussen 2007-08 en 2017-18 van 34% naar 42% (havo) en van 55% naar 61% (vwo).',
        },
      },
      en: {
        title: 'Technology Pact Monitor: highlights 2018',
        summary:
          'The 2018 highlights of the Dutch Technology Pact Monitor show that over ten years clearly more pre-university pupils chose a science profile.',
        body: `The 2018 edition of the Technology Pact Monitor looked back over ten school years. Its most striking result concerned the choice of profile in havo and vwo, the first big choice pupils make on the way to a technical education.

| Track | 2007-08 | 2017-18 |
|---|---|---|
| havo, science profile | 34% | 42% |
| vwo, science profile | 55% | 61% |

The rise coincides with the years in which networks such as Jet-Net grew and the Technology Pact was signed. The monitor does not measure cause and effect, but the figures were used to support the approach, including in discussions with other countries in the coalition.`,
        fields: {
          findings:
            'The share of pupils with a science profile rose between 2007-08 and 2017-18 from 34% to 42% (havo) and from 55% to 61% (vwo).',
        },
      },
    },
  },
  {
    slug: 'technology-pact-monitor-highlights-2020',
    type: 'report',
    originalLang: 'nl',
    organisation: 'government-of-the-netherlands',
    sources: ['government-of-the-netherlands', 'ptvt'],
    countries: ['NL'],
    levels: ['secondary', 'vet', 'higher'],
    themes: ['monitoring_data'],
    publishedOn: '2020-06-15',
    externalUrl: 'http://stemcoalition.eu/dossiers/danish-technology-pact',
    related: ['technology-pact-monitor', 'danish-technology-pact', 'technology-pact-monitor-highlights-2018'],
    versions: {
      nl: {
        title: 'Techniekpact Monitor: hoogtepunten 2020',
        summary:
          'De infographic met de hoogtepunten van de Techniekpact Monitor 2020, die de coalitie in de Deense taskforce gebruikte als voorbeeld van het zichtbaar maken van een pact.',
        body: `Bij elke editie van de Techniekpact Monitor hoort een infographic die de belangrijkste cijfers op één pagina samenvat. De editie van juni 2020 kreeg een plek in de tijdlijn van de Deense taskforce van de coalitie.

Waarom juist deze infographic? Denemarken had in 2018 een eigen technologiepact gesloten en zocht naar manieren om de voortgang te volgen en te laten zien. De Nederlandse infographic liet zien hoe dat kan:

- een beperkt aantal kernindicatoren langs de route van kiezen, leren en werken;
- een vergelijking met eerdere jaren, zodat trends zichtbaar worden;
- een vorm die bestuurders, scholen en bedrijven in één oogopslag begrijpen.

Wie de cijfers zelf wil verkennen, kan terecht in de digitale Techniekpact Monitor, die ook gegevens per regio en gemeente toont.`,
      },
      en: {
        title: 'Technology Pact Monitor: highlights 2020',
        summary:
          'The infographic with the highlights of the 2020 Technology Pact Monitor, which the coalition used in the Danish taskforce as an example of how to make a pact visible.',
        body: `Every edition of the Technology Pact Monitor comes with an infographic that sums up the main figures on one page. The June 2020 edition was included in the timeline of the coalition’s Danish taskforce.

Why this infographic? Denmark had signed its own technology pact in 2018 and was looking for ways to track and show progress. The Dutch infographic showed how that can be done:

- a small set of core indicators along the route of choosing, learning and working;
- a comparison with earlier years, so trends become visible;
- a format that administrators, schools and companies understand at a glance.

Readers who want to explore the figures themselves can use the digital Technology Pact Monitor, which also shows data per region and municipality.`,
      },
    },
  },
  {
    slug: 'norwegian-stakeholder-consultation-2018',
    type: 'report',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    sources: ['eu-stem-coalition'],
    countries: ['NO'],
    levels: ['secondary', 'vet', 'higher'],
    themes: ['policy_making', 'intersectoral'],
    publishedOn: '2018-01-26',
    externalUrl: 'https://www.stemcoalition.eu/dossiers/norwegian-technology-pact',
    related: ['taskforce-meeting-oslo-2018', 'technology-pact-2016-2020', 'norwegian-close-to-stem-strategy'],
    versions: {
      en: {
        title: 'First Norwegian stakeholder consultation on a technology pact',
        summary:
          'Report of the first consultation of Norwegian stakeholders, held on 18 January 2018, on whether a technology pact along Dutch lines could work in Norway.',
        body: `On 18 January 2018 the coalition and the Norwegian Centre for Science Recruitment brought together Norwegian stakeholders from government, education, industry and labour to discuss the idea of a national technology pact. This report, published on 26 January 2018, summarises the consultation.

The starting point was the Dutch Technology Pact 2016–2020, which links government, employers, unions, education and regions around shared targets. Participants looked at what such a pact would mean in Norway, where the national strategy “Close to STEM” was then still running.

The consultation was the first step in what became the coalition’s Norwegian Technology Pact taskforce. At the taskforce meeting in Oslo in August 2018, stakeholders, with every labour union on board, asked the national platform to petition the government.`,
        fields: {
          findings:
            'Stakeholders saw enough common ground to explore a Norwegian technology pact further, which led to a formal taskforce in 2018.',
        },
      },
      nl: {
        title: 'Eerste Noorse consultatie over een technologiepact',
        summary:
          'Verslag van de eerste consultatie van Noorse belanghebbenden, op 18 januari 2018, over de vraag of een technologiepact naar Nederlands voorbeeld in Noorwegen kan werken.',
        body: `Op 18 januari 2018 brachten de coalitie en het Noorse centrum voor bètawerving Noorse partijen uit overheid, onderwijs, bedrijfsleven en vakbonden bijeen om te praten over een nationaal technologiepact. Dit verslag, gepubliceerd op 26 januari 2018, vat de consultatie samen.

Vertrekpunt was het Nederlandse Techniekpact 2016–2020, dat overheid, werkgevers, werknemers, onderwijs en regio’s aan gezamenlijke doelen verbindt. Deelnemers bespraken wat zo’n pact in Noorwegen zou betekenen, waar de nationale strategie ‘Close to STEM’ toen nog liep.

De consultatie was de eerste stap naar de Noorse taskforce over een technologiepact. Tijdens de bijeenkomst in Oslo in augustus 2018 vroegen de partijen, met alle vakbonden aan boord, het nationale platform om een petitie aan de regering.`,
        fields: {
          findings:
            'De partijen zagen genoeg gemeenschappelijke grond om een Noors technologiepact verder te verkennen; dat leidde in 2018 tot een formele taskforce.',
        },
      },
    },
  },
  {
    slug: 'university-world-news-danish-pact',
    type: 'report',
    originalLang: 'en',
    organisation: 'university-world-news',
    sources: ['university-world-news'],
    countries: ['DK'],
    levels: ['higher'],
    themes: ['policy_making', 'intersectoral'],
    publishedOn: '2018-05-04',
    externalUrl: 'http://stemcoalition.eu/dossiers/danish-technology-pact',
    sourceNote:
      'Cited in the Danish taskforce timeline; the article’s own address is not in the sources, so the link points to the dossier.',
    related: ['danish-technology-pact-launch', 'danish-technology-pact'],
    versions: {
      en: {
        title: 'University World News on the launch of the Danish Technology Pact',
        summary:
          'An article in University World News, two weeks after the launch, on Denmark’s new technology pact and what it means for science and engineering education.',
        body: `On 4 May 2018 University World News, an international newspaper on higher education, reported on the Danish Technology Pact, launched on 22 April by four ministers and some 80 organisations.

The article gave the pact international visibility among universities and policy makers. Points it covered included:

- the shortage of people with science, technology, engineering and mathematics skills that led to the pact;
- the broad coalition of ministries, companies and education behind it;
- the role of higher education in training more graduates in these fields.

The coalition added the article to the timeline of its Danish taskforce, next to the highlights of the Dutch Technology Pact Monitor, as outside coverage of the taskforce’s main result.`,
        fields: {
          findings:
            'Reports the launch of the pact by four ministers and about 80 organisations and its relevance for higher education.',
        },
      },
      nl: {
        title: 'University World News over de lancering van het Deense Technologiepact',
        summary:
          'Een artikel in University World News, twee weken na de lancering, over het nieuwe Deense technologiepact en wat het betekent voor bètatechnisch hoger onderwijs.',
        body: `Op 4 mei 2018 berichtte University World News, een internationale krant over hoger onderwijs, over het Deense Technologiepact, dat op 22 april was gelanceerd door vier ministers en zo’n tachtig organisaties.

Het artikel gaf het pact internationale bekendheid onder universiteiten en beleidsmakers. Het besprak onder meer:

- het tekort aan mensen met bètatechnische vaardigheden dat tot het pact leidde;
- de brede coalitie van ministeries, bedrijven en onderwijs erachter;
- de rol van het hoger onderwijs bij het opleiden van meer afgestudeerden in deze richtingen.

De coalitie nam het artikel op in de tijdlijn van de Deense taskforce, naast de hoogtepunten van de Nederlandse Techniekpact Monitor.`,
        fields: {
          findings:
            'Bericht over de lancering door vier ministers en zo’n tachtig organisaties en de betekenis voor het hoger onderwijs.',
        },
      },
    },
  },
  {
    slug: 'dialogic-quickscan-jet-net-2007',
    type: 'report',
    originalLang: 'nl',
    organisation: 'dialogic',
    sources: ['dialogic'],
    countries: ['NL'],
    levels: ['secondary'],
    themes: ['monitoring_data', 'school_company'],
    publishedOn: '2007-01-01',
    externalUrl: 'https://dialogic.nl/projecten/update-quickscan-jetnet-scholen/',
    sourceNote: YEAR_ONLY,
    related: ['jet-net-technet-programme', 'jet-net-15-years'],
    versions: {
      nl: {
        title: 'Quickscan Jet-Netscholen (Dialogic, 2007)',
        summary:
          'Een update van het onderzoek van Dialogic naar de profielkeuze op Jet-Netscholen, waaruit bleek dat die scholen in 2007 nog rond het landelijk gemiddelde zaten en dat de vraag naar deelname groot was.',
        body: `Dialogic voerde in 2006 en 2007 quickscans uit onder Jet-Netscholen. De vraag: kiezen leerlingen op die scholen vaker voor een natuurprofiel (NT of NG) dan gemiddeld?

De update van 2007 liet een genuanceerd beeld zien:

| | Jet-Netscholen | Landelijk |
|---|---|---|
| vwo, N-profiel | 56% | 55% |
| havo, N-profiel | 33% | 34% |

Een duidelijk voorsprong was er dus nog niet. Wel bleek de belangstelling groot: 120 scholen stonden op de wachtlijst, en om hen te bedienen waren ongeveer 25 extra bedrijven nodig.

Latere metingen lieten wel een verschil zien. Bij het vijftienjarig bestaan in 2017 scoorden de scholen van het eerste uur ruim vijf procentpunt hoger op de keuze voor een natuurprofiel. Het effect van een partnerschap blijkt dus pas na jaren goed zichtbaar.`,
        fields: {
          findings:
            'In 2007 lag de keuze voor een N-profiel op Jet-Netscholen rond het landelijk gemiddelde (vwo 56% tegen 55%, havo 33% tegen 34%); 120 scholen stonden op de wachtlijst en er waren zo’n 25 extra bedrijven nodig.',
        },
      },
      en: {
        title: 'Quickscan of Jet-Net schools (Dialogic, 2007)',
        summary:
          'An update of Dialogic’s study of profile choice at Jet-Net schools, which found that in 2007 these schools were still close to the national average and that demand to join was high.',
        body: `Dialogic carried out quickscans of Jet-Net schools in 2006 and 2007. The question: do pupils at these schools choose a science profile (NT or NG) more often than average?

The 2007 update gave a mixed picture:

| | Jet-Net schools | National |
|---|---|---|
| vwo, science profile | 56% | 55% |
| havo, science profile | 33% | 34% |

So there was no clear lead yet. Demand, however, was strong: 120 schools were on the waiting list, and about 25 more companies were needed to serve them.

Later measurements did show a difference. At the fifteenth anniversary in 2017, the first-generation schools scored more than five percentage points higher on science-profile choice. The effect of a partnership seems to become visible only after several years.`,
        fields: {
          findings:
            'In 2007 science-profile choice at Jet-Net schools was close to the national average (vwo 56% vs 55%, havo 33% vs 34%); 120 schools were on the waiting list and about 25 more companies were needed.',
        },
      },
    },
  },
  {
    slug: 'jet-net-20-years-pupil-survey-2022',
    type: 'report',
    originalLang: 'nl',
    organisation: 'jet-net-technet',
    sources: ['jet-net-technet'],
    countries: ['NL'],
    levels: ['secondary'],
    themes: ['monitoring_data', 'school_company', 'digital'],
    publishedOn: '2022-01-01',
    externalUrl:
      'https://www.nationaleonderwijsgids.nl/voortgezet-onderwijs/nieuws/62941-jet-net-bestaat-twintig-jaar-meer-aan-techniek-doen-is-nu-echt-nodig.html',
    sourceNote: YEAR_ONLY,
    related: ['jet-net-technet-programme', 'jet-net-continues-regionally'],
    versions: {
      nl: {
        title: 'Twintig jaar Jet-Net: leerlingen over techniek op school',
        summary:
          'Bij het twintigjarig bestaan van Jet-Net vroeg het netwerk leerlingen naar hun ervaringen met techniek op school; veel van hen kregen nooit een gastles of excursie van een technologiebedrijf.',
        body: `Twintig jaar na de oprichting liet Jet-Net onderzoeken hoeveel leerlingen in het voortgezet onderwijs echt in aanraking komen met techniek. De uitkomsten waren voor het netwerk een reden om op te roepen tot méér:

- **43%** van de leerlingen maakt op school kennis met nieuwe technologie;
- **35%** leert programmeren;
- **38%** heeft nog nooit een gastles van een technologiebedrijf gehad;
- **33%** is nooit op excursie geweest naar een technisch bedrijf.

De conclusie van Jet-Net: meer doen aan techniek is echt nodig. Gastlessen en bedrijfsbezoeken zijn juist de activiteiten waarmee het netwerk leerlingen een realistisch beeld wil geven van technisch werk, en een groot deel van de leerlingen wordt daarmee nog niet bereikt.`,
        fields: {
          findings:
            '43% van de leerlingen maakt kennis met nieuwe technologie en 35% leert programmeren; 38% kreeg nooit een gastles van een technologiebedrijf en 33% ging nooit op excursie.',
        },
      },
      en: {
        title: 'Twenty years of Jet-Net: pupils on technology at school',
        summary:
          'For its twentieth anniversary, Jet-Net asked pupils about their experience of technology at school; many had never had a guest lesson or excursion from a technology company.',
        body: `Twenty years after its founding, Jet-Net commissioned research into how many secondary-school pupils actually come into contact with technology. The results led the network to call for more:

- **43%** of pupils get to know new technology at school;
- **35%** learn to program;
- **38%** have never had a guest lesson from a technology company;
- **33%** have never been on an excursion to a technical company.

Jet-Net’s conclusion: doing more with technology is really needed. Guest lessons and company visits are exactly the activities the network uses to give pupils a realistic view of technical work, and a large share of pupils is not yet reached by them.`,
        fields: {
          findings:
            '43% of pupils get to know new technology and 35% learn to program; 38% never had a guest lesson from a technology company and 33% never went on an excursion.',
        },
      },
    },
  },
  {
    slug: 'ent3r-pupil-survey-2019',
    type: 'report',
    originalLang: 'en',
    organisation: 'ncsr',
    sources: ['ncsr'],
    countries: ['NO'],
    levels: ['secondary'],
    themes: ['monitoring_data', 'gender'],
    publishedOn: '2019-01-01',
    externalUrl: 'https://ent3r.no/resultater-fra-arets-elevundersokelse',
    sourceNote: YEAR_ONLY,
    related: ['ent3r'],
    versions: {
      en: {
        title: 'ENT3R pupil survey 2019',
        summary:
          'The yearly survey among ENT3R participants found high satisfaction and more confidence in maths and science; two thirds of the pupils were girls.',
        body: `ENT3R measures its success mainly through a yearly survey among the pupils who attend its mentoring sessions. The 2019 results were encouraging:

- **92%** of the pupils were satisfied with ENT3R;
- **73%** said they felt more confident in maths and science;
- **68%** of the participants were girls.

The last figure stands out. Norway, like most European countries, has fewer women than men in many STEM studies, and gender balance is one of the needs named in the coalition’s taskforce on a new Norwegian STEM strategy. A mentoring programme that mainly attracts girls, and leaves them more confident, is therefore of interest well beyond Norway.

Because the survey is repeated every year, it also works as the programme’s key performance indicator.`,
        fields: {
          findings:
            '92% satisfied, 73% more confident in maths and science, 68% of participants girls (2019).',
        },
      },
    },
  },
  {
    slug: 'ptvt-annual-report-2019',
    type: 'report',
    originalLang: 'nl',
    organisation: 'ptvt',
    sources: ['ptvt'],
    countries: ['NL'],
    levels: ['primary', 'secondary'],
    themes: ['monitoring_data', 'school_company'],
    publishedOn: '2020-01-01',
    externalUrl: 'https://publicaties.ptvt.nl/jaarverslag2019/verbinder-van-de-toekomst-in-technologie/',
    sourceNote:
      'Covers the year 2019; the publication date is not in the sources and is set to the following year.',
    related: ['jet-net-technet-programme', 'ptvt-annual-report-2020', 'girlsday-2019-review'],
    versions: {
      nl: {
        title: 'Jaarverslag PTvT 2019: het bereik van Jet-Net & TechNet',
        summary:
          'Het eerste jaarverslag na de fusie tot PTvT meldt dat Jet-Net & TechNet in 2019 42% van de basisscholen en ruim 71% van de middelbare scholen bereikte, met meer dan 2.000 bedrijven.',
        body: `2019 was het jaar waarin Jet-Net en TechNet onder één label verdergingen, nadat de organisaties achter de netwerken waren samengegaan in PTvT. Het jaarverslag beschrijft PTvT als verbinder tussen onderwijs, bedrijfsleven en overheid.

Het bereik van Jet-Net & TechNet in 2019:

| Doelgroep | Bereik |
|---|---|
| basisscholen | 42% |
| middelbare scholen | 71,4% |
| bedrijven | meer dan 2.000 |

Hetzelfde jaar was ook een sterk Girlsday-jaar: zo’n 11.000 meisjes bezochten 378 bedrijven. De cijfers in dit verslag vormen het beginpunt van de reeks die in de jaarverslagen van 2020 en 2021 wordt voortgezet.`,
        fields: {
          findings:
            'Bereik 2019: 42% van de basisscholen, 71,4% van de middelbare scholen en meer dan 2.000 bedrijven.',
        },
      },
      en: {
        title: 'PTvT annual report 2019: the reach of Jet-Net & TechNet',
        summary:
          'The first annual report after the merger into PTvT states that in 2019 Jet-Net & TechNet reached 42% of primary and over 71% of secondary schools, with more than 2,000 companies.',
        body: `2019 was the year Jet-Net and TechNet carried on under one label, after the organisations behind them had merged into PTvT. The annual report presents PTvT as the link between education, business and government.

Reach of Jet-Net & TechNet in 2019:

| Group | Reach |
|---|---|
| primary schools | 42% |
| secondary schools | 71.4% |
| companies | more than 2,000 |

It was also a strong year for Girlsday, with about 11,000 girls visiting 378 companies. The figures in this report are the starting point of the series continued in the annual reports for 2020 and 2021.`,
        fields: {
          findings:
            'Reach in 2019: 42% of primary schools, 71.4% of secondary schools and more than 2,000 companies.',
        },
      },
    },
  },
  {
    slug: 'ptvt-annual-report-2020',
    type: 'report',
    originalLang: 'nl',
    organisation: 'ptvt',
    sources: ['ptvt'],
    countries: ['NL'],
    levels: ['primary', 'secondary'],
    themes: ['monitoring_data', 'school_company'],
    publishedOn: '2021-01-01',
    externalUrl: 'https://publicaties.ptvt.nl/ptvt-jaarverslag-2020/jet-net-technet',
    sourceNote:
      'Covers the year 2020; the publication date is not in the sources and is set to the following year.',
    related: ['ptvt-annual-report-2019', 'ptvt-annual-report-2021', 'jet-net-technet-sme-support'],
    versions: {
      nl: {
        title: 'Jaarverslag PTvT 2020: Jet-Net & TechNet in het coronajaar',
        summary:
          'Ondanks de coronacrisis groeide het bereik van Jet-Net & TechNet in 2020 naar 56% van de basisscholen en 78% van de middelbare scholen.',
        body: `In 2020 moesten scholen en bedrijven hun samenwerking grotendeels online voortzetten. Jet-Net & TechNet stapte over op digitale lesbrieven en videogastlessen, en het bereik groeide toch.

Kerncijfers 2020:

- **56%** van de basisscholen en **78%** van de middelbare scholen deed mee;
- **meer dan 2.000** bedrijven waren actief;
- **106 scholen** vroegen een gastles over duurzaamheid aan;
- **18 regionale initiatieven** kregen ondersteuning.

Nieuw dat jaar was een aanbod voor mkb-bedrijven: webinars, regionale bijeenkomsten en persoonlijke begeleiding om kleinere bedrijven op weg te helpen bij samenwerking met scholen.`,
        fields: {
          findings:
            'Bereik 2020: 56% van de basisscholen, 78% van de middelbare scholen, meer dan 2.000 bedrijven; 106 scholen vroegen een duurzaamheidsgastles aan en 18 regionale initiatieven kregen steun.',
        },
      },
      en: {
        title: 'PTvT annual report 2020: Jet-Net & TechNet in the pandemic year',
        summary:
          'Despite the COVID-19 crisis, the reach of Jet-Net & TechNet grew in 2020 to 56% of primary and 78% of secondary schools.',
        body: `In 2020 schools and companies had to continue their cooperation largely online. Jet-Net & TechNet switched to digital lesson letters and video guest lessons, and its reach still grew.

Key figures for 2020:

- **56%** of primary and **78%** of secondary schools took part;
- **more than 2,000** companies were active;
- **106 schools** requested a guest lesson on sustainability;
- **18 regional initiatives** received support.

New that year was an offer for small businesses: webinars, regional meet-ups and one-to-one coaching to help smaller firms start working with schools.`,
        fields: {
          findings:
            'Reach in 2020: 56% of primary schools, 78% of secondary schools, more than 2,000 companies; 106 schools requested a sustainability guest lesson and 18 regional initiatives were supported.',
        },
      },
    },
  },
  {
    slug: 'ptvt-annual-report-2021',
    type: 'report',
    originalLang: 'nl',
    organisation: 'ptvt',
    sources: ['ptvt'],
    countries: ['NL'],
    levels: ['primary', 'secondary'],
    themes: ['monitoring_data', 'school_company'],
    publishedOn: '2022-01-01',
    externalUrl: 'https://publicaties.ptvt.nl/ptvt-jaarverslag-2021/jet-net-technet',
    sourceNote:
      'Covers the year 2021; the publication date is not in the sources and is set to the following year.',
    related: ['ptvt-annual-report-2020', 'jet-net-technet-loket', 'ptvt-full-energy-2022'],
    versions: {
      nl: {
        title: 'Jaarverslag PTvT 2021: 2.095 bedrijven en een nieuw Loket',
        summary:
          'In 2021 werkten 2.095 bedrijven mee aan Jet-Net & TechNet, dat 54% van de basisscholen en 74% van de middelbare scholen bereikte en het online Loket lanceerde.',
        body: `Het jaarverslag 2021 van PTvT laat een netwerk zien dat na het coronajaar stabiel bleef en zijn dienstverlening verder digitaliseerde.

Kerncijfers 2021:

| Doelgroep | Bereik |
|---|---|
| basisscholen | 54% |
| middelbare scholen | 74% |
| bedrijven | 2.095 |

Het bereik lag iets lager dan in 2020, maar het aantal bedrijven groeide. De belangrijkste vernieuwing was het **Jet-Net & TechNet Loket**, een online instrument waarmee scholen en bedrijven elkaar met weinig moeite vinden.

Eind 2021 werd TechniekTalent.nu opgeheven; de producten waren al eerder bij PTvT ondergebracht.`,
        fields: {
          findings:
            'Bereik 2021: 54% van de basisscholen, 74% van de middelbare scholen en 2.095 bedrijven; lancering van het online Loket.',
        },
      },
      en: {
        title: 'PTvT annual report 2021: 2,095 companies and a new Loket',
        summary:
          'In 2021, 2,095 companies took part in Jet-Net & TechNet, which reached 54% of primary and 74% of secondary schools and launched its online matching tool.',
        body: `PTvT’s annual report for 2021 shows a network that held steady after the pandemic year and moved more of its services online.

Key figures for 2021:

| Group | Reach |
|---|---|
| primary schools | 54% |
| secondary schools | 74% |
| companies | 2,095 |

Reach was slightly lower than in 2020, but the number of companies grew. The main novelty was the **Jet-Net & TechNet Loket**, an online tool that lets schools and companies find each other with little effort.

At the end of 2021 TechniekTalent.nu was wound up; its products had already moved to PTvT.`,
        fields: {
          findings:
            'Reach in 2021: 54% of primary schools, 74% of secondary schools and 2,095 companies; launch of the online Loket.',
        },
      },
    },
  },
  {
    slug: 'btm-white-paper-english',
    type: 'report',
    originalLang: 'nl',
    organisation: 'ptvt',
    sources: ['ptvt', 'motivaction', 'youngworks'],
    countries: ['NL'],
    levels: ['primary', 'secondary'],
    themes: ['careers', 'gender'],
    publishedOn: '2020-01-01',
    sourceNote: 'Dated with the BTM model (January 2020); the translation’s own date is not in the sources.',
    related: ['beta-techmentality-model', 'btm-scan'],
    versions: {
      nl: {
        title: 'Bèta&TechMentality: white paper en Engelse vertaling',
        summary:
          'Het white paper over het Bèta&TechMentality-onderzoek, met een Engelse vertaling van veertig pagina’s voor partners in het buitenland.',
        body: `De resultaten van het Bèta&TechMentality-onderzoek zijn gebundeld in een white paper. Voor de internationale partners van PTvT verscheen ook een Engelse vertaling van ongeveer veertig pagina’s, zodat platforms in andere landen het model kunnen gebruiken. De Baskische en Bretonse taskforces van de coalitie maakten daar gebruik van.

Het white paper bevat onder meer:

- de opzet van het onderzoek: interviews door Youngworks en een vragenlijst van Motivaction onder ongeveer 1.470 jongeren;
- de vijf typen en hun kenmerken;
- de veranderingen sinds 2011;
- aanbevelingen voor lessen, loopbaanbegeleiding en communicatie.

Enkele kernbevindingen: het aandeel meisjes dat zich ‘technisch’ noemt steeg van 28% naar 36%, en ongeveer een kwart van de jongeren is bang niet slim genoeg te zijn voor bètavakken (20% van de jongens, 28% van de meisjes).`,
        fields: {
          findings:
            'Meisjes die zich ‘technisch’ noemen: van 28% (2011) naar 36% (2019). Zelfvertrouwen in technische vaardigheden: 66% van de jongens tegen 36% van de meisjes. Ongeveer een kwart vreest niet slim genoeg te zijn voor bètavakken.',
        },
      },
      en: {
        title: 'Bèta&TechMentality: white paper and English translation',
        summary:
          'The white paper on the Bèta&TechMentality study, with a forty-page English translation for partners abroad.',
        body: `The results of the Bèta&TechMentality study are brought together in a white paper. For PTvT’s international partners a forty-page English translation was also produced, so that platforms in other countries can use the model. The coalition’s Basque and Breton taskforces drew on it.

The white paper covers, among other things:

- the research design: interviews by Youngworks and a questionnaire by Motivaction among about 1,470 young people;
- the five types and their characteristics;
- the changes since 2011;
- recommendations for lessons, career guidance and communication.

Some key findings: the share of girls who call themselves “technical” rose from 28% to 36%, and about a quarter of young people fear they are not clever enough for science subjects (20% of boys, 28% of girls).`,
        fields: {
          findings:
            'Girls calling themselves “technical”: from 28% (2011) to 36% (2019). Confidence in their own technical skills: 66% of boys against 36% of girls. About a quarter fear they are not clever enough for science subjects.',
        },
      },
    },
  },
  {
    slug: 'baltic-assembly-stem-ict-report-2022',
    type: 'report',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    sources: ['eu-stem-coalition'],
    countries: ['EE', 'LV', 'LT'],
    levels: ['secondary', 'vet', 'higher'],
    themes: ['policy_making', 'digital'],
    publishedOn: '2022-02-02',
    externalUrl:
      'https://stemcoalition.eu/dossiers/input-joint-meeting-education-innovation-committees-baltic-assembly',
    related: ['memorandum-towards-better-stem-policies'],
    versions: {
      en: {
        title: 'STEM and ICT trends: input for the Baltic Assembly',
        summary:
          'An introductory report on STEM and ICT trends, with recommendations, prepared by the coalition for a joint meeting of the Baltic Assembly’s Education and Innovation committees on 2 February 2022.',
        body: `The Baltic Assembly, where the parliaments of Estonia, Latvia and Lithuania work together, asked the coalition for input to a joint meeting of its Education and Innovation committees on 2 February 2022.

The coalition prepared an introductory report on trends in STEM and ICT education and skills, followed by recommendations for the three countries. Themes included:

- the demand for STEM and ICT skills in the labour market;
- the role of national STEM platforms in bringing government, education and industry together;
- examples from member countries, including Estonia, a founding member of the coalition.

The request was handled as a policy briefing rather than a full taskforce. One concrete outcome: Riga Technical University was recommended as the organisation to represent Latvia in the coalition.`,
        fields: {
          findings:
            'Recommendations on STEM and ICT skills for the Baltic states; Riga Technical University recommended to represent Latvia in the coalition.',
        },
      },
    },
  },
  {
    slug: 'stem-skills-future-proof-europe',
    type: 'report',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    sources: ['eu-stem-coalition', 'csr-europe'],
    countries: ['EU'],
    levels: ['secondary', 'vet', 'higher'],
    themes: ['policy_making', 'intersectoral'],
    publishedOn: '2015-10-02',
    externalUrl: 'http://www.stemcoalition.eu/publications/towards-future-proof-europe',
    sourceNote:
      'Dated to the launch of the coalition in October 2015; the brochure’s exact release date is not in the sources.',
    related: ['declaration-of-support-amsterdam-2015', 'coalition-at-wissenstag-hannover-messe'],
    versions: {
      en: {
        title: 'STEM skills for a future-proof Europe',
        summary:
          'The brochure with which the coalition introduced itself at its launch in October 2015, explaining why Europe needs national STEM platforms that work together.',
        body: `When the coalition was launched in October 2015, it published a brochure on STEM skills for a future-proof Europe. CSR Europe, one of the European partners, helped spread it.

The brochure made the case in three steps:

1. Europe’s economy depends on people with science, technology, engineering and mathematics skills, and shortages are growing in many countries.
2. Countries with a national STEM platform, which brings government, education and industry together, are better placed to tackle those shortages.
3. By sharing their experience, these platforms can help other countries and regions build their own.

The brochure also introduced the founding platforms: the Dutch PBT, the Danish Astra, the Estonian Research Council and the Flanders STEM Platform, supported by European partners such as FEANI, Ecsite and CSR Europe.`,
        fields: {
          findings:
            'Makes the case for national STEM platforms that bring government, education and industry together and learn from each other across Europe.',
        },
      },
      nl: {
        title: 'STEM-vaardigheden voor een toekomstbestendig Europa',
        summary:
          'De brochure waarmee de coalitie zich bij de start in oktober 2015 voorstelde, met de uitleg waarom Europa samenwerkende nationale STEM-platforms nodig heeft.',
        body: `Bij de start van de coalitie in oktober 2015 verscheen een brochure over bètatechnische vaardigheden voor een toekomstbestendig Europa. CSR Europe, een van de Europese partners, hielp bij de verspreiding.

De brochure bouwde het betoog in drie stappen op:

1. De Europese economie is afhankelijk van mensen met kennis van bèta, techniek en wiskunde, en in veel landen groeien de tekorten.
2. Landen met een nationaal STEM-platform, dat overheid, onderwijs en bedrijfsleven samenbrengt, kunnen die tekorten beter aanpakken.
3. Door ervaringen te delen kunnen deze platforms andere landen en regio’s helpen er zelf een op te zetten.

De brochure stelde ook de oprichters voor: het Nederlandse PBT, het Deense Astra, de Estse onderzoeksraad en het Vlaamse STEM-platform, gesteund door Europese partners als FEANI, Ecsite en CSR Europe.`,
        fields: {
          findings:
            'Pleit voor nationale STEM-platforms die overheid, onderwijs en bedrijfsleven verbinden en in Europa van elkaar leren.',
        },
      },
    },
  },
];
