import type { SpeechWords } from '../types.ts';

// Nouns that are also verb forms ("states", "claims", "reports", "notes", "voices") are left out:
// "the United States" or "media reports" would otherwise read as speech.
export const speechWords: SpeechWords = {
  speechVerbs: [
    'said', 'says', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'urged', 'urges',
    'expressed', 'expresses', 'noted', 'stated', 'announced', 'announces', 'declared', 'declares',
    'warned', 'warns', 'insisted', 'insists', 'claimed', 'emphasized', 'emphasised', 'emphasizes',
    'emphasises', 'voiced', 'explained', 'explains', 'confirmed', 'confirms', 'denied', 'denies',
    'reported', 'wrote', 'writes', 'asserted', 'affirmed', 'pointed out', 'underlined', 'underscored',
    'remarked', 'commented', 'acknowledged', 'argued', 'reiterated', 'assured', 'revealed',
    'quoted', 'as saying', 'replied', 'replies', 'retorted', 'countered', 'admitted', 'conceded',
    'complained', 'cautioned', 'vowed', 'pledged',
    // The infinitive only counts after "went on to": "Al-Sarraj went on to urge Moscow…".
    'went on to urge', 'went on to emphasize', 'went on to emphasise', 'went on to stress',
    'went on to say', 'went on to add', 'went on to express', 'went on to note', 'went on to call',
  ],
  // Each also means doing: "responded to the attack", "concluded a deal", "recalled its ambassador".
  tagVerbs: [
    'responded', 'answered', 'continued', 'concluded', 'recalled', 'observed', 'suggested', 'maintained',
    'believes', 'thinks', 'joked',
  ],
  listenerVerbs: ['told', 'tells', 'assured'],
  verbAdverbs: [],
  adverbEndings: [],
  attributions: ['according to', 'quoted by', 'cited by', 'as reported by'],
  quoteAttributions: ['for'],
  documentNouns: ['statement', 'communiqué', 'communique', 'press release', 'announcement', 'letter'],
  pronouns: ['he', 'she', 'they', 'the latter'],
  objectPronouns: ['him', 'her', 'them'],
  anonymousSources: [
    'source', 'sources', 'official', 'officials', 'diplomat', 'diplomats', 'insider', 'insiders',
    'observer', 'observers', 'analyst', 'analysts', 'expert', 'experts', 'witness', 'witnesses',
    'resident', 'residents',
  ],
  roleWords: {
    'prime minister': ['prime minister'], premier: ['prime minister'], 'foreign minister': ['foreign minister'],
    'defense minister': ['defence minister'], 'defence minister': ['defence minister'], minister: ['minister'],
    ambassador: ['ambassador'], president: ['president'], 'head of state': ['president'], head: ['head'],
    chief: ['chief', 'head'],
    'deputy chief': ['deputy'], director: ['director'], 'deputy director': ['deputy director'],
    spokesman: ['spokesman'], spokeswoman: ['spokesman'], spokesperson: ['spokesman'],
    envoy: ['representative', 'envoy'], 'special envoy': ['special representative', 'envoy'],
    commander: ['commander'], general: [], marshal: [], chairman: ['chairman'], leader: ['leader'],
  },
  institutionNouns: {
    ministry: ['ministry'], agency: [], department: ['department', 'ministry'], service: ['service'],
    company: [], corporation: [], office: ['office'],
  },
  relativePronouns: ['who', 'whom', 'whose', 'which'],
  nounEndings: [],
  definiteArticles: ['the'],
  determiners: ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'such'],
  prepositions: [
    'of', 'for', 'with', 'in', 'to', 'by', 'from', 'at', 'on', 'about', 'between', 'against', 'among',
    'into', 'toward', 'towards', 'without', 'under', 'over', 'than', 'via', 'behind', 'near',
  ],
  complementizers: ['that'],
  notSpeech: [
    'so-called', 'said to be', 'said to have', 'is said', 'are said', 'was said', 'were said',
    'that said', 'the said', 'all told', 'is reported', 'are reported', 'was reported', 'were reported',
    'was confirmed', 'were confirmed', 'was denied', 'were denied', 'was announced', 'were announced',
    'was declared', 'were declared', 'claimed the lives', 'claimed the life', 'was told', 'were told',
    'is told', 'are told', 'been told', 'was assured', 'were assured',
  ],
};
