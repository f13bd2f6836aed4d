// Organisations of the demo: the member platforms of the coalition per country, its European
// partners, and the governments, universities, companies and media the knowledge items cite.
// Facts come from /work/shared/reference/seed-facts.md (§9.3); the wording is our own.
import type { SeedOrganisation } from './types.ts';

/** The Declaration of Support in Amsterdam, taken as the start date of the founding members. */
const FOUNDED = '2015-10-02';

const MEMBERS: SeedOrganisation[] = [
  // Netherlands
  {
    slug: 'ptvt',
    name: 'Platform Talent for Technology',
    shortName: 'PTvT',
    kind: 'association',
    country: 'NL',
    website: 'https://ptvt.nl',
    aliases: [
      'PBT',
      'Platform Bèta Techniek',
      'Platform Talent voor Technologie',
      'Dutch National STEM Platform',
      'Dutch national STEM platform',
    ],
    membership: { role: 'national_stem_platform', since: FOUNDED },
    description: {
      en: 'The Dutch national STEM platform and the host of the coalition secretariat. It began in 2004 as Platform Bèta Techniek (PBT), created to carry out the national Deltaplan for science and technology, and later merged with TechniekTalent.nu into Platform Talent for Technology. It coordinates the Dutch Technology Pact and ran Jet-Net & TechNet at national level.',
      nl: 'Het nationale bètatechnische platform van Nederland, waar ook het secretariaat van de coalitie zit. Het begon in 2004 als Platform Bèta Techniek (PBT) om het Deltaplan Bèta/Techniek uit te voeren en ging later samen met TechniekTalent.nu verder als Platform Talent voor Technologie. PTvT coördineert het Techniekpact en stuurde Jet-Net & TechNet landelijk aan.',
    },
  },
  // Denmark
  {
    slug: 'astra',
    name: 'Astra — National Centre for Science, Technology and Health Learning',
    shortName: 'Astra',
    kind: 'agency',
    country: 'DK',
    website: 'https://astra.dk',
    aliases: ['ASTRA', 'Astra Denmark'],
    membership: { role: 'national_stem_platform', since: FOUNDED },
    description: {
      en: 'Denmark’s national centre for learning in science, technology and health, established by law in 2009. As one of the four founding platforms of the coalition it hosted the 2016 General Assembly in Copenhagen, where the first Erasmus+ action plan started.',
      nl: 'Het Deense nationale centrum voor leren in natuurwetenschappen, technologie en gezondheid, in 2009 bij wet opgericht. Astra is een van de vier platforms die de coalitie hebben opgericht en ontving de Algemene Vergadering van 2016 in Kopenhagen, waar het eerste Erasmus+-actieplan van start ging.',
    },
  },
  {
    slug: 'naturvidenskabernes-hus',
    name: 'Naturvidenskabernes Hus',
    kind: 'foundation',
    country: 'DK',
    aliases: ['House of Natural Sciences', 'The House of Natural Sciences'],
    membership: { role: 'associate_partner' },
    description: {
      en: 'A Danish organisation founded in 2007 that brings science and technology closer to children and young people. It runs the Tektanken network, in which large industrial firms and more than 500 other companies open their doors to schools, and the Naturfagsmaraton, a science relay for pupils across dozens of municipalities.',
      nl: 'Een Deense organisatie uit 2007 die natuurwetenschap en techniek dichter bij kinderen en jongeren brengt. Ze beheert het netwerk Tektanken, waarin grote industriële bedrijven en ruim 500 andere ondernemingen hun deuren openen voor scholen, en de Naturfagsmaraton, een estafette met wetenschapsopdrachten voor leerlingen in tientallen gemeenten.',
    },
  },
  {
    slug: 'danish-foundation-for-entrepreneurship',
    name: 'Danish Foundation for Entrepreneurship',
    kind: 'ngo',
    country: 'DK',
    website: 'https://ffe-ye.dk',
    aliases: ['Fonden for Entreprenørskab', 'Foundation for Entrepreneurship'],
    membership: { role: 'associate_partner' },
    description: {
      en: 'A Danish non-governmental organisation that promotes entrepreneurship in education. It acts as the secretariat of the Danish Technology Pact, a ten-year effort (2018–2028) anchored in four ministries, and represents the pact in the coalition.',
      nl: 'Een Deense non-gouvernementele organisatie die ondernemerschap in het onderwijs bevordert. Ze is het secretariaat van het Deense Technologiepact, een tienjarige aanpak (2018–2028) die in vier ministeries is verankerd, en vertegenwoordigt dat pact in de coalitie.',
    },
  },
  // Estonia
  {
    slug: 'etag',
    name: 'Estonian Research Council',
    shortName: 'ETAg',
    kind: 'research_council',
    country: 'EE',
    website: 'https://etag.ee',
    aliases: ['Eesti Teadusagentuur'],
    membership: { role: 'national_stem_platform', since: FOUNDED },
    description: {
      en: 'Estonia’s research funding agency and one of the four founding platforms of the coalition. It coordinates the Estonian Research and Technology Pact, funds science-education projects through the TeaMe programme and runs the miks.ee portal for young people. With the Norwegian centre it leads the coalition’s Nordic activities.',
      nl: 'De Estse organisatie voor onderzoeksfinanciering en een van de vier oprichters van de coalitie. ETAg coördineert het Estse Onderzoeks- en Technologiepact, financiert via het programma TeaMe projecten voor wetenschapsonderwijs en beheert het jongerenportaal miks.ee. Samen met het Noorse centrum leidt het de Noordse activiteiten van de coalitie.',
    },
  },
  // Belgium (Flanders)
  {
    slug: 'flanders-stem-platform',
    name: 'Flanders STEM Platform',
    kind: 'other',
    country: 'BE',
    region: 'flanders',
    aliases: ['STEM-platform Vlaanderen', 'Flemish STEM Platform'],
    membership: { role: 'national_stem_platform', since: FOUNDED },
    description: {
      en: 'An advisory body of experts from education, business and research that counsels the Flemish STEM steering committee on the STEM Action Plan. It was one of the four platforms that founded the coalition in 2015.',
      nl: 'Een adviesorgaan van deskundigen uit onderwijs, bedrijfsleven en onderzoek dat de Vlaamse STEM-stuurgroep adviseert over het STEM-actieplan. Het was een van de vier platforms die de coalitie in 2015 hebben opgericht.',
    },
  },
  {
    slug: 'flemish-ministry-of-education',
    name: 'Flemish Ministry of Education and Training',
    kind: 'government',
    country: 'BE',
    region: 'flanders',
    aliases: [
      'Flemish Ministry of Education',
      'Vlaams Ministerie van Onderwijs en Vorming',
      'Departement Onderwijs en Vorming',
    ],
    membership: { role: 'associate_partner' },
    description: {
      en: 'The education department of the Flemish government, responsible for the STEM Action Plan in Flanders. It hosted the December 2017 taskforce meeting in Brussels, where the directors of the Danish, Dutch, British and Flemish platforms compared their approaches.',
      nl: 'Het onderwijsdepartement van de Vlaamse overheid, verantwoordelijk voor het STEM-actieplan in Vlaanderen. Het ontving in december 2017 de taskforcebijeenkomst in Brussel, waar de directeuren van het Deense, Nederlandse, Britse en Vlaamse platform hun aanpak vergeleken.',
    },
  },
  // Finland
  {
    slug: 'luma-centre-finland',
    name: 'LUMA Centre Finland',
    shortName: 'LUMA',
    kind: 'association',
    country: 'FI',
    website: 'https://www.luma.fi',
    aliases: ['LUMA-keskus Suomi', 'LUMA Center Finland'],
    membership: { role: 'national_stem_platform' },
    description: {
      en: 'The Finnish national STEM platform: an umbrella set up on 8 November 2013 that joins 13 regional LUMA centres based at universities. Together they reach around 400,000 children, young people and teachers a year. Its flagship is StarT, a project-learning programme launched in 2016.',
      nl: 'Het Finse nationale STEM-platform: een koepel, opgericht op 8 november 2013, van dertien regionale LUMA-centra aan universiteiten. Samen bereiken ze jaarlijks zo’n 400.000 kinderen, jongeren en leraren. Het vlaggenschip is StarT, een programma voor projectonderwijs dat in 2016 begon.',
    },
  },
  // Norway
  {
    slug: 'ncsr',
    name: 'Norwegian Centre for Science Recruitment',
    shortName: 'NCSR',
    kind: 'agency',
    country: 'NO',
    website: 'https://realfagsrekruttering.no',
    aliases: [
      'NCR',
      'NSR',
      'Nasjonalt senter for realfagsrekruttering',
      'Norwegian National Centre for Science Recruitment',
    ],
    membership: { role: 'national_stem_platform' },
    description: {
      en: 'The Norwegian national STEM platform, which works to interest more young people in science and technology studies and careers. It has run the ENT3R mentoring programme since 2010, as well as the role-model site rollemodell.no and the study-choice site velgriktig.no. Together with the Estonian Research Council it leads the coalition’s Nordic activities.',
      nl: 'Het Noorse nationale STEM-platform, dat meer jongeren wil interesseren voor een bètatechnische studie en loopbaan. Het centrum voert sinds 2010 het mentorprogramma ENT3R uit en beheert de rolmodellensite rollemodell.no en de studiekeuzesite velgriktig.no. Met de Estse onderzoeksraad leidt het de Noordse activiteiten van de coalitie.',
    },
  },
  // Sweden
  {
    slug: 'teknikcollege',
    name: 'Teknikcollege',
    kind: 'association',
    country: 'SE',
    website: 'https://www.teknikcollege.se',
    aliases: ['Teknikcollege Sverige'],
    membership: { role: 'national_stem_platform' },
    description: {
      en: 'The Swedish platform in which industry, municipalities and education providers jointly shape technical education. Some 3,000 companies, 180 municipalities and 150 providers take part, serving about 20,000 students. Programmes earn the Teknikcollege label by meeting a shared set of quality criteria.',
      nl: 'Het Zweedse platform waarin bedrijfsleven, gemeenten en onderwijsinstellingen samen het technisch onderwijs vormgeven. Zo’n 3.000 bedrijven, 180 gemeenten en 150 opleiders doen mee, met samen ongeveer 20.000 leerlingen. Opleidingen krijgen het keurmerk Teknikcollege als ze aan gezamenlijke kwaliteitscriteria voldoen.',
    },
  },
  // Hungary
  {
    slug: 'hungarian-stem-platform',
    name: 'Hungarian STEM Platform',
    kind: 'association',
    country: 'HU',
    membership: { role: 'national_stem_platform' },
    description: {
      en: 'The national platform that coordinates school–company programmes in Hungary. It was launched on 25 April 2018 in Budapest at the end of a coalition taskforce, and is based at Óbuda University.',
      nl: 'Het nationale platform dat in Hongarije de samenwerking tussen scholen en bedrijven coördineert. Het werd op 25 april 2018 in Boedapest gelanceerd, als uitkomst van een taskforce van de coalitie, en is gevestigd bij de Óbuda-universiteit.',
    },
  },
  {
    slug: 'obuda-university',
    name: 'Óbuda University',
    kind: 'university',
    country: 'HU',
    website: 'https://uni-obuda.hu',
    aliases: ['Óbudai Egyetem'],
    membership: { role: 'national_lead_partner' },
    description: {
      en: 'A Budapest university of technology founded on 1 January 2010, with about 13,000 students in six faculties on three campuses. At the government’s request it asked the coalition for help in 2017 and now hosts the Hungarian STEM Platform.',
      nl: 'Een technische universiteit in Boedapest, opgericht op 1 januari 2010, met zo’n 13.000 studenten in zes faculteiten op drie locaties. Op verzoek van de regering vroeg de universiteit in 2017 de coalitie om steun; ze huisvest nu het Hongaarse STEM-platform.',
    },
  },
  // Spain
  {
    slug: 'government-of-the-basque-country',
    name: 'Government of the Basque Country',
    kind: 'government',
    country: 'ES',
    region: 'basque-country',
    website: 'https://www.euskadi.eus',
    aliases: ['Eusko Jaurlaritza', 'Gobierno Vasco', 'Basque Government'],
    membership: { role: 'national_lead_partner' },
    description: {
      en: 'The regional government of the Basque Country, whose Department of Education adopted the STEAM Euskadi strategy in June 2018. The region spends 1.89% of its GDP on research and development. With InnoBasque it represents the Basque Country in the coalition and helps coordinate its southern node with France and Greece.',
      nl: 'De regionale regering van Baskenland. Het onderwijsdepartement stelde in juni 2018 de strategie STEAM Euskadi vast. De regio besteedt 1,89% van het bbp aan onderzoek en ontwikkeling. Samen met InnoBasque vertegenwoordigt de regering Baskenland in de coalitie en helpt ze het zuidelijke knooppunt met Frankrijk en Griekenland te coördineren.',
    },
  },
  {
    slug: 'innobasque',
    name: 'InnoBasque',
    kind: 'agency',
    country: 'ES',
    region: 'basque-country',
    website: 'https://www.innobasque.eus',
    aliases: ['Innobasque', 'Basque Innovation Agency', 'Agencia Vasca de la Innovación'],
    membership: { role: 'national_lead_partner' },
    description: {
      en: 'The Basque Innovation Agency, which carries out parts of the regional STEAM strategy. On the advice of the Danish platform it turned to the coalition in 2018 and chose the Dutch–Danish Jet-Net model for its STEAMsare school–company programme. It coordinates the coalition’s southern node covering France, Spain and Greece.',
      nl: 'Het Baskische innovatieagentschap, dat onderdelen van de regionale STEAM-strategie uitvoert. Op advies van het Deense platform klopte het in 2018 aan bij de coalitie en koos het Nederlands-Deense Jet-Netmodel voor zijn programma STEAMsare voor samenwerking tussen scholen en bedrijven. InnoBasque coördineert het zuidelijke knooppunt van de coalitie (Frankrijk, Spanje en Griekenland).',
    },
  },
  {
    slug: 'government-of-catalonia',
    name: 'Government of Catalonia',
    kind: 'government',
    country: 'ES',
    region: 'catalonia',
    website: 'https://web.gencat.cat',
    aliases: ['Generalitat de Catalunya'],
    membership: { role: 'associate_partner' },
    description: {
      en: 'The regional government of Catalonia. In February 2017 it agreed the STEMcat plan, which groups its work on science and technology education under four focus areas.',
      nl: 'De regionale regering van Catalonië. In februari 2017 sprak zij het plan STEMcat af, dat haar aanpak van bèta- en techniekonderwijs in vier speerpunten ordent.',
    },
  },
  // France
  {
    slug: 'upsti',
    name: 'Union des Professeurs de Sciences et Techniques Industrielles',
    shortName: 'UPSTI',
    kind: 'association',
    country: 'FR',
    website: 'https://www.upsti.fr',
    membership: { role: 'national_lead_partner' },
    description: {
      en: 'A French association of teachers of engineering sciences, founded in 1982. Its more than 1,000 members are in touch with over 50,000 students. It is the coalition’s lead partner in France and hosted the General Assemblies of 2018 (Paris) and 2022 (Saint-Raphaël).',
      nl: 'Een Franse vereniging van docenten technische wetenschappen, opgericht in 1982. De ruim 1.000 leden staan in contact met meer dan 50.000 studenten. UPSTI is de leidende partner van de coalitie in Frankrijk en ontving de Algemene Vergaderingen van 2018 (Parijs) en 2022 (Saint-Raphaël).',
    },
  },
  // Germany
  {
    slug: 'nationales-mint-forum',
    name: 'Nationales MINT Forum',
    kind: 'association',
    country: 'DE',
    aliases: ['Nationales MINT Forum e.V.', 'National MINT Forum'],
    membership: { role: 'national_stem_platform' },
    description: {
      en: 'A German association in which more than 30 foundations, academies, business associations and other organisations work together on STEM (MINT) education. It joined the coalition in 2023.',
      nl: 'Een Duitse vereniging waarin meer dan dertig stichtingen, academies, brancheorganisaties en andere partijen samenwerken aan bètatechnisch onderwijs (MINT). Het forum werd in 2023 lid van de coalitie.',
    },
  },
  {
    slug: 'matrix-ggmbh',
    name: 'matrix gGmbH',
    kind: 'ngo',
    country: 'DE',
    aliases: ['matrix'],
    membership: { role: 'associate_partner' },
    description: {
      en: 'A German non-profit company with about 70 staff that works on education and networks in STEM. It is one of the founders of MINTvernetzt, the national service point for German STEM initiatives.',
      nl: 'Een Duitse organisatie zonder winstoogmerk met ongeveer zeventig medewerkers, actief op het gebied van onderwijs en netwerken in de bètatechniek. Ze is een van de oprichters van MINTvernetzt, het landelijke servicepunt voor Duitse MINT-initiatieven.',
    },
  },
  // United Kingdom
  {
    slug: 'stem-learning',
    name: 'STEM Learning',
    kind: 'ngo',
    country: 'GB',
    website: 'https://www.stem.org.uk',
    aliases: ['STEM Learning UK'],
    membership: { role: 'national_stem_platform' },
    description: {
      en: 'The British organisation for the professional development of science, technology and mathematics teachers. At the coalition’s COVID-19 webinar in June 2020 it showed how it moved its teacher training online.',
      nl: 'De Britse organisatie voor professionalisering van docenten in bètavakken en wiskunde. Tijdens het COVID-19-webinar van de coalitie in juni 2020 liet ze zien hoe ze haar nascholing voor docenten online bracht.',
    },
  },
  // Greece
  {
    slug: 'forth',
    name: 'Foundation for Research and Technology – Hellas',
    shortName: 'FORTH',
    kind: 'other',
    country: 'GR',
    website: 'https://www.forth.gr',
    aliases: ['FORTH Educational Research & Evaluation Group'],
    membership: { role: 'associate_partner' },
    description: {
      en: 'One of the largest research centres in Greece, with about 1,080 staff. Its Educational Research and Evaluation Group takes part in the coalition and was a partner in its Erasmus+ project.',
      nl: 'Een van de grootste onderzoekscentra van Griekenland, met ongeveer 1.080 medewerkers. De onderzoeksgroep voor onderwijsonderzoek en evaluatie neemt deel aan de coalitie en was partner in het Erasmus+-project.',
    },
  },
  // European partners
  {
    slug: 'feani',
    name: 'European Federation of National Engineering Associations',
    shortName: 'FEANI',
    kind: 'association',
    country: 'EU',
    aliases: ['Engineers Europe', 'Fédération Européenne d’Associations Nationales d’Ingénieurs'],
    membership: { role: 'european_partner', since: FOUNDED },
    description: {
      en: 'The European federation of engineering associations, now known as Engineers Europe, covering 34 countries and some six million engineers. It supported the coalition from its launch in 2015, and in 2018 the coalition joined its Engineers Europe Advisory Group.',
      nl: 'De Europese federatie van ingenieursverenigingen, tegenwoordig Engineers Europe, met leden in 34 landen en zo’n zes miljoen ingenieurs. De federatie steunt de coalitie sinds de start in 2015; in 2018 trad de coalitie toe tot haar adviesgroep Engineers Europe Advisory Group.',
    },
  },
  {
    slug: 'ecsite',
    name: 'Ecsite — European Network of Science Centres and Museums',
    shortName: 'Ecsite',
    kind: 'association',
    country: 'EU',
    website: 'https://www.ecsite.eu',
    aliases: ['ECSITE'],
    membership: { role: 'european_partner', since: FOUNDED },
    description: {
      en: 'The European network of science centres and museums. It was among the European organisations that backed the coalition at its launch in October 2015.',
      nl: 'Het Europese netwerk van wetenschapscentra en -musea. Het hoorde bij de Europese organisaties die de coalitie bij de start in oktober 2015 steunden.',
    },
  },
  {
    slug: 'csr-europe',
    name: 'CSR Europe',
    kind: 'association',
    country: 'EU',
    website: 'https://www.csreurope.org',
    membership: { role: 'european_partner', since: FOUNDED },
    description: {
      en: 'The European business network for corporate social responsibility. It supported the coalition at its launch in 2015 and helped spread its first brochure on STEM skills for a future-proof Europe.',
      nl: 'Het Europese bedrijfsnetwerk voor maatschappelijk verantwoord ondernemen. Het steunde de coalitie bij de start in 2015 en hielp haar eerste brochure over bètatechnische vaardigheden voor een toekomstbestendig Europa te verspreiden.',
    },
  },
];

