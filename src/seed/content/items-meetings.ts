// Meeting reports of the demo, 2015–2019: the launch, the first General Assemblies and taskforces.
// Later meetings are in items-meetings-2020s.ts, events and EU projects in items-events.ts.
// Facts from /work/shared/reference/seed-facts.md §9.2–9.3; the wording is our own.
import type { SeedItem } from './types.ts';

export const MEETING_ITEMS: SeedItem[] = [
  {
    slug: 'declaration-of-support-amsterdam-2015',
    type: 'meeting',
    originalLang: 'nl',
    organisation: 'eu-stem-coalition',
    hosts: ['eu-stem-coalition'],
    partners: ['ptvt', 'astra', 'etag', 'feani', 'ecsite', 'csr-europe'],
    countries: ['NL', 'DK', 'EE'],
    startsOn: '2015-10-02',
    venue: 'Beurs van Berlage',
    city: 'Amsterdam',
    externalUrl: 'http://www.stemcoalition.eu/publications/towards-future-proof-europe',
    sourceNote:
      'Official start taken as October 2015 (CSR Europe and the coalition’s own publication). An interview with the chair places the start at the Hannover Messe “in 2015”, but the coalition’s Hannover item is dated April 2016.',
    related: [
      'stem-skills-future-proof-europe',
      'wissenstag-hannover-messe-2016',
      'general-assembly-copenhagen-2016',
    ],
    versions: {
      nl: {
        title: 'Steunverklaring voor de EU STEM Coalition getekend in Amsterdam',
        summary:
          'Op 2 oktober 2015 tekenden Denemarken, Estland en Nederland in de Beurs van Berlage een steunverklaring voor de EU STEM Coalition, de officiële start van het netwerk.',
        body: `In de Beurs van Berlage in Amsterdam ondertekenden vertegenwoordigers van Denemarken, Estland en Nederland op 2 oktober 2015 een **steunverklaring** voor de EU STEM Coalition. Daarmee ging het netwerk van nationale bètatechnische platforms officieel van start.

De vier oprichtende platforms waren:

- Platform Bèta Techniek (Nederland), nu PTvT;
- Astra (Denemarken);
- de Estse onderzoeksraad ETAg;
- het STEM-platform van Vlaanderen.

Europese partners als FEANI, Ecsite en CSR Europe steunden de start. Bij de gelegenheid verscheen de brochure over bètatechnische vaardigheden voor een toekomstbestendig Europa.

De gedachte achter de coalitie: landen met een nationaal platform dat overheid, onderwijs en bedrijfsleven verbindt, boeken betere resultaten, en kunnen andere landen helpen hetzelfde te doen.`,
        fields: {
          objective:
            'De EU STEM Coalition officieel oprichten met een steunverklaring van de betrokken landen.',
          nextSteps:
            'Het netwerk presenteren op de Hannover Messe in 2016 en een driejarig actieplan met Erasmus+-steun voorbereiden.',
        },
      },
      en: {
        title: 'Declaration of Support for the EU STEM Coalition signed in Amsterdam',
        summary:
          'On 2 October 2015 Denmark, Estonia and the Netherlands signed a Declaration of Support for the EU STEM Coalition at the Beurs van Berlage, the network’s official start.',
        body: `At the Beurs van Berlage in Amsterdam, representatives of Denmark, Estonia and the Netherlands signed a **Declaration of Support** for the EU STEM Coalition on 2 October 2015. With it, the network of national STEM platforms officially began.

The four founding platforms were:

- Platform Bèta Techniek (the Netherlands), now PTvT;
- Astra (Denmark);
- the Estonian Research Council ETAg;
- the Flanders STEM Platform.

European partners such as FEANI, Ecsite and CSR Europe backed the launch, and the brochure on STEM skills for a future-proof Europe was presented.

The idea behind the coalition: countries with a national platform that links government, education and industry achieve better results, and can help other countries do the same.`,
        fields: {
          objective:
            'Formally establish the EU STEM Coalition with a declaration of support from the countries involved.',
          nextSteps:
            'Present the network at the Hannover Messe in 2016 and prepare a three-year action plan with Erasmus+ support.',
        },
      },
    },
  },
  {
    slug: 'wissenstag-hannover-messe-2016',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    partners: ['us-stem-education-coalition', 'feani'],
    countries: ['DE'],
    startsOn: '2016-04-25',
    venue: 'Hannover Messe',
    city: 'Hannover',
    externalUrl: 'http://www.stemcoalition.eu/whats-happening/eu-stem-coalition-at-wissenstag-hannover-messe',
    related: ['coalition-at-wissenstag-hannover-messe', 'declaration-of-support-amsterdam-2015'],
    versions: {
      en: {
        title: 'Wissenstag at the Hannover Messe',
        summary:
          'The coalition’s session at the knowledge day of the Hannover Messe on 25 April 2016, attended by the Dutch prime minister and education minister, where it agreed a joint commitment with the US STEM Education Coalition.',
        body: `Half a year after its launch, the coalition took part in the Wissenstag (knowledge day) of the Hannover Messe, the large industrial fair in Germany.

**Who was there**

- the Dutch prime minister and the Dutch minister of education;
- representatives of the founding platforms;
- the STEM Education Coalition from the United States;
- FEANI, the European federation of engineering associations.

**What happened**

The session showed how national STEM platforms bring government, education and industry together, using examples from the founding countries. The European and American coalitions signed a joint commitment to exchange experience and work together.

For the young network the event brought visibility among industrial leaders and a first international partnership outside Europe.`,
        fields: {
          objective:
            'Present the coalition to industry and policy makers at the Hannover Messe and strengthen ties with the US STEM Education Coalition.',
          nextSteps:
            'Follow up the joint commitment with the US coalition and start the three-year action plan at the General Assembly in Copenhagen.',
        },
      },
      nl: {
        title: 'Wissenstag op de Hannover Messe',
        summary:
          'De bijeenkomst van de coalitie op de kennisdag van de Hannover Messe op 25 april 2016, met de Nederlandse premier en onderwijsminister, waar een gezamenlijke afspraak met de Amerikaanse STEM Education Coalition werd gemaakt.',
        body: `Een half jaar na de start nam de coalitie deel aan de Wissenstag (kennisdag) van de Hannover Messe, de grote industriebeurs in Duitsland.

**Wie waren er**

- de Nederlandse minister-president en de minister van Onderwijs;
- vertegenwoordigers van de oprichtende platforms;
- de STEM Education Coalition uit de Verenigde Staten;
- FEANI, de Europese federatie van ingenieursverenigingen.

**Wat gebeurde er**

De bijeenkomst liet aan de hand van voorbeelden uit de oprichtende landen zien hoe nationale platforms overheid, onderwijs en bedrijfsleven samenbrengen. De Europese en de Amerikaanse coalitie legden vast dat ze ervaringen uitwisselen en samenwerken.

Voor het jonge netwerk leverde de dag zichtbaarheid op bij industriële leiders en een eerste internationaal partnerschap buiten Europa.`,
        fields: {
          objective:
            'De coalitie presenteren aan industrie en beleidsmakers op de Hannover Messe en de banden met de Amerikaanse STEM Education Coalition aanhalen.',
          nextSteps:
            'De afspraak met de Amerikaanse coalitie uitwerken en het driejarige actieplan starten tijdens de Algemene Vergadering in Kopenhagen.',
        },
      },
    },
  },
  {
    slug: 'general-assembly-copenhagen-2016',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['astra'],
    countries: ['DK'],
    startsOn: '2016-09-29',
    venue: 'Metropolitan University College',
    city: 'Copenhagen',
    externalUrl: 'http://stemcoalition.eu/publications/eu-stem-coalition-general-assembly-copenhagen',
    related: ['action-plan-eu-stem-coalition', 'danish-technology-pact', 'taskforce-meeting-copenhagen-2017'],
    versions: {
      en: {
        title: 'General Assembly in Copenhagen: start of the three-year action plan',
        summary:
          'The General Assembly of 29 September 2016, hosted by Astra at Metropolitan University College in Copenhagen, kicked off the coalition’s Erasmus+ project “Action Plan EU STEM Coalition”.',
        body: `The coalition’s General Assembly on 29 September 2016 was hosted by Astra, the Danish national centre for science learning, at Metropolitan University College in Copenhagen.

The meeting marked the start of the **three-year action plan**, funded through the Erasmus+ project “Action Plan EU STEM Coalition” (September 2016 to August 2019). Members discussed how to:

- support countries and regions that want to set up a national STEM platform;
- share programmes that work, such as school–company networks;
- organise the support, from single policy briefings to longer taskforces.

The same day the coalition opened its taskforce on a Danish Technology Pact, following the Dutch example. That taskforce led to the launch of the Danish pact in April 2018.`,
        fields: {
          objective:
            'Launch the coalition’s three-year action plan and agree on how members support each other and new countries.',
          nextSteps:
            'Start the first taskforces, beginning with a Danish Technology Pact, and hold the next General Assembly in 2018.',
        },
      },
      nl: {
        title: 'Algemene Vergadering in Kopenhagen: start van het driejarige actieplan',
        summary:
          'De Algemene Vergadering van 29 september 2016, georganiseerd door Astra in het Metropolitan University College in Kopenhagen, vormde de aftrap van het Erasmus+-project “Action Plan EU STEM Coalition”.',
        body: `De Algemene Vergadering van de coalitie op 29 september 2016 werd georganiseerd door Astra, het Deense nationale centrum voor bètaonderwijs, in het Metropolitan University College in Kopenhagen.

De bijeenkomst markeerde de start van het **driejarige actieplan**, gefinancierd via het Erasmus+-project “Action Plan EU STEM Coalition” (september 2016 tot augustus 2019). De leden bespraken hoe zij:

- landen en regio’s ondersteunen die een nationaal platform willen opzetten;
- programma’s delen die werken, zoals netwerken van scholen en bedrijven;
- de ondersteuning organiseren, van een losse beleidsbriefing tot een langere taskforce.

Dezelfde dag startte de coalitie haar taskforce over een Deens technologiepact naar Nederlands voorbeeld. Die leidde in april 2018 tot de lancering van het Deense pact.`,
        fields: {
          objective:
            'Het driejarige actieplan van de coalitie starten en afspreken hoe leden elkaar en nieuwe landen ondersteunen.',
          nextSteps:
            'De eerste taskforces starten, te beginnen met een Deens technologiepact, en in 2018 de volgende Algemene Vergadering houden.',
        },
      },
    },
  },
  {
    slug: 'taskforce-meeting-copenhagen-2017',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['association-of-nordic-engineers'],
    partners: ['ncsr'],
    countries: ['DK'],
    startsOn: '2017-03-03',
    city: 'Copenhagen',
    externalUrl:
      'http://www.stemcoalition.eu/meeting_reports/eu-stem-coalition-taskforce-meeting-copenhagen-ane-stakeholders-meeting',
    related: ['general-assembly-copenhagen-2016', 'danish-technology-pact'],
    versions: {
      en: {
        title: 'Taskforce meeting in Copenhagen with Nordic stakeholders',
        summary:
          'A taskforce meeting on 3 March 2017, hosted by the Association of Nordic Engineers, where Nordic stakeholders, including the Norwegian centre and Microsoft Denmark, discussed STEM cooperation.',
        body: `On 3 March 2017 the Association of Nordic Engineers hosted a coalition taskforce meeting with stakeholders from the Nordic countries in Copenhagen.

Among the participants were the Norwegian Centre for Science Recruitment and Microsoft Denmark, alongside engineering unions and education organisations. The meeting looked at:

- shared challenges in the Nordic countries, such as the supply of engineers and the gender balance in technical studies;
- the progress of the Danish taskforce towards a national technology pact;
- how Nordic platforms and companies could work together within the coalition.

For the Norwegian centre the meeting was an early step towards its own taskforce on a Norwegian Technology Pact, which started in 2018. It also laid the basis for the Nordic cooperation that the Norwegian and Estonian platforms now lead.`,
        fields: {
          objective:
            'Bring Nordic stakeholders together to compare STEM challenges and explore cooperation within the coalition.',
          nextSteps: 'Continue the Danish pact process and prepare a possible Norwegian taskforce.',
        },
      },
    },
  },
  {
    slug: 'taskforce-meeting-brussels-2017',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['flemish-ministry-of-education'],
    partners: ['flanders-stem-platform', 'astra', 'ptvt', 'stem-learning'],
    countries: ['BE'],
    regions: ['flanders'],
    startsOn: '2017-12-07T09:00',
    city: 'Brussels',
    externalUrl: 'http://www.stemcoalition.eu/node/122',
    related: ['stem-skills-future-proof-europe'],
    versions: {
      en: {
        title: 'Taskforce meeting in Brussels: platform directors compare notes',
        summary:
          'On 7 December 2017 the Flemish Ministry of Education hosted the directors of the Danish, Dutch, British and Flemish platforms to compare national STEM approaches.',
        body: `The Flemish Ministry of Education hosted a taskforce meeting in Brussels on 7 December 2017, starting at 9:00. Around the table sat the directors of four national platforms:

- Denmark (Astra);
- the Netherlands (Platform Bèta Techniek);
- the United Kingdom (STEM Learning);
- Flanders (the Flanders STEM Platform).

Flanders was working on its STEM Action Plan, on which the Flanders STEM Platform advises the STEM steering committee. The meeting gave the Flemish side a chance to test its plans against the experience of three other countries. Topics included governance of a national STEM policy, the involvement of industry, and how to measure progress.

For the coalition the meeting showed the value of a small, focused exchange between platform directors, a format it later used again in thematic sessions.`,
        fields: {
          objective:
            'Let the Flemish STEM Action Plan benefit from the experience of the Danish, Dutch and British platforms.',
        },
      },
      nl: {
        title: 'Taskforcebijeenkomst in Brussel: platformdirecteuren vergelijken hun aanpak',
        summary:
          'Op 7 december 2017 ontving het Vlaamse ministerie van Onderwijs de directeuren van het Deense, Nederlandse, Britse en Vlaamse platform om hun nationale STEM-aanpak te vergelijken.',
        body: `Het Vlaamse ministerie van Onderwijs was op 7 december 2017 gastheer van een taskforcebijeenkomst in Brussel, die om 9.00 uur begon. Aan tafel zaten de directeuren van vier nationale platforms:

- Denemarken (Astra);
- Nederland (Platform Bèta Techniek);
- het Verenigd Koninkrijk (STEM Learning);
- Vlaanderen (het STEM-platform).

Vlaanderen werkte aan zijn STEM-actieplan, waarover het STEM-platform de STEM-stuurgroep adviseert. De bijeenkomst bood de Vlaamse kant de kans om de plannen te toetsen aan de ervaring van drie andere landen. Onderwerpen waren onder meer de sturing van nationaal STEM-beleid, de rol van het bedrijfsleven en het meten van voortgang.

Voor de coalitie liet de bijeenkomst zien hoe waardevol een kleine, gerichte uitwisseling tussen platformdirecteuren is, een vorm die later terugkwam in thematische sessies.`,
        fields: {
          objective:
            'Het Vlaamse STEM-actieplan laten profiteren van de ervaring van het Deense, Nederlandse en Britse platform.',
        },
      },
    },
  },
  {
    slug: 'taskforce-meeting-budapest-2018',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['obuda-university'],
    partners: ['astra', 'luma-centre-finland', 'ncsr', 'hungarian-stem-platform'],
    countries: ['HU'],
    startsOn: '2018-04-25',
    city: 'Budapest',
    externalUrl: 'http://www.stemcoalition.eu/meeting_reports/eu-stem-coalition-taskforce-meeting-budapest',
    related: ['hungarian-taskforce-meeting-2023'],
    versions: {
      en: {
        title: 'Taskforce meeting in Budapest: launch of the Hungarian STEM Platform',
        summary:
          'On 25 April 2018 Óbuda University hosted the coalition in Budapest for the launch of the Hungarian STEM Platform, with a panel of Danish, Finnish and Norwegian platform directors.',
        body: `The Hungarian taskforce began in April 2017, when Óbuda University asked the coalition for help on behalf of the government: the responsible state secretary had mandated the university to set up a national STEM platform. A year later, on 25 April 2018, the **Hungarian STEM Platform** was launched in Budapest.

The launch took the form of a coalition taskforce meeting. A panel of directors from established platforms shared what it takes to run one:

- Astra (Denmark);
- the Central Finland centre of LUMA (Finland);
- the Norwegian Centre for Science Recruitment.

The new platform’s task is to coordinate programmes in which schools and companies work together. With the launch, the taskforce reached its goal and was later marked as finalised. The cooperation continued: in April 2023 Budapest hosted another Hungarian taskforce meeting with guests from neighbouring countries.`,
        fields: {
          objective: 'Launch the Hungarian STEM Platform and learn from experienced platforms how to run it.',
          nextSteps:
            'Let the new platform coordinate Hungarian school–company programmes, with continued exchange through the coalition.',
        },
      },
      nl: {
        title: 'Taskforcebijeenkomst in Boedapest: lancering van het Hongaarse STEM-platform',
        summary:
          'Op 25 april 2018 ontving de Óbuda-universiteit de coalitie in Boedapest voor de lancering van het Hongaarse STEM-platform, met een panel van Deense, Finse en Noorse platformdirecteuren.',
        body: `De Hongaarse taskforce begon in april 2017, toen de Óbuda-universiteit namens de regering om hulp vroeg: de verantwoordelijke staatssecretaris had de universiteit opgedragen een nationaal STEM-platform op te zetten. Een jaar later, op 25 april 2018, werd in Boedapest het **Hongaarse STEM-platform** gelanceerd.

De lancering had de vorm van een taskforcebijeenkomst van de coalitie. Een panel van directeuren van ervaren platforms vertelde wat er nodig is om er een te leiden:

- Astra (Denemarken);
- het LUMA-centrum van Centraal-Finland;
- het Noorse centrum voor bètawerving.

Het nieuwe platform coördineert programma’s waarin scholen en bedrijven samenwerken. Met de lancering had de taskforce haar doel bereikt. De samenwerking ging door: in april 2023 volgde in Boedapest opnieuw een Hongaarse taskforcebijeenkomst, met gasten uit buurlanden.`,
        fields: {
          objective: 'Het Hongaarse STEM-platform lanceren en leren van ervaren platforms hoe je het leidt.',
          nextSteps:
            'Het nieuwe platform laat Hongaarse programma’s voor school en bedrijf coördineren, met blijvende uitwisseling via de coalitie.',
        },
      },
    },
  },
  {
    slug: 'taskforce-meeting-oslo-2018',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['ncsr'],
    countries: ['NO'],
    startsOn: '2018-08-20',
    city: 'Oslo',
    externalUrl:
      'https://stemcoalition.eu/publications/eu-stem-coalition-taskforce-meeting-norwegian-technology-pact',
    related: [
      'norwegian-stakeholder-consultation-2018',
      'technology-pact-2016-2020',
      'taskforce-meeting-norway-2-2022',
    ],
    versions: {
      en: {
        title: 'Taskforce meeting in Oslo: towards a Norwegian Technology Pact',
        summary:
          'On 20 August 2018 Norwegian stakeholders, all labour unions included, evaluated the Dutch Technology Pact model in Oslo and agreed a joint recommendation for a Norwegian pact.',
        body: `After a first consultation in January 2018, the Norwegian Centre for Science Recruitment formally asked the coalition for a taskforce. Its meeting in Oslo on 20 August 2018 evaluated the **Dutch Technology Pact** as a model for Norway.

The outcome was remarkable for its breadth. Stakeholders from government, education and industry, with every labour union on board, agreed a joint recommendation and asked the national platform to petition the government for a Norwegian technology pact.

Then politics intervened. The cabinet crisis of autumn 2018 and the reorganisations that followed put the process on hold, and the taskforce was eventually closed. Its work was not lost: in 2021 it continued as the taskforce “Towards a New Norwegian STEM Strategy”, which again compares the pact model with other approaches.`,
        fields: {
          objective:
            'Evaluate the Dutch Technology Pact as a model for Norway and agree a joint position among stakeholders.',
          nextSteps: 'Petition the government for a Norwegian technology pact on behalf of all stakeholders.',
        },
      },
      nl: {
        title: 'Taskforcebijeenkomst in Oslo: op weg naar een Noors technologiepact',
        summary:
          'Op 20 augustus 2018 beoordeelden Noorse partijen, met alle vakbonden, in Oslo het model van het Nederlandse Techniekpact en kwamen ze tot een gezamenlijke aanbeveling voor een Noors pact.',
        body: `Na een eerste consultatie in januari 2018 vroeg het Noorse centrum voor bètawerving de coalitie formeel om een taskforce. Tijdens de bijeenkomst in Oslo op 20 augustus 2018 werd het **Nederlandse Techniekpact** beoordeeld als model voor Noorwegen.

De uitkomst was opvallend breed gedragen. Partijen uit overheid, onderwijs en bedrijfsleven, met alle vakbonden aan boord, stelden een gezamenlijke aanbeveling op en vroegen het nationale platform de regering per petitie om een Noors technologiepact te vragen.

Toen greep de politiek in. De kabinetscrisis van het najaar van 2018 en de reorganisaties die volgden, zetten het traject stil; de taskforce werd uiteindelijk gesloten. Het werk ging niet verloren: in 2021 kreeg het een vervolg in de taskforce “Towards a New Norwegian STEM Strategy”.`,
        fields: {
          objective:
            'Het Nederlandse Techniekpact beoordelen als model voor Noorwegen en tot een gezamenlijk standpunt komen.',
          nextSteps:
            'Namens alle partijen een petitie aan de regering richten voor een Noors technologiepact.',
        },
      },
    },
  },
  {
    slug: 'engineers-europe-advisory-group-2018',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['feani'],
    countries: ['EU'],
    startsOn: '2018-09-11',
    externalUrl: 'http://stemcoalition.eu/publications/engineers-europe-advisory-group',
    related: ['declaration-of-support-amsterdam-2015'],
    versions: {
      en: {
        title: 'The coalition joins the Engineers Europe Advisory Group',
        summary:
          'On 11 September 2018 the coalition took part in the Engineers Europe Advisory Group of FEANI, which represents engineering associations from 34 countries and some six million engineers.',
        body: `FEANI, the European federation of national engineering associations, has supported the coalition since its launch in 2015. On 11 September 2018 the relationship was deepened: the coalition joined the **Engineers Europe Advisory Group** (EEAG).

FEANI covers 34 countries and represents around six million engineers. Its advisory group brings together organisations that have a stake in the future of the engineering profession in Europe.

For the coalition, membership offers:

- a direct line to the professional world that many STEM pupils will one day enter;
- a way to bring the perspective of schools and national platforms into discussions on engineering skills;
- contacts with engineering associations in countries that do not yet have a national STEM platform.

The coalition’s members see the supply of future engineers as a shared concern of education and the profession itself.`,
        fields: {
          objective:
            'Join FEANI’s advisory group and connect the coalition’s work with the European engineering profession.',
        },
      },
      nl: {
        title: 'De coalitie treedt toe tot de Engineers Europe Advisory Group',
        summary:
          'Op 11 september 2018 nam de coalitie deel aan de Engineers Europe Advisory Group van FEANI, de federatie die ingenieursverenigingen uit 34 landen en zo’n zes miljoen ingenieurs vertegenwoordigt.',
        body: `FEANI, de Europese federatie van nationale ingenieursverenigingen, steunt de coalitie sinds de start in 2015. Op 11 september 2018 werd de band hechter: de coalitie trad toe tot de **Engineers Europe Advisory Group** (EEAG).

FEANI bestrijkt 34 landen en vertegenwoordigt ongeveer zes miljoen ingenieurs. De adviesgroep brengt organisaties samen die belang hebben bij de toekomst van het ingenieursberoep in Europa.

Voor de coalitie levert het lidmaatschap op:

- een directe lijn naar de beroepswereld waar veel bètaleerlingen later terechtkomen;
- een manier om het perspectief van scholen en nationale platforms in te brengen in discussies over ingenieursvaardigheden;
- contacten met ingenieursverenigingen in landen die nog geen nationaal STEM-platform hebben.`,
        fields: {
          objective:
            'Toetreden tot de adviesgroep van FEANI en het werk van de coalitie verbinden met het Europese ingenieursberoep.',
        },
      },
    },
  },
  {
    slug: 'general-assembly-paris-2018',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['upsti', 'aede-france'],
    countries: ['FR'],
    startsOn: '2018-10-10',
    city: 'Paris',
    externalUrl: 'https://stemcoalition.eu/publications/eu-stem-coalition-general-assembly-paris',
    related: ['general-assembly-copenhagen-2016', 'general-assembly-saint-raphael-2022'],
    versions: {
      en: {
        title: 'General Assembly in Paris',
        summary:
          'The General Assembly of 10 October 2018 in Paris, hosted by UPSTI and AEDE-France, opened with a keynote by the French minister of education.',
        body: `Two years after Copenhagen, the coalition’s members met in Paris on 10 October 2018. The General Assembly was hosted by two French organisations: UPSTI, the association of engineering-science teachers, and AEDE-France, the French section of the European Association of Education.

The French minister of education opened the day with a keynote, a sign of the attention STEM education was getting in France at the time.

The programme looked back on two years of the action plan and forward to the next steps:

- progress in the taskforces in Denmark, Hungary, Norway and the Basque Country;
- the growing interest in the Dutch Jet-Net model, which would be the subject of a dedicated taskforce meeting in the Netherlands a few weeks later;
- plans for a follow-up project after the Erasmus+ action plan ended in 2019.`,
        fields: {
          objective: 'Review two years of the action plan and agree on the coalition’s next steps.',
          nextSteps:
            'Hold a taskforce meeting on Jet-Net & TechNet in November 2018 and prepare a follow-up project.',
        },
      },
      nl: {
        title: 'Algemene Vergadering in Parijs',
        summary:
          'De Algemene Vergadering van 10 oktober 2018 in Parijs, georganiseerd door UPSTI en AEDE-France, werd geopend met een keynote van de Franse minister van Onderwijs.',
        body: `Twee jaar na Kopenhagen kwamen de leden van de coalitie op 10 oktober 2018 bijeen in Parijs. Gastheren waren twee Franse organisaties: UPSTI, de vereniging van docenten technische wetenschappen, en AEDE-France, de Franse afdeling van de Europese vereniging voor onderwijs.

De Franse minister van Onderwijs opende de dag met een keynote, een teken van de aandacht die bètatechnisch onderwijs in Frankrijk toen kreeg.

Het programma blikte terug op twee jaar actieplan en vooruit naar de volgende stappen:

- de voortgang van de taskforces in Denemarken, Hongarije, Noorwegen en Baskenland;
- de groeiende belangstelling voor het Nederlandse Jet-Netmodel, dat enkele weken later centraal stond in een taskforcebijeenkomst in Nederland;
- plannen voor een vervolgproject na afloop van het Erasmus+-actieplan in 2019.`,
        fields: {
          objective: 'Terugblikken op twee jaar actieplan en de volgende stappen van de coalitie afspreken.',
          nextSteps:
            'In november 2018 een taskforcebijeenkomst over Jet-Net & TechNet houden en een vervolgproject voorbereiden.',
        },
      },
    },
  },
  {
    slug: 'taskforce-meeting-jet-net-technet-2018',
    type: 'meeting',
    originalLang: 'nl',
    organisation: 'eu-stem-coalition',
    hosts: ['siemens-netherlands', 'jet-net-technet'],
    partners: ['teknikcollege', 'innobasque', 'ncsr'],
    countries: ['NL'],
    startsOn: '2018-11-01',
    endsOn: '2018-11-02',
    venue: 'Siemens Netherlands head office (The Hague) and Fabrique (Utrecht)',
    city: 'The Hague',
    externalUrl: 'http://stemcoalition.eu/publications/eu-stem-coalition-taskforce-meeting-jet-net',
    related: [
      'jet-net-technet-programme',
      'jnt-tool-page',
      'junior-innovation-challenge',
      'steamsare',
      'teknikcollege-programme',
    ],
    versions: {
      nl: {
        title: 'Taskforcebijeenkomst over Jet-Net & TechNet in Den Haag en Utrecht',
        summary:
          'Op 1 en 2 november 2018 maakten delegaties uit Zweden, Baskenland en Noorwegen kennis met het Nederlandse model van samenwerking tussen school en bedrijf, bij Siemens in Den Haag en in Utrecht.',
        body: `Drie organisaties vroegen de coalitie om het Jet-Net & TechNet-model van dichtbij te mogen bekijken: Teknikcollege uit Zweden, InnoBasque uit Baskenland en het Noorse centrum voor bètawerving. Op 1 en 2 november 2018 organiseerde de coalitie daarom een taskforcebijeenkomst in Nederland.

**Dag 1 – Siemens Nederland, Den Haag**
Op het hoofdkantoor van Siemens, een van de Jet-Netbedrijven, legden het landelijk bureau en betrokken bedrijven en scholen uit hoe een partnerschap werkt: van het eerste contact tot een volledig activiteitenprogramma met gastlessen, bezoeken en docentenstages.

**Dag 2 – Fabrique, Utrecht**
De deelnemers bezochten de Junior Innovation Challenge, waar leerlingen hun ideeën presenteren voor de finale bij de Accenture Innovation Awards.

De bijeenkomst had direct effect: InnoBasque koos het Jet-Netmodel als basis voor het Baskische programma STEAMsare.`,
        fields: {
          objective:
            'Buitenlandse partners het Jet-Net & TechNet-model in de praktijk laten zien, zodat zij kunnen beoordelen of het bij hen past.',
          nextSteps:
            'De deelnemende landen werken uit hoe zij het model toepassen; InnoBasque bereidt een Baskische pilot voor.',
        },
      },
      en: {
        title: 'Taskforce meeting on Jet-Net & TechNet in The Hague and Utrecht',
        summary:
          'On 1 and 2 November 2018 delegations from Sweden, the Basque Country and Norway saw the Dutch school–company model at first hand, at Siemens in The Hague and in Utrecht.',
        body: `Three organisations asked the coalition for a close look at the Jet-Net & TechNet model: Teknikcollege from Sweden, InnoBasque from the Basque Country and the Norwegian Centre for Science Recruitment. On 1 and 2 November 2018 the coalition therefore held a taskforce meeting in the Netherlands.

**Day 1 – Siemens Netherlands, The Hague**
At the head office of Siemens, one of the Jet-Net companies, the national office and participating companies and schools explained how a partnership works: from the first contact to a full activity programme with guest lessons, visits and teacher internships.

**Day 2 – Fabrique, Utrecht**
Participants visited the Junior Innovation Challenge, where pupils present their ideas on the way to the final at the Accenture Innovation Awards.

The meeting had a direct effect: InnoBasque chose the Jet-Net model as the basis for the Basque STEAMsare programme.`,
        fields: {
          objective:
            'Show foreign partners the Jet-Net & TechNet model in practice, so they can judge whether it fits their situation.',
          nextSteps:
            'Participating countries work out how to apply the model; InnoBasque prepares a Basque pilot.',
        },
      },
    },
  },
  {
    slug: 'businesseurope-education-training-wg-2019',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['businesseurope'],
    countries: ['EU'],
    startsOn: '2019-11-13',
    city: 'Brussels',
    externalUrl: 'https://stemcoalition.eu/publications/businesseurope-education-and-training-working-group',
    related: ['towards-european-steam-platform'],
    versions: {
      en: {
        title: 'Presentation at the BusinessEurope Education and Training Working Group',
        summary:
          'On 13 November 2019 the coalition presented its upcoming project “Towards a European STE(A)M Platform” to the Education and Training Working Group of BusinessEurope in Brussels.',
        body: `With its first Erasmus+ action plan completed in August 2019, the coalition was preparing a follow-up. On 13 November 2019 it presented that project, **“Towards a European STE(A)M Platform”**, to the Education and Training Working Group of BusinessEurope in Brussels.

BusinessEurope brings together the national business federations of Europe, which makes its working group an important audience: employers feel the shortage of STEM skills directly, and their national federations are often partners in national platforms and technology pacts.

The presentation covered:

- the results of the action plan, including the launch of the Danish pact and the Hungarian platform;
- the aims of the new project, which would start in January 2020;
- ways in which employers’ organisations can take part in taskforces and national platforms.`,
        fields: {
          objective:
            'Introduce the new STE(A)M platform project to European employers and invite their involvement.',
          nextSteps: 'Start the project in January 2020 with a kick-off meeting in Brussels.',
        },
      },
      nl: {
        title: 'Presentatie bij de werkgroep Onderwijs en Opleiding van BusinessEurope',
        summary:
          'Op 13 november 2019 presenteerde de coalitie haar nieuwe project “Towards a European STE(A)M Platform” aan de werkgroep Onderwijs en Opleiding van BusinessEurope in Brussel.',
        body: `Het eerste Erasmus+-actieplan was in augustus 2019 afgerond en de coalitie bereidde een vervolg voor. Op 13 november 2019 presenteerde ze dat project, **“Towards a European STE(A)M Platform”**, aan de werkgroep Onderwijs en Opleiding van BusinessEurope in Brussel.

BusinessEurope verenigt de nationale werkgeversorganisaties van Europa. Dat maakt de werkgroep tot een belangrijk publiek: werkgevers merken het tekort aan bètatechnisch talent direct, en hun nationale federaties zijn vaak partner in nationale platforms en technologiepacten.

De presentatie ging over:

- de resultaten van het actieplan, waaronder de lancering van het Deense pact en het Hongaarse platform;
- de doelen van het nieuwe project, dat in januari 2020 zou beginnen;
- de manieren waarop werkgeversorganisaties kunnen meedoen aan taskforces en nationale platforms.`,
        fields: {
          objective: 'Het nieuwe project voorstellen aan Europese werkgevers en hen uitnodigen mee te doen.',
          nextSteps: 'Het project in januari 2020 starten, met een aftrapbijeenkomst in Brussel.',
        },
      },
    },
  },
];
