/** English cue words for names the knowledge base does not know (lower case). Our own lists. */

export const PERSON_TITLES = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'doctor', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice president', 'prime minister', 'deputy prime minister', 'minister', 'foreign minister',
  'chancellor',
  'secretary', 'secretary of state', 'secretary-general', 'general secretary', 'senator', 'sen.', 'rep.',
  'representative', 'governor', 'gov.', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'general',
  'gen.', 'admiral', 'colonel', 'col.', 'captain', 'capt.', 'lieutenant', 'sergeant', 'judge', 'justice',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'chief executive', 'chairman', 'chairwoman',
  'chair', 'director', 'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'player', 'singer',
  'actor', 'actress', 'author', 'writer', 'professor', 'economist', 'analyst', 'lawyer', 'attorney', 'founder',
  'leader', 'premier', 'chief', 'commander', 'envoy', 'official', 'reporter', 'correspondent', 'editor', 'rapper',
  'billionaire', 'entrepreneur', 'investor', 'researcher', 'scientist', 'dr', 'saint', 'st.', 'father', 'rev.',
  'secretary general', 'defence minister', 'defense minister', 'interior minister', 'finance minister',
  'trade minister', 'economy minister', 'health minister', 'justice minister', 'industry minister', 'deputy',
  'foreign secretary', 'home secretary', 'state secretary', 'undersecretary', 'deputy foreign minister', 'crown prince',
  'supreme leader', 'first lady', 'vice premier', 'head coach', 'chief of staff', 'press secretary', 'speaker',
]

export const ORGANISATION_WORDS = [
  'ministry', 'department', 'university', 'college', 'school', 'academy', 'institute', 'bank', 'group', 'inc', 'inc.',
  'corp', 'corp.', 'corporation', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'company', 'association', 'council',
  'committee', 'agency', 'organisation', 'organization', 'party', 'court', 'army', 'navy', 'force', 'forces',
  'foundation', 'fund', 'union', 'federation', 'commission', 'office', 'authority', 'airlines', 'airways', 'times',
  'post', 'news', 'club', 'fc', 'league', 'society', 'service', 'services', 'board', 'bureau', 'holdings',
  'industries', 'motors', 'press', 'television', 'radio', 'tv', 'network', 'hospital', 'parliament', 'congress',
  'senate', 'assembly', 'cabinet', 'government', 'police', 'guard', 'command', 'centre', 'center', 'alliance',
  'coalition', 'movement', 'front', 'brigade', 'regiment', 'exchange', 'reserve', 'trust', 'partners', 'labs',
  'mission', 'delegation', 'programme', 'program', 'institution', 'network', 'ministry', 'directorate', 'technologies', 'systems', 'energy', 'petroleum', 'oil', 'gas', 'electric', 'electronics', 'pharma',
  'pharmaceuticals', 'capital', 'securities', 'insurance', 'airline', 'team', 'secretariat', 'tribunal', 'observatory',
  'consulting', 'consultancy', 'advisory', 'research', 'analytics', 'ventures', 'investments', 'logistics', 'studios',
];

export const EVENT_WORDS = [
  'summit', 'games', 'cup', 'championship', 'championships', 'olympics', 'conference', 'war', 'festival', 'forum',
  'expo', 'congress', 'open', 'grand prix', 'marathon', 'election', 'elections', 'revolution', 'crisis', 'talks',
  'dialogue', 'week', 'awards', 'tournament', 'world cup', 'series', 'meeting', 'session', 'olympiad',
];

export const MISC_WORDS = ['act', 'treaty', 'accord', 'agreement', 'convention', 'declaration', 'charter', 'prize', 'award', 'plan', 'initiative', 'protocol', 'law', 'bill', 'doctrine', 'strategy'];

export const PLACE_WORDS = [
  'city', 'province', 'county', 'district', 'state', 'island', 'islands', 'river', 'sea', 'ocean', 'lake', 'mountain',
  'mountains', 'valley', 'bay', 'gulf', 'strait', 'peninsula', 'street', 'avenue', 'square', 'airport', 'port',
  'region', 'desert', 'coast', 'beach', 'park', 'bridge', 'canal', 'delta', 'plateau', 'highlands', 'village',
  'palace', 'stadium', 'cathedral', 'temple', 'pagoda', 'castle', 'tower', 'hall', 'arena', 'province', 'prefecture',
];

