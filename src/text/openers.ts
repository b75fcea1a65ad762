// Words that make a sentence lean on the one before it. Printed alone, as a bullet or a post, a
// sentence that opens "But", "However," or "Aber" reads as a fragment of an argument the reader
// never saw; one that opens on "She" or "They" names nobody.

const CONNECTIVES: Record<string, string[]> = {
  en: [
    'and so', 'and yet', 'but', 'and', 'so', 'however', 'still', 'also', 'yet', 'moreover', 'furthermore', 'besides',
    'nevertheless', 'nonetheless', 'instead', 'thus', 'therefore', 'hence', 'otherwise', 'better yet', 'for good measure',
    'in addition', 'additionally', 'even so', 'that said', 'as a result', 'plus', 'or', 'likewise', 'similarly', 'indeed',
    'after all', 'then again', 'on the other hand', 'in turn', 'as such', 'consequently', 'meanwhile', 'in fact', 'again',
    'by contrast', 'in contrast', 'conversely', 'what’s more', "what's more", 'not only that', 'of course', 'too', 'well', 'anyway',
  ],
  de: ['nun', 'tja', 'jedenfalls', 'aber', 'doch', 'und', 'auch', 'trotzdem', 'dennoch', 'allerdings', 'jedoch', 'außerdem', 'zudem', 'deshalb', 'daher', 'also', 'dabei', 'dazu', 'darüber hinaus', 'stattdessen', 'immerhin', 'oder', 'sondern', 'denn', 'deswegen', 'folglich', 'ebenso', 'gleichzeitig', 'andererseits', 'im gegenteil', 'schließlich', 'ferner'],
  fr: ['mais', 'et', 'pourtant', 'cependant', 'toutefois', 'donc', 'alors', 'aussi', 'en outre', 'de plus', 'par ailleurs', 'néanmoins', 'ainsi', 'or', 'puis', 'ou', 'en revanche', 'd’ailleurs', "d'ailleurs", 'par conséquent', 'pour autant', 'enfin', 'de même', 'au contraire', 'quant à lui', 'quant à elle'],
  es: ['pero', 'y', 'sin embargo', 'además', 'también', 'aun así', 'así que', 'por eso', 'entonces', 'no obstante', 'o', 'por lo tanto', 'en cambio', 'por otra parte', 'asimismo', 'incluso', 'es más', 'por su parte', 'mientras tanto'],
  it: ['ma', 'e', 'però', 'tuttavia', 'inoltre', 'anche', 'quindi', 'dunque', 'eppure', 'o', 'invece', 'pertanto', 'comunque', 'infatti', 'intanto', 'del resto', 'oltre a ciò', 'allo stesso modo'],
  pt: ['mas', 'e', 'porém', 'contudo', 'no entanto', 'além disso', 'também', 'então', 'portanto', 'ou', 'entretanto', 'todavia', 'por isso', 'assim', 'aliás', 'por outro lado', 'mesmo assim'],
  nl: ['maar', 'en', 'toch', 'echter', 'ook', 'bovendien', 'daarom', 'dus', 'of', 'daarnaast', 'verder', 'tegelijk', 'desondanks', 'wel', 'immers', 'ondertussen', 'anderzijds'],
  sv: ['men', 'och', 'ändå', 'dock', 'också', 'dessutom', 'därför', 'så', 'eller', 'samtidigt', 'däremot', 'alltså', 'sedan', 'trots det', 'likaså'],
  pl: ['ale', 'i', 'jednak', 'także', 'również', 'więc', 'zatem', 'a', 'lub', 'natomiast', 'ponadto', 'dlatego', 'mimo to', 'poza tym', 'tymczasem', 'zaś', 'oraz', 'bowiem'],
  ru: ['но', 'и', 'а', 'однако', 'также', 'тоже', 'поэтому', 'зато', 'впрочем', 'кроме того', 'тем не менее', 'или', 'при этом', 'к тому же', 'между тем', 'в то же время', 'поэтому же', 'так что', 'в итоге'],
  uk: ['але', 'і', 'й', 'а', 'однак', 'проте', 'також', 'тому', 'або', 'втім', 'крім того', 'до того ж', 'водночас', 'натомість', 'тож', 'отже'],
  tr: ['ama', 've', 'fakat', 'ancak', 'yine de', 'ayrıca', 'bu yüzden', 'veya', 'ne var ki', 'öte yandan', 'buna rağmen', 'bu nedenle', 'üstelik', 'hatta', 'oysa', 'dolayısıyla'],
  id: ['tetapi', 'tapi', 'dan', 'namun', 'juga', 'jadi', 'selain itu', 'atau', 'sementara itu', 'oleh karena itu', 'karena itu', 'meski begitu', 'bahkan', 'padahal', 'sedangkan'],
  ar: ['لكن', 'ولكن', 'لكنّ', 'غير أن', 'إلا أن', 'لذلك', 'ولذلك', 'كما', 'أيضا', 'أيضًا', 'بالإضافة إلى ذلك', 'علاوة على ذلك', 'ومع ذلك', 'مع ذلك', 'في المقابل', 'من جهة أخرى', 'وبالتالي', 'بالتالي', 'ثم', 'أو'],
  he: ['אבל', 'אולם', 'אך', 'לכן', 'בנוסף', 'עם זאת', 'כמו כן', 'גם', 'מנגד', 'לעומת זאת', 'יתר על כן', 'ולכן', 'אלא', 'ואולם', 'בינתיים', 'או'],
  hi: ['लेकिन', 'परंतु', 'परन्तु', 'किंतु', 'किन्तु', 'इसलिए', 'साथ ही', 'वहीं', 'हालांकि', 'हालाँकि', 'फिर भी', 'इसके अलावा', 'और', 'तो', 'बल्कि', 'अतः', 'या'],
  ko: ['하지만', '그래서', '그러나', '그리고', '그런데', '또한', '따라서', '게다가', '그러므로', '반면', '한편', '또', '그럼에도'],
  ja: ['しかし', 'でも', 'そして', 'だから', 'また', 'さらに', 'ところが', 'それでも', '一方', 'ただし', 'そのため', 'なお', 'ただ', 'けれども', 'つまり'],
  zh: ['但是', '但', '而且', '所以', '因此', '然而', '不过', '此外', '并且', '另外', '同时', '可是', '于是', '而'],
};

