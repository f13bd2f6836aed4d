// Meeting reports from 2020 onwards: the STE(A)M platform project, the Breton and Norwegian taskforces,
// and later coalition meetings. Facts from /work/shared/reference/seed-facts.md §9.2; the wording is our own.
import type { SeedItem } from './types.ts';

export const MEETING_ITEMS_2020S: SeedItem[] = [
  {
    slug: 'kick-off-towards-european-steam-platform',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['neth-er'],
    partners: ['forth'],
    countries: ['BE'],
    startsOn: '2020-02-20',
    venue: 'Neth-ER office',
    city: 'Brussels',
    externalUrl:
      'https://stemcoalition.eu/publications/kick-meeting-eu-stem-coalition-project-towards-european-steam-platform',
    related: [
      'towards-european-steam-platform',
      'kick-off-2020-minutes',
      'businesseurope-education-training-wg-2019',
    ],
    versions: {
      en: {
        title: 'Kick-off of the project “Towards a European STE(A)M Platform”',
        summary:
          'The project partners met at the Neth-ER office in Brussels on 20 February 2020 to start the coalition’s three-year Erasmus+ project.',
        body: `On 20 February 2020 the partners of the Erasmus+ project **“Towards a European STE(A)M Platform”** met at the office of Neth-ER in Brussels for the project’s kick-off.

The project runs from January 2020 to December 2022. It builds on the first action plan and aims to turn the coalition into a lasting European platform that helps countries and regions with their STEM policies and programmes.

The kick-off dealt with the practical start:

- introductions of the partners and their roles;
- the work plan for the three project years;
- the support offer to countries and regions: policy briefings, taskforces and General Assemblies;
- reporting and communication.

Within weeks, the COVID-19 crisis changed the plans. Meetings moved online, starting with a webinar on how STEM platforms were coping with the crisis in June 2020. The minutes of the kick-off are available to project partners.`,
        fields: {
          objective: 'Start the Erasmus+ project and agree the work plan and roles of the partners.',
          nextSteps: 'Carry out the work plan, starting with new taskforces and an exchange among platforms.',
        },
      },
      nl: {
        title: 'Aftrap van het project “Towards a European STE(A)M Platform”',
        summary:
          'De projectpartners kwamen op 20 februari 2020 bijeen op het kantoor van Neth-ER in Brussel om het driejarige Erasmus+-project van de coalitie te starten.',
        body: `Op 20 februari 2020 kwamen de partners van het Erasmus+-project **“Towards a European STE(A)M Platform”** bijeen op het kantoor van Neth-ER in Brussel voor de aftrap.

Het project loopt van januari 2020 tot december 2022. Het bouwt voort op het eerste actieplan en moet de coalitie uitbouwen tot een blijvend Europees platform dat landen en regio’s helpt met hun STEM-beleid en -programma’s.

De aftrap ging over de praktische start:

- kennismaking met de partners en hun rol;
- het werkplan voor de drie projectjaren;
- het ondersteuningsaanbod aan landen en regio’s: beleidsbriefings, taskforces en Algemene Vergaderingen;
- rapportage en communicatie.

Binnen enkele weken gooide de coronacrisis de plannen om. Bijeenkomsten gingen online, te beginnen met een webinar in juni 2020 over hoe STEM-platforms met de crisis omgingen. Het verslag van de aftrap is beschikbaar voor projectpartners.`,
        fields: {
          objective: 'Het Erasmus+-project starten en het werkplan en de rollen van de partners afspreken.',
          nextSteps:
            'Het werkplan uitvoeren, te beginnen met nieuwe taskforces en uitwisseling tussen platforms.',
        },
      },
    },
  },
  {
    slug: 'kick-off-2020-minutes',
    type: 'meeting',
    originalLang: 'en',
    visibility: 'members',
    organisation: 'eu-stem-coalition',
    hosts: ['neth-er'],
    countries: ['BE'],
    startsOn: '2020-02-20',
    venue: 'Neth-ER office',
    city: 'Brussels',
    sourceNote:
      'The original minutes are restricted to project partners and are not in the sources; this text is a demo summary of what such minutes record.',
    related: ['kick-off-towards-european-steam-platform', 'towards-european-steam-platform'],
    versions: {
      en: {
        title: 'Minutes: kick-off meeting “Towards a European STE(A)M Platform”',
        summary:
          'Minutes of the kick-off meeting of 20 February 2020 at the Neth-ER office in Brussels, for project partners only.',
        body: `These minutes record the kick-off meeting of the Erasmus+ project “Towards a European STE(A)M Platform”, held at the Neth-ER office in Brussels on 20 February 2020. They are shared with project partners only.

**1. Opening and introductions**
The secretariat welcomed the partners, who each introduced their organisation and their role in the project.

**2. Project plan 2020–2022**
The secretariat presented the work plan, the timeline and the expected results. Partners agreed to keep the support offer (policy briefings, taskforces, General Assemblies) at the heart of the project.

**3. Reporting**
Partners agreed how to record activities and costs for the Erasmus+ reports.

**4. Next meetings**
Dates for the next partner meetings and the first General Assembly of the project will be circulated by the secretariat.

**Actions**
- Secretariat: circulate the final work plan and reporting templates.
- All partners: name a contact person for the project.`,
        fields: {
          objective: 'Record the agreements made at the kick-off of the project.',
          nextSteps:
            'Secretariat circulates the work plan and reporting templates; partners name a contact person.',
        },
      },
    },
  },
  {
    slug: 'taskforce-meeting-bretagne-1-2020',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['institut-de-locarn', 'alerteducation'],
    countries: ['FR'],
    regions: ['brittany'],
    startsOn: '2020-06-12',
    venue: 'Online',
    externalUrl:
      'https://www.stemcoalition.eu/publications/eu-stem-coalition-taskforce-meeting-school-company-cooperation-bretagne-0',
    related: [
      'taskforce-meeting-bretagne-2-2020',
      'bretagne-entreprise-jeunesse-founded',
      'jnt-tool-page',
      'beta-techmentality-model',
    ],
    versions: {
      en: {
        title: 'Taskforce meeting on school–company cooperation in Brittany (meeting #1)',
        summary:
          'The first meeting of the Breton taskforce, held online on 12 June 2020, brought together more than 15 organisations to discuss a regional school–company programme.',
        body: `In May 2020 the Institut de Locarn and AlertEducation asked the coalition to help Brittany build a regional programme for cooperation between schools and companies. Activities in the region existed, but they were fragmented, and there was no structure that linked them.

Because of the COVID-19 crisis, the first taskforce meeting on 12 June 2020 took place online. More than 15 Breton organisations from education and business took part.

The meeting:

- mapped existing school–company activities in Brittany;
- introduced the Dutch Jet-Net & TechNet model as a possible starting point;
- presented the Bèta&TechMentality model as a way to reach different groups of pupils.

Participants agreed to work towards a Breton structure based on the Jet-Net model and to meet again in person in the summer.`,
        fields: {
          objective:
            'Map school–company activities in Brittany and explore the Jet-Net model as a starting point for a regional programme.',
          nextSteps: 'Meet again in person in late August 2020 to work out a Breton structure.',
        },
      },
    },
  },
  {
    slug: 'webinar-stem-platforms-covid-19',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['eu-stem-coalition'],
    partners: ['ncsr', 'stem-learning'],
    countries: ['EU'],
    startsOn: '2020-06-18',
    venue: 'YouTube livestream',
    externalUrl:
      'https://stemcoalition.eu/publications/eu-stem-coalition-webinar-exchange-about-experience-stem-platforms-covid-19-crisis',
    related: ['ent3r', 'digital-education-action-plan-2021-2027', 'kick-off-towards-european-steam-platform'],
    versions: {
      en: {
        title: 'Webinar: STEM platforms in the COVID-19 crisis',
        summary:
          'A livestreamed webinar on 18 June 2020 in which STEM platforms shared how they kept their programmes going during the pandemic, with cases from Norway and the United Kingdom.',
        body: `When schools closed in spring 2020, national STEM platforms had to rethink their work overnight. On 18 June 2020 the coalition held a webinar, streamed live on YouTube, so platforms could learn from each other’s responses.

Two cases were presented:

- **ENT3R (Norway)** – the mentoring programme of the Norwegian Centre for Science Recruitment moved online. Pupils logged into a virtual classroom with a shared digital board and got help from student mentors, one to one or in groups, including with exam preparation.
- **STEM Learning (United Kingdom)** – the British organisation for teacher development showed how it turned its continuing professional development for teachers into a digital offer.

Other platforms shared their experience in the discussion; in the Netherlands, for example, Jet-Net & TechNet moved to digital lesson letters and video guest lessons.`,
        fields: {
          objective:
            'Exchange experience on how STEM platforms kept their programmes running during the COVID-19 crisis.',
        },
      },
      nl: {
        title: 'Webinar: STEM-platforms in de coronacrisis',
        summary:
          'Een livestreamwebinar op 18 juni 2020 waarin STEM-platforms deelden hoe ze hun programma’s tijdens de pandemie overeind hielden, met voorbeelden uit Noorwegen en het Verenigd Koninkrijk.',
        body: `Toen in het voorjaar van 2020 de scholen dichtgingen, moesten nationale STEM-platforms hun werk van de ene op de andere dag anders inrichten. Op 18 juni 2020 hield de coalitie een webinar, live uitgezonden via YouTube, zodat platforms van elkaars aanpak konden leren.

Twee voorbeelden kwamen aan bod:

- **ENT3R (Noorwegen)** – het mentorprogramma van het Noorse centrum voor bètawerving ging online. Leerlingen logden in op een virtueel klaslokaal met een gedeeld digitaal bord en kregen hulp van studenten, individueel of in groepjes, ook bij de examenvoorbereiding.
- **STEM Learning (Verenigd Koninkrijk)** – de Britse organisatie voor docentprofessionalisering liet zien hoe ze haar nascholing digitaal maakte.

Andere platforms vertelden in de discussie over hun ervaringen; in Nederland stapte Jet-Net & TechNet bijvoorbeeld over op digitale lesbrieven en videogastlessen.`,
        fields: {
          objective:
            'Ervaringen uitwisselen over hoe STEM-platforms hun programma’s tijdens de coronacrisis draaiende hielden.',
        },
      },
    },
  },
  {
    slug: 'taskforce-meeting-bretagne-2-2020',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['institut-de-locarn'],
    partners: ['alerteducation'],
    countries: ['FR'],
    regions: ['brittany'],
    startsOn: '2020-08-27',
    endsOn: '2020-08-28',
    venue: 'Institut de Locarn',
    city: 'Fréhel',
    externalUrl:
      'http://stemcoalition.eu/publications/eu-stem-coalition-taskforce-meeting-school-company-cooperation-bretagne-meeting-2',
    related: [
      'taskforce-meeting-bretagne-1-2020',
      'bretagne-entreprise-jeunesse-founded',
      'jet-net-technet-programme',
    ],
    versions: {
      en: {
        title: 'Taskforce meeting on school–company cooperation in Brittany (meeting #2)',
        summary:
          'The second Breton taskforce meeting, on 27 and 28 August 2020 at the Institut de Locarn in Fréhel, was held in hybrid form with about 25 people on site.',
        body: `Two months after the online start, the Breton taskforce met again on 27 and 28 August 2020, this time at the Institut de Locarn in Fréhel on the north coast of Brittany. The meeting was hybrid: about 25 people attended on site, and others joined online, including speakers from the Netherlands.

The two days moved from exploring to planning:

- Dutch speakers explained how Jet-Net & TechNet organises partnerships, coordination and funding;
- Breton participants discussed which parts of the model suit the French school system and regional economy;
- the group worked on the outline of a regional organisation to carry the programme.

The work led to the founding of the association Bretagne Entreprise Jeunesse (BREJ) on 10 December 2021, which carries the “STEM Bretagne” label.`,
        fields: {
          objective:
            'Turn the exploration of the Jet-Net model into a plan for a Breton school–company organisation.',
          nextSteps: 'Set up a regional association to run the programme; this became BREJ in December 2021.',
        },
      },
      nl: {
        title: 'Taskforcebijeenkomst over samenwerking tussen school en bedrijf in Bretagne (bijeenkomst 2)',
        summary:
          'De tweede Bretonse taskforcebijeenkomst, op 27 en 28 augustus 2020 bij het Institut de Locarn in Fréhel, was hybride, met zo’n 25 mensen ter plaatse.',
        body: `Twee maanden na de online start kwam de Bretonse taskforce opnieuw bijeen, op 27 en 28 augustus 2020, nu bij het Institut de Locarn in Fréhel aan de noordkust van Bretagne. De bijeenkomst was hybride: ongeveer 25 mensen waren ter plaatse, anderen volgden online, onder wie sprekers uit Nederland.

De twee dagen gingen van verkennen naar plannen:

- Nederlandse sprekers legden uit hoe Jet-Net & TechNet partnerschappen, coördinatie en financiering organiseert;
- Bretonse deelnemers bespraken welke onderdelen passen bij het Franse schoolsysteem en de regionale economie;
- de groep werkte aan de hoofdlijnen van een regionale organisatie die het programma draagt.

Het werk leidde op 10 december 2021 tot de oprichting van de vereniging Bretagne Entreprise Jeunesse (BREJ), die het label ‘STEM Bretagne’ voert.`,
        fields: {
          objective:
            'De verkenning van het Jet-Netmodel omzetten in een plan voor een Bretonse organisatie voor school en bedrijf.',
          nextSteps:
            'Een regionale vereniging oprichten om het programma te dragen; dat werd BREJ in december 2021.',
        },
      },
    },
  },
  {
    slug: 'thematic-session-brussels-2022',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['eu-stem-coalition'],
    countries: ['BE'],
    startsOn: '2022-05-31',
    city: 'Brussels',
    externalUrl: 'http://stemcoalition.eu/publications/eu-stem-coalition-thematic-session-brussels',
    related: ['towards-european-steam-platform', 'general-assembly-saint-raphael-2022'],
    versions: {
      en: {
        title: 'Thematic Session in Brussels',
        summary:
          'A closed Thematic Session on 31 May 2022 in Brussels, where national platforms from twelve countries exchanged experience in a small setting.',
        body: `On 31 May 2022 the coalition held a closed Thematic Session in Brussels. Unlike a General Assembly, a thematic session is a small, working-level meeting where platforms can speak openly about what works and what does not.

Platforms from twelve countries took part:

- the Nordic and Baltic countries: Denmark, Sweden, Norway, Finland and Estonia;
- Germany, the Netherlands, Belgium and Switzerland;
- the United Kingdom;
- Spain and Hungary.

Because the session was closed, no presentations were published; the exchange itself was the point. The session fed into the last year of the project “Towards a European STE(A)M Platform” and into the preparation of the General Assembly in Saint-Raphaël in October 2022.`,
        fields: {
          objective: 'Give national platforms a closed setting to exchange experience on their work.',
          nextSteps: 'Use the results in the preparation of the General Assembly in October 2022.',
        },
      },
    },
  },
  {
    slug: 'taskforce-meeting-norway-2-2022',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['ncsr'],
    countries: ['NO'],
    startsOn: '2022-08-24',
    endsOn: '2022-08-25',
    venue: 'Clarion Hotel Bastion',
    city: 'Oslo',
    externalUrl:
      'http://stemcoalition.eu/publications/eu-stem-coalition-taskforce-meeting-towards-new-norwegian-stem-strategy-meeting-2',
    related: [
      'norwegian-close-to-stem-strategy',
      'taskforce-meeting-oslo-2018',
      'taskforce-meeting-norway-2023',
    ],
    versions: {
      en: {
        title: 'Taskforce meeting: Towards a New Norwegian STEM Strategy (meeting #2)',
        summary:
          'The second meeting of the Norwegian strategy taskforce, on 24 and 25 August 2022 in Oslo, with a meeting of the steering group in parallel.',
        body: `Norway’s national STEM strategy “Close to STEM” ended in 2020. In June 2021 the Norwegian Centre for Science Recruitment asked the coalition to help stakeholders prepare proposals for a successor. This taskforce continues the work of the earlier one on a Norwegian Technology Pact, which stalled after the cabinet crisis of 2018.

The second meeting took place on 24 and 25 August 2022 in Oslo, with the taskforce’s steering group meeting in parallel. On the table were the three needs the stakeholders had identified:

- a better gender balance in STEM;
- stronger performance in science and mathematics;
- closer links between schools and industry.

Participants compared two models for organising a national effort: the **Technology Pact** as used in the Netherlands and Denmark, and the **STEM Ecosystem** approach, which builds on local networks.`,
        fields: {
          objective: 'Compare the Technology Pact and STEM Ecosystem models against Norway’s needs.',
          nextSteps:
            'Prepare a policy briefing and a petition to the government; hold a further meeting in spring 2023.',
        },
      },
    },
  },
  {
    slug: 'general-assembly-saint-raphael-2022',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['upsti'],
    partners: ['eit', 'us-stem-education-coalition'],
    countries: ['FR'],
    startsOn: '2022-10-13',
    endsOn: '2022-10-14',
    city: 'Saint-Raphaël',
    externalUrl: 'http://stemcoalition.eu/node/6698',
    related: [
      'general-assembly-paris-2018',
      'thematic-session-brussels-2022',
      'towards-european-steam-platform',
    ],
    versions: {
      en: {
        title: 'General Assembly in Saint-Raphaël',
        summary:
          'The General Assembly of 13 and 14 October 2022, hosted by UPSTI as part of its “French STEM #2” event in Saint-Raphaël, with speakers from Melexis, the EIT and the US STEM Education Coalition.',
        body: `UPSTI, the coalition’s lead partner in France, hosted the General Assembly on 13 and 14 October 2022 in Saint-Raphaël on the Mediterranean coast. The assembly was part of UPSTI’s larger event “French STEM #2”, which gave members the chance to meet hundreds of French engineering-science teachers.

Outside speakers brought three perspectives:

- **Melexis**, a microelectronics company, on the skills industry needs;
- the **European Institute of Innovation and Technology (EIT)** on linking education, research and business;
- the **STEM Education Coalition** from the United States, a partner since the Hannover Messe in 2016.

The assembly came at the end of the project “Towards a European STE(A)M Platform” and looked ahead to how the network would continue after December 2022.`,
        fields: {
          objective:
            'Bring members together with French teachers and outside experts, and look ahead to the coalition’s future after the project.',
        },
      },
      nl: {
        title: 'Algemene Vergadering in Saint-Raphaël',
        summary:
          'De Algemene Vergadering van 13 en 14 oktober 2022, georganiseerd door UPSTI als onderdeel van “French STEM #2” in Saint-Raphaël, met sprekers van Melexis, het EIT en de Amerikaanse STEM Education Coalition.',
        body: `UPSTI, de leidende partner van de coalitie in Frankrijk, was op 13 en 14 oktober 2022 gastheer van de Algemene Vergadering in Saint-Raphaël aan de Middellandse Zee. De vergadering maakte deel uit van het grotere evenement “French STEM #2” van UPSTI, waar de leden honderden Franse docenten technische wetenschappen konden ontmoeten.

Externe sprekers brachten drie perspectieven in:

- **Melexis**, een micro-elektronicabedrijf, over de vaardigheden die de industrie nodig heeft;
- het **Europees Instituut voor Innovatie en Technologie (EIT)** over het verbinden van onderwijs, onderzoek en bedrijfsleven;
- de **STEM Education Coalition** uit de Verenigde Staten, partner sinds de Hannover Messe van 2016.

De vergadering viel aan het eind van het project “Towards a European STE(A)M Platform” en keek vooruit naar hoe het netwerk na december 2022 verder zou gaan.`,
        fields: {
          objective:
            'De leden samenbrengen met Franse docenten en externe deskundigen, en vooruitkijken naar de toekomst van de coalitie na het project.',
        },
      },
    },
  },
  {
    slug: 'taskforce-meeting-norway-2023',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['ncsr'],
    partners: ['luma-centre-finland', 'teknikcollege'],
    countries: ['NO'],
    startsOn: '2023-03-02',
    endsOn: '2023-03-03',
    city: 'Oslo',
    externalUrl: 'http://stemcoalition.eu/publications/taskforce-meeting-norway-march-2023',
    sourceNote:
      'The source prints the date range as “3 February 2023 to 3 March 2023”; the page title and text describe a two-day meeting in March, so 2–3 March 2023 is used.',
    related: ['taskforce-meeting-norway-2-2022', 'start', 'teknikcollege-programme'],
    versions: {
      en: {
        title: 'Taskforce meeting in Norway, March 2023',
        summary:
          'A two-day taskforce meeting in Oslo on 2 and 3 March 2023, where Norwegian stakeholders heard from LUMA, the Arctic University of Norway, UCL and Teknikcollege.',
        body: `The Norwegian strategy taskforce met again in Oslo on 2 and 3 March 2023, hosted by the Norwegian Centre for Science Recruitment. This time the emphasis was on learning from concrete examples.

Contributions came from:

- **LUMA Centre Finland**, on a national network of university-based centres that reaches hundreds of thousands of young people;
- **the Arctic University of Norway**, on the situation in the north of the country;
- **University College London (UCL)**, with a research perspective on young people’s aspirations;
- **Teknikcollege**, on how Swedish companies, municipalities and schools run quality-labelled technical programmes.

The examples helped the stakeholders make the choice between a technology pact and a STEM ecosystem more concrete, and showed how elements of both can be combined.`,
        fields: {
          objective:
            'Learn from Finnish, Swedish, British and northern Norwegian examples for a new Norwegian STEM strategy.',
          nextSteps: 'Work the lessons into the policy briefing and petition for the Norwegian government.',
        },
      },
      nl: {
        title: 'Taskforcebijeenkomst in Noorwegen, maart 2023',
        summary:
          'Een tweedaagse taskforcebijeenkomst in Oslo op 2 en 3 maart 2023, waar Noorse partijen luisterden naar LUMA, de Arctische Universiteit van Noorwegen, UCL en Teknikcollege.',
        body: `De Noorse strategietaskforce kwam op 2 en 3 maart 2023 opnieuw bijeen in Oslo, op uitnodiging van het Noorse centrum voor bètawerving. Dit keer lag de nadruk op leren van concrete voorbeelden.

Bijdragen kwamen van:

- **LUMA Centre Finland**, over een landelijk netwerk van centra aan universiteiten dat honderdduizenden jongeren bereikt;
- **de Arctische Universiteit van Noorwegen**, over de situatie in het noorden van het land;
- **University College London (UCL)**, met een onderzoeksblik op de ambities van jongeren;
- **Teknikcollege**, over hoe Zweedse bedrijven, gemeenten en scholen technische opleidingen met een keurmerk verzorgen.

De voorbeelden maakten de keuze tussen een technologiepact en een STEM-ecosysteem concreter, en lieten zien hoe je elementen van beide kunt combineren.`,
        fields: {
          objective:
            'Leren van Finse, Zweedse, Britse en Noord-Noorse voorbeelden voor een nieuwe Noorse STEM-strategie.',
          nextSteps: 'De lessen verwerken in de beleidsbriefing en de petitie aan de Noorse regering.',
        },
      },
    },
  },
  {
    slug: 'hungarian-taskforce-meeting-2023',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['obuda-university', 'hungarian-stem-platform'],
    countries: ['HU'],
    startsOn: '2023-04-17',
    endsOn: '2023-04-18',
    city: 'Budapest',
    externalUrl: 'https://www.stemcoalition.eu/publications/hungarian-taskforce-meeting-april-2023',
    related: ['taskforce-meeting-budapest-2018'],
    versions: {
      en: {
        title: 'Hungarian taskforce meeting, April 2023',
        summary:
          'On 17 and 18 April 2023 Óbuda University and the Hungarian STEM Platform hosted a taskforce meeting in Budapest, with guests from Romania, Slovakia, Bulgaria and Croatia.',
        body: `Five years after its launch, the Hungarian STEM Platform hosted a coalition taskforce meeting of its own. On 17 and 18 April 2023, Óbuda University and the platform welcomed guests in Budapest from four countries in the region:

- Romania;
- Slovakia;
- Bulgaria;
- Croatia.

None of these countries had a national STEM platform in the coalition at the time. The meeting therefore served two purposes: the Hungarian platform shared what it had built since 2018, and the guests explored what a national platform or school–company programme could look like in their own country.

The meeting shows how the coalition’s support can travel: a country that received help in 2017–2018 now passes on its experience to its neighbours.`,
        fields: {
          objective:
            'Share the Hungarian experience with neighbouring countries that are considering a national STEM platform.',
        },
      },
    },
  },
  {
    slug: 'stem-for-the-future-of-europe-2024',
    type: 'meeting',
    originalLang: 'en',
    organisation: 'eu-stem-coalition',
    hosts: ['representation-of-north-rhine-westphalia'],
    partners: ['government-of-the-basque-country'],
    countries: ['BE'],
    startsOn: '2024-02-29',
    venue: 'Representation of the State of North Rhine-Westphalia to the EU',
    city: 'Brussels',
    externalUrl:
      'https://www.irekia.euskadi.eus/en/news/92132-the-basque-country-presents-its-steam-education-strategy-europe',
    related: ['memorandum-towards-better-stem-policies', 'basque-steam-strategy', 'steamsare'],
    versions: {
      en: {
        title: 'Conference “STEM for the Future of Europe”',
        summary:
          'About 80 stakeholders met on 29 February 2024 at the Representation of North Rhine-Westphalia in Brussels, where the Basque Country presented its STEAM strategy.',
        body: `On 29 February 2024 the coalition brought about 80 stakeholders together for the conference “STEM for the Future of Europe”, hosted by the Representation of the State of North Rhine-Westphalia to the EU in Brussels. The event came a week after the coalition published its memorandum “Towards better STEM policies and implementation”.

A highlight was the presentation of the **Basque STEAM strategy**. The Basque delegation shared figures on where the region stands:

- 165 schools take part in the STEAM Sare network;
- 3,918 new STEM university students make up 30% of intake;
- 19% of female university students choose a STEM subject;
- women make up 16% of STEM students in vocational education.

The Basque case links back to the coalition’s taskforce of 2018, in which InnoBasque chose the Dutch Jet-Net model for its school–company programme.`,
        fields: {
          objective:
            'Discuss the future of STEM policy in Europe with stakeholders, using the coalition’s memorandum and national examples.',
        },
      },
      nl: {
        title: 'Conferentie “STEM for the Future of Europe”',
        summary:
          'Ongeveer 80 betrokkenen kwamen op 29 februari 2024 bijeen in de vertegenwoordiging van Noordrijn-Westfalen in Brussel, waar Baskenland zijn STEAM-strategie presenteerde.',
        body: `Op 29 februari 2024 bracht de coalitie ongeveer 80 betrokkenen samen voor de conferentie “STEM for the Future of Europe”, te gast bij de vertegenwoordiging van de deelstaat Noordrijn-Westfalen bij de EU in Brussel. De conferentie volgde een week na de publicatie van het memorandum “Towards better STEM policies and implementation”.

Een hoogtepunt was de presentatie van de **Baskische STEAM-strategie**. De Baskische delegatie deelde cijfers over de stand van zaken:

- 165 scholen doen mee aan het STEAM Sare-netwerk;
- 3.918 nieuwe STEM-studenten vormen 30% van de instroom aan de universiteit;
- 19% van de vrouwelijke studenten kiest een STEM-studie;
- in het beroepsonderwijs is 16% van de STEM-studenten vrouw.

Het Baskische verhaal gaat terug op de taskforce van 2018, waarin InnoBasque het Nederlandse Jet-Netmodel koos voor zijn programma voor school en bedrijf.`,
        fields: {
          objective:
            'Met betrokkenen de toekomst van STEM-beleid in Europa bespreken, aan de hand van het memorandum van de coalitie en nationale voorbeelden.',
        },
      },
    },
  },
];
