// English: wire copy, British and American broadsheets, regional sites and blogs.
import { partsOf } from '../calendar.ts';
import { capitalise, type Phrasebook } from '../phrasebook.ts';
import type { Scene } from '../types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** " in Moscow", " at the al-Jufra air base", or "" for a telephone call. */
const at = (s: Scene): string => (s.place ? ` ${s.place.at}` : '');
const where = (s: Scene): string => s.place?.name ?? 'Libya';
/** A person's name as a possessive: "Haftar's", "Lavrov's". */
const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`);

/** The English phrasebook. */
export const en: Phrasebook = {
  language: 'en',
  months: MONTHS,
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortWeekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  longDay: (day) => {
    const { year, month, date } = partsOf(day);
    return `${date} ${MONTHS[month - 1]} ${year}`;
  },
  onDay: (written) => `on ${written}`,
  onWeekday: (weekday) => `on ${en.weekdays[weekday]}`,
  yesterday: 'yesterday',
  inMonth: (day) => `in ${MONTHS[partsOf(day).month - 1]} ${partsOf(day).year}`,
  inYear: (day) => `in ${partsOf(day).year}`,
  front: (phrase, clause) => `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}, ${clause}`,
  places: {
    moscow: { name: 'Moscow', at: 'in Moscow' },
    sochi: { name: 'Sochi', at: 'in the Black Sea resort of Sochi' },
    'saint-petersburg': { name: 'St Petersburg', at: 'in St Petersburg' },
    tripoli: { name: 'Tripoli', at: 'in Tripoli' },
    benghazi: { name: 'Benghazi', at: 'in Benghazi' },
    tobruk: { name: 'Tobruk', at: 'in the eastern port of Tobruk' },
    sirte: { name: 'Sirte', at: 'near Sirte' },
    'al-jufra': { name: 'al-Jufra', at: 'at the al-Jufra air base' },
    misrata: { name: 'Misrata', at: 'in Misrata' },
    'new-york': { name: 'New York', at: 'at the United Nations in New York' },
  },
  bodies: {
    russia: { full: ['Russia'], short: ['Russia', 'Moscow'], agreement: 'n' },
    libya: { full: ['Libya', 'the Libyan government'], short: ['Libya', 'Tripoli'], agreement: 'n' },
    'russian-ministry-of-defence': { full: ['the Russian Defence Ministry', 'the Russian Ministry of Defence', 'the Russian Defense Ministry'], short: ['the ministry', 'the Defence Ministry'], agreement: 'n' },
    'russian-ministry-of-foreign-affairs': { full: ['the Russian Foreign Ministry', 'the Russian Ministry of Foreign Affairs'], short: ['the Foreign Ministry', 'the ministry'], agreement: 'n' },
    rosoboronexport: { full: ['Rosoboronexport, the state arms exporter,', "Russia's state arms exporter Rosoboronexport"], short: ['Rosoboronexport'], agreement: 'n' },
    'russian-navy': { full: ['the Russian Navy'], short: ['the navy'], agreement: 'n' },
    'wagner-group': { full: ['the Wagner Group', 'Russian mercenaries of the Wagner Group', 'Wagner PMC'], short: ['Wagner'], agreement: 'n' },
    'africa-corps': { full: ["Russia's Africa Corps", 'the Africa Corps'], short: ['the Africa Corps'], agreement: 'n' },
    'libyan-national-army': { full: ['the Libyan National Army (LNA)', "Khalifa Haftar's Libyan National Army", 'the Libyan Arab Armed Forces (LAAF)'], short: ['the LNA', 'LNA'], agreement: 'n' },
  },
  titled: (office, name, side) => {
    // Long office names stand after the name, as apposition; short ones before it, with a demonym.
    if (office.split(' ').length > 3 || /\bof\b/.test(office)) return `${name}, ${office},`;
    const demonym = /LNA|Libyan|Kremlin|Security Council|Russian/.test(office) ? '' : side === 'russian' ? 'Russian ' : 'Libyan ';
    return `${demonym}${office} ${name}`;
  },
  described: {
    'ahmed-al-mismari': (name) => `LNA spokesman ${name}`,
  },
  topics: [
    'military-technical cooperation',
    'the training of Libyan officers',
    'the situation in Libya',
    'cooperation in the fight against terrorism',
    'the supply of spare parts for Soviet-era equipment',
    'the reunification of the Libyan army',
    'security in southern Libya',
    "the repair of Libya's air defences",
  ],
  equipment: ['armoured vehicles', 'MiG-29 fighter jets', 'Su-24 bombers', 'Pantsir air defence systems', 'T-72 tanks', 'military trucks', 'Mi-35 helicopters', 'containers of ammunition'],
  ships: {
    'admiral-kuznetsov': 'the aircraft carrier Admiral Kuznetsov',
    'admiral-grigorovich': 'the frigate Admiral Grigorovich',
    'admiral-essen': 'the frigate Admiral Essen',
    'ivan-gren': 'the landing ship Ivan Gren',
    'vice-admiral-kulakov': 'the destroyer Vice-Admiral Kulakov',
    smetlivy: 'the patrol ship Smetlivy',
    ladny: 'the frigate Ladny',
    varyag: 'the missile cruiser Varyag',
  },
  stories: {
    visit: {
      headlines: [
        (s) => `${s.guest.short} in ${where(s)} for talks with ${s.host.short}`,
        (s) => `${s.host.short} hosts ${s.guest.short} as Russia deepens Libya ties`,
        (s) => `${s.guest.short} visits ${where(s)}, discusses ${s.topic}`,
      ],
      leads: [
        (s) => `${s.open(s.guest.full)} held talks with ${s.host.full}${at(s)}${s.when}, ${s.source}.`,
        (s) => `${s.open(s.host.full)} received ${s.guest.full}${at(s)}${s.when} for talks on ${s.topic}.`,
        (s) => `${s.open(s.guest.full)} arrived${at(s)}${s.when} for a visit focused on ${s.topic}, ${s.source}.`,
      ],
      details: [
        (s) => `${s.host.short} and ${s.guest.short} also discussed the political process in Libya and ${s.topic}.`,
        (s) => `It was ${possessive(s.guest.short)} first visit to ${where(s)} in more than a year.`,
      ],
    },
    talks: {
      headlines: [(s) => `${s.russian.short} and ${s.libyan.short} discuss ${s.topic}`, () => 'Russia, Libya hold talks on military ties'],
      leads: [
        (s) => (s.place ? `${s.open(s.russian.full)} held talks with ${s.libyan.full}${at(s)}${s.when}, focusing on ${s.topic}.` : `${s.open(s.russian.full)} and ${s.libyan.full} discussed ${s.topic} by telephone${s.when}, ${s.source}.`),
        (s) => `${s.open(s.russian.full)} met ${s.libyan.full}${at(s)}${s.when} to discuss ${s.topic}, ${s.source}.`,
      ],
      details: [(s) => `The two sides agreed to keep in contact, ${s.source}.`, () => 'No agreement was announced after the talks.'],
    },
    agreement: {
      headlines: [(s) => `Russia and Libya sign deal on ${s.topic}`, (s) => `Moscow agrees to supply ${s.equipment} to Libya`],
      leads: [
        (s) => `${s.open(s.russian.full)} and ${s.libyan.full} signed an agreement on ${s.topic}${at(s)}${s.when}, ${s.source}.`,
        (s) => `${s.open('Russia and Libya')} signed a contract for the supply of ${s.count} ${s.equipment}${at(s)}${s.when}, ${s.source}.`,
      ],
      details: [
        (s) => `The document was signed by ${s.russian.short} and ${s.libyan.short} and covers ${s.topic} as well as the supply of spare parts.`,
        (s) => `The deal includes ${s.count} ${s.equipment}, according to a person familiar with the contract.`,
      ],
    },
    delivery: {
      headlines: [(s) => `Russia delivers ${s.equipment} to ${s.libyan.short}`, (s) => `Russian ${s.equipment} arrive in ${where(s)}`],
      leads: [
        (s) => `${s.open(s.russian.full)} delivered ${s.count} ${s.equipment} to ${s.libyan.full}${at(s)}${s.when}, ${s.source}.`,
        (s) => `${s.open('a Russian cargo ship')} unloaded ${s.count} ${s.equipment}${at(s)}${s.when}, in a shipment for ${s.libyan.full} arranged by ${s.russian.full}.`,
      ],
      details: [
        (s) => `Satellite images showed the ${s.equipment} being moved from the port to a military base, analysts said.`,
        (s) => (s.happening.date >= '2011-03-01' ? 'The delivery came despite the UN arms embargo imposed on Libya in 2011.' : 'The delivery is part of contracts signed with Tripoli.'),
      ],
    },
    'port-call': {
      headlines: [(s) => `Russian warship calls at ${where(s)}`, (s) => `${s.ship.replace(/^the /, '')} docks in ${where(s)}`],
      leads: [
        (s) => `${s.open(s.ship)} of the Russian Navy docked${at(s)}${s.when}, ${s.source}.`,
        (s) => `${s.open(s.ship)} called at ${where(s)}${s.when}, where it was welcomed by ${s.libyan.full}.`,
      ],
      details: [() => "The ship's crew laid a wreath at a war memorial and took on fuel and supplies.", (s) => `It was the first call by a Russian warship at ${where(s)} in several years.`],
    },
    statement: {
      headlines: [() => 'Russia urges Libyan rivals to resume dialogue', (s) => `${s.russian.short} warns against foreign meddling in Libya`],
      leads: [
        (s) => `${s.open(s.russian.full)} said${s.when} that Moscow was in contact with ${s.libyan.full} and called for a political settlement in Libya.`,
        (s) => `${s.open(s.russian.full)} warned${s.when} against foreign interference in Libya, in remarks on ${s.topic} that were addressed to ${s.libyan.full}.`,
      ],
      details: [() => 'The remarks came amid renewed tension between the rival administrations in the east and the west of Libya.', () => 'Moscow has repeatedly denied sending troops to Libya.'],
    },
    exercise: {
      headlines: [(s) => `Russian forces hold drills with ${s.libyan.short} near ${where(s)}`, () => 'Russian instructors train Libyan units'],
      leads: [
        (s) => `${s.open(s.russian.full)} held joint exercises with ${s.libyan.full}${at(s)}${s.when}, ${s.source}.`,
        (s) => `${s.open('Russian instructors')} completed joint drills with units loyal to ${s.libyan.full}${at(s)}${s.when}.`,
      ],
      details: [(s) => `The drills involved ${s.count} ${s.equipment}, according to footage released afterwards.`, () => 'The exercises included live firing and the evacuation of wounded soldiers.'],
    },
  },
  quotes: {
    visit: [
      'Russia has always been a friend of the Libyan people, and we intend to keep it so',
      'We discussed how to restore a single, national army in Libya',
      'Our cooperation in the military sphere has good prospects',
      'There is no military solution to the Libyan crisis; the Libyans themselves must find a way out',
    ],
    talks: [
      'We agreed to intensify our contacts at every level',
      'Russia supports a political settlement that preserves the unity of Libya',
      'We share an interest in a stable and united Libya',
      'The talks were frank and useful',
    ],
    agreement: [
      'This agreement opens a new page in our military-technical cooperation',
      'We are returning to a market we should never have left',
      'The training of Libyan specialists will begin this year',
      'Everything we sign is in line with our international obligations',
    ],
    delivery: [
      'The equipment was delivered under agreements concluded earlier',
      'These supplies will strengthen the fight against terrorism',
      'Everything is being done openly',
      'We have received what was promised to us',
    ],
    'port-call': [
      'The visit confirms the friendly nature of relations between our countries',
      'Our sailors were warmly welcomed',
      'This is a routine call, and there is nothing secret about it',
      'The ship will take on supplies and its crew will rest',
    ],
    statement: [
      'We call on all Libyan parties to refrain from violence and to resume dialogue',
      'Russia has no military personnel on the ground in Libya',
      'Attempts to impose a solution from outside will only prolong the conflict',
      'We are in contact with all sides, in the east and in the west of the country',
    ],
    exercise: [
      'The exercises showed the high level of training of the units',
      'Our instructors are working at the invitation of the Libyan side',
      'The drills are not directed against anyone',
      'Joint training will continue',
    ],
  },
  quoteLines: [
    (speaker, quoted) => `${quoted} ${speaker.short} said.`,
    (speaker, quoted) => `${quoted} ${speaker.short} told reporters.`,
    (speaker, quoted) => `${quoted} said ${speaker.short}.`,
  ],
  reported: [
    (speaker, s) => `${capitalise(speaker.short)} said the two sides had discussed ${s.topic}.`,
    (speaker) => `${capitalise(speaker.short)} added that Moscow wanted to see a stable and united Libya.`,
    (speaker, s) => `According to ${speaker.short}, ${s.topic} would be on the agenda of further meetings.`,
  ],
  anonymous: [
    { full: 'a source at the ministry', short: 'the source', person: false, agreement: 'm' },
    { full: 'a Russian diplomat', short: 'the diplomat', person: false, agreement: 'm' },
    { full: 'an official who asked not to be named', short: 'the official', person: false, agreement: 'm' },
  ],
  sources: ['the ministry said in a statement', 'officials said', 'Russian news agencies reported', 'according to a statement'],
  recall: (party, otherSide, when) => `${capitalise(party.short)} had already met ${otherSide === 'libyan' ? 'Libyan' : 'Russian'} officials ${when}.`,
  context: {
    jamahiriya: [
      "Libya was one of the Soviet Union's largest arms customers, and Moscow has sought to regain the market since UN sanctions on Tripoli were lifted in 2003.",
      "Russia agreed to write off Libya's Soviet-era debt in exchange for new contracts.",
    ],
    revolution: [
      'Russia abstained in the UN Security Council vote on Resolution 1973, which authorised a no-fly zone over Libya in March 2011.',
      'Moscow has accused NATO of going beyond its UN mandate in Libya.',
    ],
    transition: ["Libya's new authorities have struggled to rein in the armed groups that helped topple Muammar Gaddafi in 2011.", 'Russia has said it wants to honour arms contracts signed before the uprising.'],
    split: ['Libya has been split since 2014 between rival administrations in the east and the west.', 'Moscow has kept channels open to both camps while courting Khalifa Haftar.'],
    war: [
      "Haftar's forces launched an offensive on Tripoli in April 2019.",
      'Fighting around the capital has driven hundreds of thousands of people from their homes.',
    ],
    unity: ['The Government of National Unity was formed in March 2021 under a UN-led process.', 'The UN has pressed for elections that would reunite the country.'],
    corps: [
      'Moscow has brought Wagner\'s operations in Libya under its defence ministry since the death of Yevgeny Prigozhin in August 2023.',
      'Western officials say Russia is using eastern Libya as a hub for its operations in the Sahel.',
    ],
  },
  furniture: {
    nav: [
      ['Skip to main content', 'Exclusive news, data and analytics for financial market professionals', 'World', 'Africa'],
      ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle', 'World', 'Africa', 'Libya'],
      ['Home', 'News', 'Middle East', 'Africa', 'Opinion', 'Search'],
      ['Menu', 'Libya', 'Politics', 'Security', 'Economy'],
    ],
    share: [
      ['Share on Facebook', 'Share on Twitter', 'Share via Email'],
      ['Share this:', 'Twitter', 'Facebook', 'Reddit'],
      ['Share', 'Print', 'Email'],
    ],
    cookies: [
      'We use cookies to improve your experience on our site. By using this site you accept our use of cookies. Accept',
      'This website uses cookies to ensure you get the best experience. Accept all cookies',
    ],
    newsletter: ['Sign up for our daily newsletter', 'Subscribe to our newsletter'],
    relatedMarkers: ['Read more', 'Related', 'More on this story', 'Read Next', 'Most viewed', 'You may also like'],
    headlines: [
      "Erdoğan says Turkey will not abandon Libya's UN-backed government",
      'Macron hosts Libyan rivals in Paris and secures pledge for elections',
      'Migrant boat capsizes off Libyan coast, dozens feared dead',
      'Oil output recovers as Libyan ports reopen',
      "Egypt's Sisi warns of intervention if Sirte is attacked",
      "UN envoy warns of 'new war' around Tripoli",
      'Biden and Putin agree to hold strategic stability talks',
      'Zelenskiy heads to US for UN General Assembly',
    ],
    tags: (words) => `Tags: ${words.join(', ')}`,
    copyright: (year, outlet) => `© ${year} ${outlet}. All rights reserved.`,
    byline: (name) => `By ${name}`,
    reporters: ['Omar Fathi', 'Leila Haddad', 'Mark Haldane', 'Sarah Whitcombe', 'Daniel Mourad', 'Aidan Lewis', 'Helen Carr', 'Ayman al-Warfalli'],
    readingTime: (minutes) => `${minutes} minute read`,
    caption: (subject, place, date, credit) => `${subject} ${place}, ${date}. Photo: ${credit}`,
    paywall: ['Subscribe to continue reading.', 'This article is for subscribers only. Sign in'],
    reportingLine: (reporter, editor) => `Reporting by ${reporter}; Editing by ${editor}`,
  },
};