const OTHERS: SeedOrganisation[] = [
  {
    slug: 'eu-stem-coalition',
    name: 'EU STEM Coalition',
    kind: 'association',
    country: 'EU',
    website: 'https://www.stemcoalition.eu',
    aliases: ['STEM Coalition', 'European STEM Coalition'],
    description: {
      en: 'The European network of national STEM platforms, officially started in October 2015 by the Dutch, Danish, Estonian and Flemish platforms. It helps countries and regions build STEM strategies and school–company programmes through policy briefings, taskforces and General Assemblies. The secretariat is hosted by the Dutch platform PTvT.',
      nl: 'Het Europese netwerk van nationale bètatechnische platforms, officieel gestart in oktober 2015 door de platforms van Nederland, Denemarken, Estland en Vlaanderen. De coalitie helpt landen en regio’s bij het opzetten van STEM-strategieën en samenwerking tussen scholen en bedrijven, met beleidsbriefings, taskforces en Algemene Vergaderingen. Het secretariaat zit bij het Nederlandse platform PTvT.',
    },
  },
  {
    slug: 'jet-net-technet',
    name: 'Jet-Net & TechNet',
    shortName: 'JNTN',
    kind: 'association',
    country: 'NL',
    website: 'https://jet-net.nl',
    aliases: [
      'Jet-Net&TechNet',
      'Jet-Net',
      'TechNet',
      'TecWijzer',
      'Jongeren en Technologie Netwerk Nederland',
    ],
    description: {
      en: 'The national office behind the Dutch school–company network of the same name, part of PTvT. It supported partnerships between schools and technology companies through regional coordinators, shared activities and lesson material. National steering ended in March 2024; the networks now continue regionally.',
      nl: 'Het landelijke bureau achter het gelijknamige Nederlandse netwerk van scholen en bedrijven, onderdeel van PTvT. Het ondersteunde partnerschappen tussen scholen en technologiebedrijven met regionale coördinatoren, gezamenlijke activiteiten en lesmateriaal. De landelijke aansturing stopte in maart 2024; de netwerken gaan regionaal verder.',
    },
  },
  {
    slug: 'government-of-the-netherlands',
    name: 'Government of the Netherlands',
    kind: 'government',
    country: 'NL',
    website: 'https://www.rijksoverheid.nl',
    aliases: ['Rijksoverheid', 'Dutch government'],
    description: {
      en: 'The Dutch central government. Together with employers, unions, education and the regions it signed the Technology Pact in 2013 and renewed it in 2016, and it reports on progress to parliament every year through the Technology Pact Monitor.',
      nl: 'De Nederlandse rijksoverheid. Samen met werkgevers, vakbonden, onderwijs en regio’s sloot zij in 2013 het Techniekpact, dat in 2016 werd vernieuwd. Over de voortgang rapporteert zij jaarlijks aan de Tweede Kamer met de Techniekpact Monitor.',
    },
  },
  {
    slug: 'vhto',
    name: 'VHTO',
    kind: 'ngo',
    country: 'NL',
    website: 'https://www.vhto.nl',
    aliases: ['VHTO Expertisecentrum genderdiversiteit in bèta, techniek en IT'],
    description: {
      en: 'The Dutch expertise centre on gender diversity in science, technology and IT. It organises Girlsday, on which companies open their doors to girls aged 10 to 15, and works with Jet-Net & TechNet as a partner.',
      nl: 'Het Nederlandse expertisecentrum voor genderdiversiteit in bèta, techniek en IT. VHTO organiseert Girlsday, waarop bedrijven hun deuren openen voor meisjes van 10 tot 15 jaar, en werkt als partner samen met Jet-Net & TechNet.',
    },
  },
  {
    slug: 'techniektalent-nu',
    name: 'TechniekTalent.nu',
    kind: 'association',
    country: 'NL',
    aliases: ['TechniekTalent'],
    description: {
      en: 'A Dutch cooperation of employers and unions in technical sectors that ran the TechNet circles of vmbo and mbo schools with Platform Bèta Techniek. Its products moved to PTvT after the merger, and the organisation itself was wound up at the end of 2021.',
      nl: 'Een samenwerkingsverband van werkgevers en vakbonden in de technische sectoren dat met Platform Bèta Techniek de TechNet-kringen van vmbo- en mbo-scholen organiseerde. Na de fusie gingen de producten over naar PTvT; de organisatie zelf werd eind 2021 opgeheven.',
    },
  },
  {
    slug: 'motivaction',
    name: 'Motivaction',
    kind: 'company',
    country: 'NL',
    website: 'https://www.motivaction.nl',
    description: {
      en: 'A Dutch research agency. It carried out the quantitative part of the Bèta&TechMentality study: a survey of some 1,470 young people, analysed into seven dimensions and five segments.',
      nl: 'Een Nederlands onderzoeksbureau. Het voerde het kwantitatieve deel van het Bèta&TechMentality-onderzoek uit: een vragenlijst onder zo’n 1.470 jongeren, geanalyseerd tot zeven dimensies en vijf segmenten.',
    },
  },
  {
    slug: 'youngworks',
    name: 'Youngworks',
    kind: 'company',
    country: 'NL',
    website: 'https://www.youngworks.nl',
    description: {
      en: 'A Dutch youth research agency. For the Bèta&TechMentality study it held 30 exploratory interviews in pairs with 60 children and young people before the survey was designed.',
      nl: 'Een Nederlands bureau voor jongerenonderzoek. Voor het Bèta&TechMentality-onderzoek voerde het 30 verkennende duo-interviews met 60 kinderen en jongeren, voordat de vragenlijst werd opgesteld.',
    },
  },
  {
    slug: 'dialogic',
    name: 'Dialogic',
    kind: 'company',
    country: 'NL',
    website: 'https://dialogic.nl',
    description: {
      en: 'A Dutch research and consultancy firm. In 2006 and 2007 it carried out quickscans of Jet-Net schools, comparing their pupils’ choice of science profiles with the national average.',
      nl: 'Een Nederlands onderzoeks- en adviesbureau. In 2006 en 2007 voerde het quickscans uit bij Jet-Netscholen, waarin de profielkeuze van hun leerlingen werd vergeleken met het landelijk gemiddelde.',
    },
  },
  {
    slug: 'dutch-debating-institute',
    name: 'Dutch Debating Institute',
    kind: 'ngo',
    country: 'NL',
    aliases: ['Nederlands Debat Instituut'],
    description: {
      en: 'A Dutch organisation that teaches and organises debating. It ran the Meet the Boss debating contest together with Jet-Net & TechNet.',
      nl: 'Een Nederlandse organisatie die debattrainingen en debatwedstrijden verzorgt. Samen met Jet-Net & TechNet organiseerde ze de debatwedstrijd Meet the Boss.',
    },
  },
  {
    slug: 'siemens-netherlands',
    name: 'Siemens Netherlands',
    kind: 'company',
    country: 'NL',
    aliases: ['Siemens Nederland'],
    description: {
      en: 'The Dutch branch of the technology company Siemens and a long-standing Jet-Net company. Its head office in The Hague hosted the first day of the November 2018 taskforce meeting on the Jet-Net & TechNet model.',
      nl: 'De Nederlandse vestiging van technologiebedrijf Siemens en al lang een Jet-Netbedrijf. Op het hoofdkantoor in Den Haag vond de eerste dag plaats van de taskforcebijeenkomst over het Jet-Net & TechNet-model in november 2018.',
    },
  },
  {
    slug: 'neth-er',
    name: 'Neth-ER',
    kind: 'association',
    country: 'NL',
    website: 'https://www.neth-er.eu',
    aliases: ['Netherlands house for Education and Research'],
    description: {
      en: 'The Brussels office of the Dutch education and research sector, which follows and influences EU policy on their behalf. Its office hosted the kick-off of the coalition’s project “Towards a European STE(A)M Platform” in February 2020.',
      nl: 'Het Brusselse kantoor van de Nederlandse onderwijs- en onderzoekssector, dat namens hen Europees beleid volgt en beïnvloedt. Op dit kantoor begon in februari 2020 het coalitieproject “Towards a European STE(A)M Platform”.',
    },
  },
  {
    slug: 'government-of-denmark',
    name: 'Government of Denmark',
    kind: 'government',
    country: 'DK',
    aliases: ['Danish government', 'Regeringen'],
    description: {
      en: 'The Danish national government. Four of its ministers launched the Danish Technology Pact on 22 April 2018, together with some 80 organisations.',
    },
  },
  {
    slug: 'government-of-norway',
    name: 'Government of Norway',
    kind: 'government',
    country: 'NO',
    aliases: ['Norwegian government', 'Regjeringen'],
    description: {
      en: 'The Norwegian national government. Its national STEM strategy “Close to STEM” ran until 2020; stakeholders have since worked with the coalition on proposals for a successor.',
    },
  },
  {
    slug: 'institut-de-locarn',
    name: 'Institut de Locarn',
    kind: 'association',
    country: 'FR',
    region: 'brittany',
    aliases: ['L’Institut de Locarn', "L'Institut de Locarn", 'Locarn Institute'],
    description: {
      en: 'A Breton network of business leaders that thinks about the economic future of Brittany. Together with AlertEducation it asked the coalition in 2020 for help in building a regional school–company programme, and it hosted the second Bretagne taskforce meeting in Fréhel.',
    },
  },
  {
    slug: 'alerteducation',
    name: 'AlertEducation',
    kind: 'ngo',
    country: 'FR',
    website: 'http://alerteducation.eu',
    aliases: ['Alert Education'],
    description: {
      en: 'A French initiative that promotes cooperation between education and business. It has presented the Dutch Jet-Net network as a model for France and co-requested the coalition’s taskforce on school–company cooperation in Brittany.',
    },
  },
  {
    slug: 'bretagne-entreprise-jeunesse',
    name: 'Bretagne Entreprise Jeunesse',
    shortName: 'BREJ',
    kind: 'association',
    country: 'FR',
    region: 'brittany',
    aliases: ['STEM Bretagne'],
    description: {
      en: 'A Breton association founded on 10 December 2021 as the outcome of the coalition’s taskforce in Brittany. It organises cooperation between schools and companies in the region, based on the Jet-Net model, and carries on the “STEM Bretagne” label.',
      nl: 'Een Bretonse vereniging die op 10 december 2021 werd opgericht als resultaat van de taskforce van de coalitie in Bretagne. Ze organiseert samenwerking tussen scholen en bedrijven in de regio naar het voorbeeld van Jet-Net en voert het label “STEM Bretagne” verder.',
    },
  },
  {
    slug: 'aede-france',
    name: 'AEDE-France',
    kind: 'association',
    country: 'FR',
    aliases: ['AEDE France'],
    description: {
      en: 'The French section of the European Association of Education (AEDE), a network of teachers and educators with a European outlook. It co-hosted the coalition’s General Assembly in Paris in October 2018 together with UPSTI.',
    },
  },
  {
    slug: 'baltic-assembly',
    name: 'Baltic Assembly',
    kind: 'other',
    country: 'LV',
    aliases: ['Baltijas Asambleja'],
    description: {
      en: 'The body for cooperation between the parliaments of Estonia, Latvia and Lithuania. In February 2022 the coalition gave input to a joint meeting of its Education and Innovation committees, with an introductory report on STEM and ICT trends.',
    },
  },
  {
    slug: 'riga-technical-university',
    name: 'Riga Technical University',
    shortName: 'RTU',
    kind: 'university',
    country: 'LV',
    website: 'https://www.rtu.lv',
    description: {
      en: 'The largest technical university of Latvia. After the coalition’s input to the Baltic Assembly in 2022, it was recommended as the organisation to represent Latvia in the network.',
    },
  },
  {
    slug: 'university-world-news',
    name: 'University World News',
    kind: 'media',
    country: 'GB',
    website: 'https://www.universityworldnews.com',
    description: {
      en: 'An international online newspaper about higher education. In May 2018 it reported on the launch of the Danish Technology Pact.',
      nl: 'Een internationale onlinekrant over hoger onderwijs. In mei 2018 berichtte zij over de lancering van het Deense Technologiepact.',
    },
  },
  {
    slug: 'association-of-nordic-engineers',
    name: 'Association of Nordic Engineers',
    shortName: 'ANE',
    kind: 'association',
    description: {
      en: 'A cooperation of engineering unions in the Nordic countries. It hosted a coalition taskforce meeting with Nordic stakeholders in Copenhagen in March 2017.',
    },
  },
  {
    slug: 'representation-of-north-rhine-westphalia',
    name: 'Representation of the State of North Rhine-Westphalia to the EU',
    kind: 'government',
    country: 'DE',
    region: 'north-rhine-westphalia',
    aliases: [
      'Representation of North-Rhine Westphalia',
      'Vertretung des Landes Nordrhein-Westfalen bei der EU',
    ],
    description: {
      en: 'The Brussels office of the German state of North Rhine-Westphalia. It hosted the conference “STEM for the Future of Europe” in February 2024, where the Basque Country presented its STEAM strategy to about 80 stakeholders.',
    },
  },
  {
    slug: 'businesseurope',
    name: 'BusinessEurope',
    kind: 'association',
    country: 'EU',
    website: 'https://www.businesseurope.eu',
    description: {
      en: 'The confederation of national business federations in Europe. The coalition presented its new STE(A)M platform project to its Education and Training Working Group in November 2019.',
      nl: 'De Europese koepel van nationale werkgeversorganisaties. In november 2019 presenteerde de coalitie haar nieuwe project voor een STE(A)M-platform aan de werkgroep Onderwijs en Opleiding.',
    },
  },
  {
    slug: 'european-commission',
    name: 'European Commission',
    kind: 'eu_body',
    country: 'EU',
    website: 'https://commission.europa.eu',
    aliases: ['EC', 'Europese Commissie'],
    description: {
      en: 'The executive of the European Union. The coalition cooperates with it, and its Directorate-General for Education (DG EAC) took part in the 2025 General Assembly. Several EU agenda documents that frame STEM policy come from the Commission.',
      nl: 'Het dagelijks bestuur van de Europese Unie. De coalitie werkt met de Commissie samen; het directoraat-generaal Onderwijs (DG EAC) nam deel aan de Algemene Vergadering van 2025. Verschillende Europese agendastukken over STEM-beleid komen van de Commissie.',
    },
  },
  {
    slug: 'european-parliament',
    name: 'European Parliament',
    kind: 'eu_body',
    country: 'EU',
    website: 'https://www.europarl.europa.eu',
    aliases: ['EP', 'Europees Parlement'],
    description: {
      en: 'The directly elected parliament of the European Union. Its resolution of 10 June 2021 on gender equality in STEM education and careers is one of the EU references the coalition builds on.',
    },
  },
  {
    slug: 'eit',
    name: 'European Institute of Innovation and Technology',
    shortName: 'EIT',
    kind: 'eu_body',
    country: 'EU',
    website: 'https://eit.europa.eu',
    description: {
      en: 'An EU body that links business, education and research in innovation communities. The coalition cooperates with it, and an EIT speaker addressed the 2022 General Assembly in Saint-Raphaël.',
    },
  },
  {
    slug: 'ja-europe',
    name: 'JA Europe',
    kind: 'ngo',
    country: 'EU',
    aliases: ['Junior Achievement Europe'],
    description: {
      en: 'The European network of Junior Achievement, which runs entrepreneurship education programmes in schools. It is one of the European organisations the coalition cooperates with.',
    },
  },
  {
    slug: 'us-stem-education-coalition',
    name: 'STEM Education Coalition (United States)',
    kind: 'association',
    aliases: ['US STEM Education Coalition'],
    description: {
      en: 'An American alliance of organisations that advocates for STEM education. It made a joint commitment with the EU STEM Coalition at the Hannover Messe in 2016, and one of its representatives spoke at the 2022 General Assembly.',
    },
  },
];

export const ORGANISATIONS: SeedOrganisation[] = [...MEMBERS, ...OTHERS];