// Pronouns that point back to someone or something named earlier.
const PRONOUNS: Record<string, string[]> = {
  en: ['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'him', 'them', 'this', 'that', 'these', 'those', 'such'],
  de: ['er', 'sie', 'es', 'sein', 'seine', 'ihr', 'ihre', 'dies', 'diese', 'dieser'],
  fr: ['il', 'elle', 'ils', 'elles', 'ce', 'cela', 'ceci', 'celui', 'celle', 'ceux', 'celles'],
  es: ['él', 'ella', 'ellos', 'ellas', 'esto', 'eso', 'este', 'esta', 'estos', 'estas'],
  it: ['lui', 'lei', 'loro', 'questo', 'questa', 'ciò', 'egli', 'essa', 'essi'],
  pt: ['ele', 'ela', 'eles', 'elas', 'isso', 'isto', 'este', 'esta', 'esses', 'essas'],
  nl: ['hij', 'zij', 'ze', 'het', 'dit', 'dat', 'deze', 'hun', 'zijn', 'haar'],
  sv: ['han', 'hon', 'de', 'den', 'det', 'dessa', 'detta', 'hans', 'hennes', 'deras'],
  pl: ['on', 'ona', 'oni', 'one', 'ono', 'to', 'ten', 'ta', 'jego', 'jej', 'ich'],
  ru: ['он', 'она', 'они', 'оно', 'это', 'этот', 'эта', 'его', 'её', 'их'],
  uk: ['він', 'вона', 'вони', 'воно', 'це', 'цей', 'ця', 'його', 'її', 'їх'],
  tr: ['o', 'onlar', 'bu', 'bunlar', 'şu', 'onun', 'onların'],
  id: ['dia', 'ia', 'mereka', 'ini', 'itu', 'beliau'],
  ar: ['هو', 'هي', 'هم', 'هن', 'هذا', 'هذه', 'ذلك', 'تلك'],
  he: ['הוא', 'היא', 'הם', 'הן', 'זה', 'זאת', 'זו'],
  hi: ['वह', 'वे', 'यह', 'ये', 'उन्होंने', 'उसने', 'उनका', 'उसका'],
  // Written without spaces: the pronoun with its topic particle, so that "それぞれ" is not "それ".
  ja: ['彼は', '彼女は', '彼らは', 'これは', 'それは', '同氏は'],
  zh: ['他', '她', '他们', '她们', '它'],
  ko: ['그는', '그녀는', '그들은', '이는', '이것은', '그것은'],
};

// Openings that point back although a pattern below would let them pass: "It is for that reason…",
// "That's been driving…", "In it, the royal denied…"; German "Das ist zum einen…" (a demonstrative
// before a verb, unlike the article in "Das Bohnenviertel entstand…").
const POINTS_BACK: Record<string, RegExp> = {
  en: /^(it is for|it’s for|it's for|that’s been|that's been|that has been|that was when|this is the|in it,|in this,|in that,|with that,|with this,)/i,
  de: /^((?:das|dies)\s+(?:ist|war|sind|waren|wird|wurde|hat|hatte|zeigt|gilt|kann|bedeutet|heißt|sei|wäre))\b/i,
};

// "This year", "That day", "It is ..." open sentences that stand alone.
const STANDS_ALONE_AFTER = /^(?:this|that|these|those|such|it)\s+(?:year|week|month|morning|afternoon|evening|summer|winter|spring|autumn|fall|season|time|is|was|will|has|had|would|could|may|might|can|remains|seems|appears|’s|'s|takes|took)\b/i;

/**
 * Where an adverb is set off by a comma or a dash ("However, …", "Meanwhile — …"), an opener followed
 * by a plain space leans only when it is a conjunction ("But the council…"): "In addition to
 * questions…", "Besides the order, …", "Too much money…" and "Alors que…" are whole sentences.
 */
const SPACE_CONJUNCTIONS: Record<string, string[]> = {
  en: ['and', 'but', 'or', 'so', 'yet', 'nor', 'and so', 'and yet'],
  fr: ['et', 'mais', 'ou', 'or', 'donc', 'puis'],
  es: ['y', 'pero', 'o'],
  it: ['e', 'ma', 'o', 'però'],
  pt: ['e', 'mas', 'ou'],
};

function firstMatch(text: string, list: string[] | undefined, spaceOnly?: string[]): string | undefined {
  if (!list) return undefined;
  const lower = text.toLowerCase();
  // Longest first, so "and yet" wins over "and".
  for (const word of [...list].sort((a, b) => b.length - a.length)) {
    if (!lower.startsWith(word)) continue;
    const next = text.charAt(word.length);
    // CJK connectives are followed directly by the next word; elsewhere a space, comma or dash must
    // follow (never a hyphen: "Plus-size", "So-called" are one word).
    if (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word) ? next === '' : !/[\s,;:—–]/.test(next)) continue;
    if (spaceOnly && !spaceOnly.includes(word) && !/^\s*[,;:—–]/.test(text.slice(word.length))) continue;
    return text.slice(0, word.length);
  }
  return undefined;
}

const language = (lang: string) => (lang || 'en').toLowerCase().split('-')[0] ?? 'en';

/** The connective that opens `sentence` ("But", "Aber", "하지만"), if any. */
export function danglingOpener(sentence: string, lang = 'en'): string | undefined {
  const text = sentence.replace(/^[\s“"„«‘'(]+/, '');
  const lng = language(lang);
  return firstMatch(text, CONNECTIVES[lng], SPACE_CONJUNCTIONS[lng]) ?? (lng === 'en' ? undefined : firstMatch(text, CONNECTIVES.en, SPACE_CONJUNCTIONS.en));
}

/**
 * The sentence without its opening connective, first letter capitalised ("But the council voted"
 * -> "The council voted"); undefined when it does not open on one or what is left is too short.
 */
export function dropOpener(sentence: string, lang = 'en'): string | undefined {
  const opener = danglingOpener(sentence, lang);
  if (!opener) return undefined;
  // In verb-second languages an adverb ("Zudem gibt es…", "Daarom is…") holds the first place:
  // without it the verb comes first and the sentence reads as a question. Only a conjunction
  // outside the clause ("Aber die Stadt zahlt") can go.
  const v2 = V2_CONJUNCTIONS[language(lang)];
  if (v2 && !v2.includes(opener.toLocaleLowerCase(lang))) return undefined;
  const start = sentence.indexOf(opener) + opener.length;
  const rest = sentence.slice(start).replace(/^[\s,;:—–]+/, '');
  if (rest.split(/\s+/).length < 4) return undefined;
  return rest.charAt(0).toLocaleUpperCase(lang) + rest.slice(1);
}

/** Conjunctions of verb-second languages that stand outside the clause they open. */
const V2_CONJUNCTIONS: Record<string, string[]> = {
  de: ['aber', 'und', 'oder', 'denn', 'sondern'],
  nl: ['maar', 'en', 'of', 'want'],
  sv: ['men', 'och', 'eller', 'för'],
  da: ['men', 'og', 'eller', 'for'],
  no: ['men', 'og', 'eller', 'for'],
  nb: ['men', 'og', 'eller', 'for'],
};

/**
 * The opening that points back to what the reader did not see ("It is for that reason…", "In it,",
 * "Das ist…"), if any: unlike a plain pronoun lead, such a sentence cannot stand anywhere in a summary.
 */
export function pointsBack(sentence: string, lang = 'en'): string | undefined {
  return POINTS_BACK[language(lang)]?.exec(sentence.replace(/^[\s“"„«‘'(]+/, ''))?.[1];
}

/** The pronoun that opens `sentence` ("She added that…"), if it points back to someone unnamed. */
export function pronounLead(sentence: string, lang = 'en'): string | undefined {
  const text = sentence.replace(/^[\s“"„«‘'(]+/, '');
  const back = pointsBack(text, lang);
  if (back) return back;
  if (STANDS_ALONE_AFTER.test(text)) return undefined;
  return firstMatch(text, PRONOUNS[language(lang)]);
}

/** True when the author speaks in the first person outside quotations ("as one CEO told me"). */
export function authorFirstPerson(unquoted: string, lang = 'en'): boolean {
  const lng = language(lang);
  // "Wäre ich noch an der Uni", "verwende ich", "unsere Steuerberater".
  if (lng === 'de') return /(?:^|[\s(])(?:[Ii]ch|mich|mir|[Mm]ein(?:e[mnrs]?)?|[Ww]ir|uns|[Uu]nser(?:e[mnrs]?)?)(?=[\s,.;:!?)]|$)/.test(unquoted);
  if (lng !== 'en') return false;
  return /(?:^|[\s(])(?:I|I’m|I'm|I’ve|I've|me|my|mine|we|We|our|Our|us)(?=[\s,.;:!?)]|$)/.test(unquoted);
}
