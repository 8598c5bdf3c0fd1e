import type { HappeningWords } from '../types.ts';

// Every form is listed: English words are matched whole ("visit", "visits", "visited").
export const happeningWords: HappeningWords = {
  kinds: {
    meeting: [
      'visit', 'visits', 'visited', 'visiting', 'trip', 'arrived', 'arrives', 'arrival', 'met', 'meet', 'meets', 'meeting',
      'meetings', 'talks', 'hosted', 'hosts', 'hosting', 'received', 'receives', 'delegation', 'summit', 'negotiations',
      'discussed', 'discusses', 'consultations', 'flew to', 'travelled to', 'traveled to', 'toured', 'tour of',
    ],
    statement: [
      'statement', 'statements', 'communique', 'press conference', 'press release', 'interview', 'remarks', 'announced',
      'announces', 'declared', 'warned', 'warns', 'accused', 'accuses', 'denied', 'denies', 'urged', 'urges', 'called for',
    ],
    agreement: [
      'agreement', 'agreements', 'agreed', 'agrees', 'deal', 'deals', 'contract', 'contracts', 'signed', 'signs', 'signing',
      'treaty', 'accord', 'memorandum', 'ceasefire', 'cease-fire', 'truce', 'write off', 'wrote off', 'written off',
      'forgives', 'forgave', 'forgiven',
    ],
    delivery: [
      'delivered', 'delivers', 'delivery', 'deliveries', 'shipment', 'shipments', 'shipped', 'unloaded', 'unloads',
      'unloading', 'supplied', 'supplies', 'supply', 'cargo', 'handed over', 'flown in',
    ],
    deployment: ['deployed', 'deploys', 'deploy', 'deployment', 'deployments', 'stationed', 'dispatched', 'redeployed', 'airlifted'],
    strike: [
      'strike', 'strikes', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'bombed', 'bombing', 'bombardment',
      'shelled', 'shelling', 'attack', 'attacks', 'attacked', 'offensive', 'assault', 'raid', 'raids', 'clashes',
    ],
    exercise: ['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'war games'],
    'port-call': ['port call', 'port calls', 'docked', 'docks', 'moored', 'berthed', 'anchored', 'called at'],
    sanctions: ['sanction', 'sanctions', 'embargo', 'asset freeze', 'travel ban'],
    vote: ['resolution', 'vote', 'voted', 'votes', 'abstained', 'abstain', 'abstains', 'abstention', 'veto', 'vetoed'],
    uprising: [
      'uprising', 'revolution', 'revolt', 'overthrow', 'overthrown', 'ousted', 'ouster', 'toppled', 'toppling', 'fall of',
      'brought down', 'civil war', 'rebellion', 'insurgency',
    ],
    death: ['death', 'died', 'dies', 'killed', 'killing', 'murder', 'murdered', 'assassinated', 'assassination', 'crash', 'funeral'],
  },
  places: {
    benghazi: ['benghazi', 'bengazi', 'benina'],
    sirte: ['sirte', 'sirt', 'surt'],
    tobruk: ['tobruk'],
    'al-jufra': ['al-jufra', 'jufra'],
    misrata: ['misrata', 'misurata'],
    derna: ['derna', 'darnah'],
    sabha: ['sebha', 'sabha'],
    tartus: ['tartus'],
    hmeimim: ['hmeimim', 'khmeimim'],
    istanbul: ['istanbul'],
    'new-york': ['new york'],
    geneva: ['geneva'],
    berlin: ['berlin'],
    sochi: ['sochi'],
    'saint-petersburg': ['st petersburg', 'st. petersburg', 'saint petersburg'],
    palermo: ['palermo'],
    skhirat: ['skhirat'],
  },
};
