// Dutch programmes and initiatives of the demo (the coalition's "programme mapping"); the rest of
// Europe is in items-programmes-europe.ts.
// Facts from /work/shared/reference/seed-facts.md §7, §9.4–9.6; the wording is our own.
import type { SeedItem } from './types.ts';

export const PROGRAMME_ITEMS: SeedItem[] = [
  {
    slug: 'jet-net-technet-programme',
    type: 'programme',
    originalLang: 'nl',
    organisation: 'ptvt',
    partners: ['jet-net-technet', 'vhto', 'techniektalent-nu'],
    countries: ['NL'],
    levels: ['secondary'],
    themes: ['school_company', 'careers', 'teachers'],
    externalUrl: 'https://www.stemcoalition.eu/programmes/jet-net-technet-jntn',
    sourceNote:
      'Founding year 2002 (29 November), from the Jet-Net history page and the founding covenant; one coalition page says 2003. School share “about 40% of all havo/vwo schools”, from the coalition programme page; another page says about one third. Company count given as “more than 90”, the older and lower of the two figures (another page says over 100). Industry contribution given as more than €6 million a year, from the funding section of the older programme page; the same page also calls €6 million the total for 2002–2016. No start year is set: the programme joins Jet-Net (2002) and TechNet, and the taskforce timelines cite it undated.',
    related: [
      'jnt-tool-page',
      'bretagne-entreprise-jeunesse-founded',
      'jet-net-continues-regionally',
      'beta-techmentality-model',
      'jet-net-junior',
      'technet',
      'tecwijzer-launched',
    ],
    versions: {
      nl: {
        title: 'Jet-Net & TechNet (JNTN)',
        summary:
          'Landelijk netwerk waarin scholen en technologiebedrijven vaste partnerschappen aangaan, zodat leerlingen ontdekken wat techniek in de praktijk betekent en vaker voor een bètatechnisch profiel kiezen.',
        body: `Jet-Net begon op 29 november 2002, toen AkzoNobel, DSM, Philips, Shell en Unilever samen met het ministerie van Onderwijs een convenant tekenden. Het netwerk richtte zich eerst op havo en vwo: de bètavakken vormen de basis, bedrijven voegen de context van echte technologie toe. TechNet deed hetzelfde voor vmbo en mbo in regionale kringen. Sinds 2019 werken beide onder één label bij PTvT.

De kern is steeds **een vast partnerschap tussen één school en één bedrijf**. Regionale coördinatoren helpen elk duo een activiteitenprogramma op te stellen, bijvoorbeeld met:

- gastlessen en online webcasts
- bedrijfsbezoeken en excursies
- docentenstages
- opdrachten en workshops uit de praktijk
- wedstrijden zoals Meet the Boss en de Junior Innovation Challenge
- Career Days en Girlsday (met VHTO)

In 2016 deden 92 bedrijven en ongeveer 180 havo/vwo-scholen mee, goed voor zo’n 60.000 leerlingen en 300 docenten. Samen met TechNet bereikte het netwerk in 2021 74% van de middelbare en 54% van de basisscholen. Op 26 maart 2024 stopte de landelijke aansturing; het concept leeft voort in regionale netwerken.`,
        fields: {
          objectives:
            'Leerlingen een realistisch beeld geven van techniek en technische beroepen via langdurige partnerschappen tussen scholen en bedrijven, zodat meer van hen kiezen voor een natuurprofiel en een technische opleiding.',
          impact:
            'Jet-Netscholen kiezen vaker een natuurprofiel (NT/NG) dan het landelijk gemiddelde. Na vijftien jaar scoorden de scholen van het eerste uur ruim vijf procentpunt hoger (2017).',
          reach:
            'Ongeveer 180 havo/vwo-scholen (zo’n 40% van het totaal) en meer dan 90 bedrijven in de Jet-Netkern. Met TechNet in 2021: 74% van de middelbare scholen, 54% van de basisscholen en 2.095 bedrijven.',
          budget:
            'Gefinancierd door overheid en bedrijfsleven. Programmamanagement kost ongeveer € 800.000 per jaar; de bijdragen van bedrijven in geld en natura worden geschat op meer dan € 6 miljoen per jaar.',
          kpi: 'Aandeel leerlingen met een natuurprofiel op Jet-Netscholen tegenover het landelijk gemiddelde, en het jaarlijkse bereik (percentage basis- en middelbare scholen, aantal bedrijven) in het jaarverslag van PTvT.',
        },
      },
      en: {
        title: 'Jet-Net & TechNet (JNTN)',
        summary:
          'A national network in which schools and technology companies form lasting partnerships, so that pupils see what technology means in practice and more of them choose a science track.',
        body: `Jet-Net started on 29 November 2002, when AkzoNobel, DSM, Philips, Shell and Unilever signed a covenant with the Dutch education ministry. It first targeted pre-university pupils (havo/vwo): school science provides the base, companies add the context of real technology. TechNet did the same for vocational schools (vmbo/mbo) in regional circles. Since 2019 both have run under one label at PTvT.

The building block is always **a lasting partnership between one school and one company**. Regional coordinators help each pair draw up a programme of activities, for example:

- guest lessons and online webcasts
- company visits and excursions
- teacher internships
- real-world assignments and workshops
- contests such as Meet the Boss and the Junior Innovation Challenge
- Career Days and Girlsday (with VHTO)

In 2016, 92 companies and about 180 pre-university schools took part, reaching some 60,000 pupils and 300 teachers. Together with TechNet the network reached 74% of secondary and 54% of primary schools in 2021. National steering ended on 26 March 2024; the approach lives on in regional networks. A Danish spin-off started in 2012 and signed up more than 60 companies within three years.`,
        fields: {
          objectives:
            'Give pupils a realistic picture of technology and technical careers through long-term school–company partnerships, so that more of them choose a science profile and a technical study.',
          impact:
            'Jet-Net schools show a higher uptake of science profiles (NT/NG) than the national average. After fifteen years the first-generation schools scored more than five percentage points higher (2017).',
          reach:
            'About 180 pre-university schools (roughly 40% of the total) and more than 90 companies in the Jet-Net core. With TechNet in 2021: 74% of secondary schools, 54% of primary schools and 2,095 companies.',
          budget:
            'Co-funded by government and industry. Programme management costs about €800,000 a year; company contributions in cash and in kind are estimated at more than €6 million a year.',
          kpi: 'Share of pupils at Jet-Net schools choosing a science profile compared with the national average, plus yearly reach (share of primary and secondary schools, number of companies) in the PTvT annual report.',
        },
      },
    },
  },
  {
    slug: 'jet-net-junior',
    type: 'programme',
    originalLang: 'nl',
    organisation: 'ptvt',
    partners: ['jet-net-technet'],
    countries: ['NL'],
    levels: ['primary'],
    themes: ['school_company', 'careers'],
    yearStart: 2013,
    related: ['jet-net-technet-programme', 'beta-techmentality-model'],
    versions: {
      nl: {
        title: 'Jet-Net Junior: techniek op de basisschool',
        summary:
          'Sinds 2013 brengt Jet-Net Junior de aanpak van Jet-Net naar de basisschool, met bedrijven die leerlingen al vroeg kennis laten maken met techniek.',
        body: `Het beeld dat kinderen van techniek hebben, ontstaat al op jonge leeftijd. Daarom breidde Jet-Net in 2013 zijn aanpak uit naar het primair onderwijs. Onder de naam Jet-Net Junior koppelt het netwerk basisscholen aan technologiebedrijven in de buurt.

Net als in het voortgezet onderwijs draait het om een vaste relatie tussen school en bedrijf. Mogelijke activiteiten:

- een bezoek aan de werkvloer, waar kinderen zien hoe producten ontstaan
- een gastles van een technicus of ingenieur in de klas
- ontwerp- en onderzoeksopdrachten gebaseerd op een echte vraag van het bedrijf

Het Bèta&TechMentality-onderzoek laat zien dat al in de basisschoolleeftijd verschillende typen kinderen te onderscheiden zijn, elk met een eigen ingang naar techniek. Jet-Net Junior helpt scholen en bedrijven om daar in hun activiteiten op in te spelen.

In 2021 deed 54% van de Nederlandse basisscholen mee aan activiteiten van Jet-Net & TechNet.`,
      },
      en: {
        title: 'Jet-Net Junior: technology in primary school',
        summary:
          'Since 2013, Jet-Net Junior has brought the Jet-Net approach to primary schools, with companies introducing pupils to technology at an early age.',
        body: `Children form their image of technology early. That is why Jet-Net extended its approach to primary education in 2013. Under the name Jet-Net Junior, the network links primary schools with technology companies nearby.

As in secondary education, the heart of it is a lasting relationship between a school and a company. Typical activities:

- a visit to the shop floor, where children see how products are made
- a guest lesson in class by a technician or engineer
- design and research assignments built on a real question from the company

The Bèta&TechMentality study shows that different types of children can already be told apart at primary-school age, each with their own route into technology. Jet-Net Junior helps schools and companies take that into account when they plan activities.

In 2021, 54% of Dutch primary schools took part in activities of Jet-Net & TechNet.`,
      },
    },
  },
  {
    slug: 'technet',
    type: 'programme',
    originalLang: 'nl',
    organisation: 'techniektalent-nu',
    partners: ['ptvt'],
    countries: ['NL'],
    levels: ['secondary', 'vet'],
    themes: ['school_company', 'careers'],
    related: ['jet-net-technet-programme', 'tecwijzer-launched'],
    versions: {
      nl: {
        title: 'TechNet: regionale kringen voor vmbo en mbo',
        summary:
          'TechNet bracht vmbo- en mbo-scholen in regionale kringen samen met technische bedrijven; sinds 2019 is het netwerk onderdeel van Jet-Net & TechNet.',
        body: `Waar Jet-Net zich richtte op havo en vwo, deed TechNet hetzelfde voor het beroepsgerichte onderwijs. In regionale **kringen** werkten vmbo- en mbo-scholen samen met technische bedrijven uit hun omgeving. TechniekTalent.nu, het samenwerkingsverband van werkgevers en bonden in de techniek, organiseerde de kringen samen met Platform Bèta Techniek.

Een commissie van deskundigen evalueerde TechNet in 2012. De belangrijkste stappen daarna:

- **2016** – Jet-Net en TechNet bundelen hun krachten in de stichting TecWijzer.
- **2018** – de twee netwerken worden gekoppeld tot één landelijk netwerk.
- **2019** – het label wordt Jet-Net & TechNet, na de fusie van de organisaties tot PTvT.
- **eind 2021** – TechniekTalent.nu wordt opgeheven.

Het idee van TechNet leeft voort in de regionale netwerken van Jet-Net & TechNet, die ook de vmbo-regio’s hielpen bij hun plannen voor Sterk Techniekonderwijs.`,
      },
      en: {
        title: 'TechNet: regional circles for vocational schools',
        summary:
          'TechNet brought vocational schools (vmbo and mbo) together with technical companies in regional circles; since 2019 it has been part of Jet-Net & TechNet.',
        body: `Where Jet-Net focused on pre-university pupils, TechNet did the same for vocational education. In regional **circles** (kringen), vmbo and mbo schools worked with technical companies in their area. TechniekTalent.nu, the joint body of employers and unions in technical sectors, ran the circles together with Platform Bèta Techniek.

An expert committee evaluated TechNet in 2012. The main steps after that:

- **2016** – Jet-Net and TechNet join forces in the TecWijzer foundation.
- **2018** – the two networks are linked into one national network.
- **2019** – the label becomes Jet-Net & TechNet, after the organisations merged into PTvT.
- **end of 2021** – TechniekTalent.nu is wound up.

The TechNet idea lives on in the regional networks of Jet-Net & TechNet, which also helped vmbo regions write their plans for the Sterk Techniekonderwijs scheme.`,
      },
    },
  },
  {
    slug: 'jet-net-technet-sme-support',
    type: 'programme',
    originalLang: 'nl',
    organisation: 'jet-net-technet',
    countries: ['NL'],
    levels: ['primary', 'secondary'],
    themes: ['school_company'],
    yearStart: 2020,
    related: ['jet-net-technet-programme', 'ptvt-annual-report-2020'],
    versions: {
      nl: {
        title: 'Ondersteuning voor mkb-bedrijven in Jet-Net & TechNet',
        summary:
          'In 2020 startte Jet-Net & TechNet een aanbod om kleinere technische bedrijven te helpen samenwerken met scholen, met webinars, regionale bijeenkomsten en persoonlijke coaching.',
        body: `Grote bedrijven hebben vaak een eigen afdeling voor contacten met het onderwijs; kleinere bedrijven niet. Toch zit een groot deel van de technische werkgelegenheid juist in het mkb. Daarom ontwikkelde Jet-Net & TechNet in 2020 een ondersteuningsaanbod voor mkb-bedrijven die met scholen willen samenwerken.

Het aanbod bestond uit drie onderdelen:

- **online webinars** over bijvoorbeeld gastlessen en bedrijfsbezoeken
- **regionale bijeenkomsten** waar ondernemers ervaringen uitwisselen met scholen
- **één-op-éénbegeleiding** bij het opzetten van een eerste samenwerking

Daarnaast steunde het netwerk 18 regionale experimenten die nieuwe vormen van samenwerking tussen school en bedrijf uitprobeerden. Het jaarverslag 2020 van PTvT beschrijft de resultaten.`,
        fields: {
          objectives:
            'Kleinere technische bedrijven laagdrempelig laten samenwerken met scholen in hun regio.',
          reach: 'In 2020 kregen 18 regionale initiatieven ondersteuning.',
        },
      },
      en: {
        title: 'Support for small businesses in Jet-Net & TechNet',
        summary:
          'In 2020 Jet-Net & TechNet began helping smaller technical firms work with schools, through webinars, regional meet-ups and one-to-one coaching.',
        body: `Large companies often have a team that handles contacts with education; small firms rarely do. Yet much technical employment sits in small and medium-sized enterprises. In 2020 Jet-Net & TechNet therefore put together a support offer for SMEs that want to work with schools.

The offer had three parts:

- **online webinars**, for example on giving guest lessons or hosting company visits
- **regional meet-ups** where entrepreneurs and schools swap experiences
- **one-to-one coaching** to set up a first partnership

On top of that the network backed 18 regional experiments that tried out new forms of school–company cooperation. The PTvT annual report for 2020 describes the results.`,
        fields: {
          objectives: 'Make it easy for smaller technical firms to work with schools in their region.',
          reach: 'In 2020, 18 regional initiatives received support.',
        },
      },
    },
  },
  {
    slug: 'girlsday',
    type: 'programme',
    originalLang: 'nl',
    organisation: 'vhto',
    partners: ['jet-net-technet'],
    countries: ['NL'],
    levels: ['primary', 'secondary'],
    themes: ['gender', 'careers', 'school_company'],
    externalUrl: 'https://www.girlsday.nl',
    related: ['girlsday-2019-review', 'jet-net-technet-programme', 'ep-resolution-gender-equality-stem-2021'],
    versions: {
      nl: {
        title: 'Girlsday',
        summary:
          'Op Girlsday openen bedrijven hun deuren voor groepen meisjes van 10 tot 15 jaar, zodat zij ontdekken wat werken in bèta, techniek en IT inhoudt.',
        body: `Girlsday is een initiatief van VHTO, het expertisecentrum voor genderdiversiteit in bèta, techniek en IT. Jet-Net & TechNet is partner. Op deze dag ontvangen bedrijven en organisaties groepen meisjes, die met eigen ogen zien hoe technisch werk eruitziet en vrouwelijke rolmodellen ontmoeten.

Zo werkt de aanmelding:

1. Een school meldt een groep meisjes van 10 tot 15 jaar aan, meestal een hele klas of groep. Ouders kunnen hun dochter niet individueel inschrijven.
2. Bedrijven melden zich los daarvan aan als gastheer.
3. VHTO koppelt elk bedrijf aan een school in de buurt.

In 2019 namen ongeveer 11.000 meisjes deel bij 378 bedrijven.`,
        fields: {
          objectives:
            'Meisjes kennis laten maken met bèta, techniek en IT en met vrouwelijke rolmodellen, zodat zij deze richting vaker overwegen.',
          reach: 'Ongeveer 11.000 meisjes bij 378 bedrijven (2019).',
        },
      },
      en: {
        title: 'Girlsday',
        summary:
          'On Girlsday, companies open their doors to groups of girls aged 10 to 15, so that they can find out what working in science, technology and IT is like.',
        body: `Girlsday is run by VHTO, the Dutch expertise centre on gender diversity in science, technology and IT, with Jet-Net & TechNet as a partner. On the day, companies and organisations welcome groups of girls, who see technical work up close and meet female role models.

How registration works:

1. A school registers a group of girls aged 10 to 15, usually a whole class. Parents cannot sign up their daughter individually.
2. Companies sign up separately as hosts.
3. VHTO matches each company with a school nearby.

In 2019 about 11,000 girls took part at 378 companies.`,
        fields: {
          objectives:
            'Introduce girls to science, technology and IT and to female role models, so that more of them consider these fields.',
          reach: 'About 11,000 girls at 378 companies (2019).',
        },
      },
    },
  },
  {
    slug: 'junior-innovation-challenge',
    type: 'programme',
    originalLang: 'nl',
    organisation: 'jet-net-technet',
    countries: ['NL'],
    levels: ['primary', 'secondary'],
    themes: ['competitions', 'school_company'],
    externalUrl: 'https://juniorinnovationchallenge.nl',
    related: ['jet-net-technet-programme', 'taskforce-meeting-jet-net-technet-2018'],
    versions: {
      nl: {
        title: 'Junior Innovation Challenge',
        summary:
          'Een innovatiewedstrijd voor klassen met leerlingen van 10 tot 16 jaar: na een gastles van iemand uit het bedrijfsleven bedenken teams een idee, en de beste tien presenteren het op een landelijke finale.',
        body: `De Junior Innovation Challenge daagt leerlingen uit om zelf een innovatie te bedenken. Het verloop:

1. De docent meldt een klas aan (leeftijd 10–16 jaar).
2. Iemand uit het bedrijfsleven geeft een gastles van twee uur, begeleid door het bureau Soapbox.
3. Teams van maximaal drie leerlingen werken een idee uit en pitchen het in een video op een online profiel. Ouders tekenen daarvoor een toestemmingsformulier.
4. Het publiek stemt, en een jury kiest de tien beste ideeën voor de landelijke finale tijdens de Accenture Innovation Awards.
5. Het winnende team werkt zijn idee verder uit met professionals.

Buitenlandse deelnemers aan de taskforcebijeenkomst over Jet-Net & TechNet in november 2018 bezochten de challenge om te zien hoe scholen en bedrijven hier samen optrekken.`,
      },
      en: {
        title: 'Junior Innovation Challenge',
        summary:
          'An innovation contest for classes of pupils aged 10 to 16: after a guest lesson by a business professional, teams develop an idea, and the best ten present it at a national final.',
        body: `The Junior Innovation Challenge asks pupils to come up with an innovation of their own. How it runs:

1. The teacher registers a class (ages 10–16).
2. A business professional gives a two-hour guest lesson, supported by the agency Soapbox.
3. Teams of up to three pupils work out an idea and pitch it in a video on an online profile. Parents sign a consent form first.
4. The public votes, and a jury picks the ten best ideas for the national final at the Accenture Innovation Awards.
5. The winning team develops its idea further with professionals.

Visitors from abroad at the November 2018 taskforce meeting on Jet-Net & TechNet went to see the challenge, as an example of schools and companies working side by side.`,
      },
    },
  },
  {
    slug: 'career-days',
    type: 'programme',
    originalLang: 'nl',
    organisation: 'jet-net-technet',
    countries: ['NL'],
    levels: ['secondary'],
    themes: ['careers', 'school_company'],
    related: ['career-day-on-tour-twente-2021', 'jet-net-technet-programme'],
    sourceNote:
      'The Zwolle edition is reported for 16–17 June; the year is not given in the source, so none is stated here.',
    versions: {
      nl: {
        title: 'Career Days: een dag lang technische beroepen ontdekken',
        summary:
          'Tijdens de Career Days bezoeken bovenbouwleerlingen met een natuurprofiel technologiebedrijven en volgen ze korte workshops over het werk daar.',
        body: `De Career Days zijn bedoeld voor leerlingen in de bovenbouw van havo en vwo met een technisch profiel. Traditioneel vinden ze in november plaats. Leerlingen bezoeken een of meer bedrijven en volgen daar korte workshops, zodat ze een concreet beeld krijgen van beroepen waar hun profiel toe kan leiden.

Er is ook een reizende variant, **Career Day On Tour**, die bijvoorbeeld in oktober 2021 in Twente neerstreek.

Een regionale editie in Zwolle vond plaats op 16 en 17 juni in Perron038, met ongeveer 400 leerlingen. Onder de deelnemers waren:

- overheden en publieke organisaties zoals Agentschap Telecom, Defensie en de provincie Drenthe
- bedrijven als AWL, Broshuis, Hollander Techniek, Robertpack, Royal HaskoningDHV, Tembo, Tricas, VMI en Zuidberg
- hogeschool Windesheim`,
        fields: {
          reach: 'Een regionale editie in Zwolle trok ongeveer 400 leerlingen.',
        },
      },
      en: {
        title: 'Career Days: a day of discovering technical careers',
        summary:
          'During the Career Days, upper-secondary pupils with a science profile visit technology companies and join short workshops about the work done there.',
        body: `The Career Days are meant for upper-secondary pupils in the pre-university tracks who have chosen a technical profile. They traditionally take place in November. Pupils visit one or more companies and join short workshops there, so they get a concrete picture of the jobs their profile can lead to.

A travelling version, **Career Day On Tour**, also exists; it visited Twente in October 2021, for example.

A regional edition in Zwolle took place on 16 and 17 June at Perron038, with about 400 pupils. Participants included:

- public bodies such as Agentschap Telecom, the Dutch armed forces and the province of Drenthe
- companies such as AWL, Broshuis, Hollander Techniek, Robertpack, Royal HaskoningDHV, Tembo, Tricas, VMI and Zuidberg
- Windesheim University of Applied Sciences`,
        fields: {
          reach: 'A regional edition in Zwolle drew about 400 pupils.',
        },
      },
    },
  },
  {
    slug: 'meet-the-boss',
    type: 'programme',
    originalLang: 'nl',
    organisation: 'jet-net-technet',
    partners: ['dutch-debating-institute'],
    countries: ['NL'],
    levels: ['secondary'],
    themes: ['competitions', 'school_company', 'careers'],
    related: ['jet-net-technet-programme'],
    versions: {
      nl: {
        title: 'Meet the Boss: debatwedstrijd over techniek',
        summary:
          'Een debatwedstrijd van Jet-Net & TechNet en het Nederlands Debat Instituut, waarin leerlingen debatteren over technologische vraagstukken en in gesprek gaan met topmensen uit bedrijven.',
        body: `Meet the Boss is een van de activiteiten uit het aanbod van Jet-Net & TechNet. Samen met het Nederlands Debat Instituut organiseert het netwerk een debatwedstrijd voor middelbare scholieren.

Leerlingen van deelnemende scholen verdiepen zich in een maatschappelijk vraagstuk waarin technologie een rol speelt, bereiden zich voor met debattraining en nemen het in debatrondes tegen elkaar op. De naam zegt het al: onderweg ontmoeten ze leidinggevenden van technologiebedrijven.

De wedstrijd laat zien dat techniek niet alleen over formules en machines gaat, maar ook over keuzes die de samenleving raken. Dat spreekt ook leerlingen aan die zichzelf niet meteen als ‘technisch’ zien, zoals de Maatschappelijke Toepassers uit het Bèta&TechMentality-model. Tegelijk oefenen deelnemers vaardigheden als argumenteren en presenteren, die in elke technische loopbaan van pas komen.`,
      },
      en: {
        title: 'Meet the Boss: a debating contest about technology',
        summary:
          'A debating contest run by Jet-Net & TechNet and the Dutch Debating Institute, in which pupils debate technological issues and meet senior people from companies.',
        body: `Meet the Boss is one of the activities Jet-Net & TechNet offers its schools. Together with the Dutch Debating Institute, the network runs a debating contest for secondary-school pupils.

Pupils from participating schools dig into a societal question in which technology plays a part, prepare with debate training and face each other in debating rounds. As the name suggests, along the way they meet executives of technology companies.

The contest shows that technology is not only about formulas and machines but also about choices that affect society. That appeals to pupils who do not see themselves as “technical” at first, such as the Social Implementers of the Bèta&TechMentality model. Participants also practise skills such as reasoning and presenting, which are useful in any technical career.`,
      },
    },
  },
  {
    slug: 'technology-pact-programme',
    type: 'programme',
    originalLang: 'nl',
    organisation: 'government-of-the-netherlands',
    partners: ['ptvt'],
    countries: ['NL'],
    levels: ['primary', 'secondary', 'vet', 'higher', 'lifelong'],
    themes: ['intersectoral', 'policy_making', 'careers'],
    yearStart: 2013,
    externalUrl: 'https://www.techniekpact.nl',
    related: [
      'technology-pact-2016-2020',
      'technology-pact-monitor',
      'danish-technology-pact',
      'taskforce-meeting-oslo-2018',
    ],
    versions: {
      nl: {
        title: 'Techniekpact',
        summary:
          'Het Techniekpact is een meerjarige afspraak tussen overheid, bedrijfsleven, onderwijs en regio’s om meer mensen te laten kiezen voor, leren in en werken in de techniek.',
        body: `Op 13 mei 2013 ondertekenden meer dan zestig partijen het Techniekpact: het Rijk, werkgevers, werknemers, onderwijsinstellingen, regio’s en jongeren. Aanleiding was het groeiende tekort aan technisch geschoolde mensen.

Het pact is opgebouwd uit drie sporen:

- **Kiezen voor techniek** – meer jongeren kiezen een technische opleiding;
- **Leren in de techniek** – het technisch onderwijs sluit beter aan op de praktijk;
- **Werken in de techniek** – vakmensen blijven in de sector en scholen zich bij.

In 2016 werd het pact vernieuwd met twaalf doelen voor de periode tot 2020. PTvT coördineert de uitvoering, en de Techniekpact Monitor volgt de voortgang. Regionaal werkt het pact via landsdelen; in 2013 ondersteunde het platform er vijf: Noordvleugel, Noord, Oost, Zuidoost en Zuidwest.

Het Nederlandse model inspireerde het Deense Technologiepact en stond centraal in de Noorse taskforce van de coalitie.`,
        fields: {
          objectives:
            'Meer mensen laten kiezen voor, leren in en werken in de techniek, langs drie sporen en sinds 2016 met twaalf concrete doelen.',
          reach: 'Ruim zestig ondertekenaars uit overheid, bedrijfsleven, onderwijs en regio’s.',
          kpi: 'De indicatoren van de Techniekpact Monitor, met een jaarlijkse rapportage aan de Tweede Kamer.',
        },
      },
      en: {
        title: 'Technology Pact (Techniekpact)',
        summary:
          'The Technology Pact is a multi-year agreement between government, business, education and the regions to get more people to choose, learn and work in technology.',
        body: `On 13 May 2013 more than sixty parties signed the Dutch Technology Pact: central government, employers, unions, education institutions, regions and young people. The reason was a growing shortage of technically trained people.

The pact has three tracks:

- **Choosing technology** – more young people opt for a technical education;
- **Learning in technology** – technical education connects better with practice;
- **Working in technology** – skilled people stay in the sector and keep learning.

In 2016 the pact was renewed with twelve objectives for the years up to 2020. PTvT coordinates the work, and the Technology Pact Monitor tracks progress. Regionally the pact works through larger areas (landsdelen); in 2013 the platform supported five: Noordvleugel, North, East, South-East and South-West.

The Dutch model inspired the Danish Technology Pact and was at the heart of the coalition’s Norwegian taskforce.`,
        fields: {
          objectives:
            'Get more people to choose, learn and work in technology, along three tracks and, since 2016, with twelve concrete objectives.',
          reach: 'More than sixty signatories from government, business, education and the regions.',
          kpi: 'The indicators of the Technology Pact Monitor, reported to parliament every year.',
        },
      },
    },
  },
];