export const PLACE_CUES = ['in', 'at', 'from', 'to', 'near', 'across', 'outside', 'inside', 'into', 'visit', 'visited', 'visiting', 'toward', 'towards', 'via', 'capital', 'city of', 'province of', 'town of', 'village of', 'based in'];

/** Lower-case words allowed inside a multi-word name ("Bank of England", "Ho Chi Minh City"). */
export const NAME_CONNECTORS = ['of', 'for', 'de', 'del', 'da', 'di', 'du', 'van', 'von', 'der', 'bin', 'al', 'el', 'la', 'le', 'the'];

/** Capitalised words that are never names on their own. */
export const NON_NAMES = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i', 'i\'m', 'i\'ve',
  'i\'d', 'i\'ll', 'ok', 'tv', 'am', 'pm', 'a.m.', 'p.m.', 'ceo', 'gdp', 'covid', 'covid-19', 'ai', 'usd', 'vnd',
];

/** Frequent words that start sentences. */
export const SENTENCE_STARTERS = [
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'it', 'he', 'she', 'they', 'we', 'you', 'this', 'that', 'these',
  'those', 'but', 'and', 'or', 'so', 'yet', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'during',
  'with', 'without', 'by', 'from', 'to', 'of', 'about', 'his', 'her', 'their', 'its', 'our', 'my', 'there', 'here',
  'some', 'many', 'most', 'more', 'all', 'both', 'each', 'every', 'no', 'not', 'one', 'two', 'three', 'last',
  'next', 'first', 'earlier', 'later', 'meanwhile', 'however', 'still', 'also', 'even', 'only', 'such', 'what',
  'who', 'why', 'how', 'where', 'which', 'officials', 'analysts', 'according', 'asked', 'speaking', 'despite',
  'under', 'over', 'between', 'among', 'until', 'although', 'though', 'because', 'once', 'other', 'another',
  'several', 'few', 'any', 'new', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'thousands', 'hundreds',
  'dozens', 'millions', 'foreign', 'prime', 'minister', 'president', 'leaders', 'police', 'shares', 'prices',
];

/** Nationality and group adjectives: MISC in news-NER convention ("Russian", "Vietnamese"). */
export const DEMONYMS = [
  'american', 'british', 'chinese', 'russian', 'vietnamese', 'japanese', 'korean', 'north korean', 'south korean',
  'indian', 'pakistani', 'iranian', 'french', 'german', 'italian', 'spanish', 'ukrainian', 'european', 'asian',
  'african', 'australian', 'canadian', 'mexican', 'brazilian', 'turkish', 'israeli', 'palestinian', 'arab',
  'saudi', 'egyptian', 'thai', 'lao', 'laotian', 'cambodian', 'malaysian', 'singaporean', 'indonesian',
  'filipino', 'burmese', 'kazakh', 'uzbek', 'kyrgyz', 'tajik', 'belarusian', 'mongolian', 'taiwanese', 'polish',
  'dutch', 'swedish', 'norwegian', 'finnish', 'danish', 'swiss', 'austrian', 'belgian', 'greek', 'hungarian',
  'czech', 'romanian', 'bulgarian', 'serbian', 'croatian', 'irish', 'scottish', 'welsh', 'english', 'western',
  'soviet', 'muslim', 'christian', 'catholic', 'buddhist', 'jewish', 'hindu', 'sunni', 'shia', 'afghan', 'iraqi',
  'syrian', 'lebanese', 'jordanian', 'qatari', 'emirati', 'yemeni', 'nigerian', 'kenyan', 'ethiopian',
  'south african', 'argentine', 'chilean', 'colombian', 'venezuelan', 'cuban', 'peruvian', 'portuguese',
  'new zealander', 'bangladeshi', 'sri lankan', 'nepalese', 'latin american', 'middle eastern', 'eurasian',
  'central asian', 'southeast asian', 'east asian', 'spaniard', 'dutchman', 'briton', 'republican', 'democrat',
  // Plurals: the people themselves ("Americans were …").
  'americans', 'russians', 'ukrainians', 'europeans', 'asians', 'africans', 'australians', 'canadians', 'indians',
  'iranians', 'israelis', 'palestinians', 'arabs', 'germans', 'italians', 'koreans', 'brazilians', 'mexicans',
  'britons', 'spaniards', 'republicans', 'democrats',
];
