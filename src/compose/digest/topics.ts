// The topic of a story, for the weekly edition's sections: the page's own section when it names
// one (article:section, JSON-LD articleSection, front matter `section:`), else the words of its
// headline and lede (English and German word lists). Topics come in one fixed order, so the same
// week always reads the same way; a story no rule places goes under "More stories", last.
import type { Article } from '../../extract/types.js';

export const TOPICS = ['world', 'politics', 'business', 'tech', 'science', 'health', 'sport', 'culture', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

/** A whole-word, case-blind pattern that also works for words starting with an accented letter (no \b). */
const words = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');

/** Section names as sites write them (English, German, French, Spanish, Italian, Dutch, Portuguese...). */
const SECTION_NAMES: [Topic, RegExp][] = [
  ['sport', words('sports?|football|soccer|cricket|rugby|tennis|golf|nfl|nba|mlb|nhl|f1|formula 1|olympics?|fu(?:ß|ss)ball|deportes?|sportivo|calcio|voetbal|esporte|futebol')],
  ['tech', words('tech|technology|technik|technologie|tecnolog[ií]a|tecnologia|digital|gadgets?|science ?& ?tech|internet|computing|cyber|ai|games?|gaming|netzwelt|high-tech|informatique')],
  ['science', words('science|sciences|wissenschaft|wissen|space|environment|climate|umwelt|ciencias?|scienza|wetenschap|ci[eê]ncia')],
  ['health', words('health|gesundheit|sant[ée]|salud|salute|gezondheid|sa[uú]de|medicine|medizin|wellness|coronavirus|covid')],
  ['business', words('business|economy|economics|markets?|money|finance|finanzen|wirtschaft|[ée]conomie|econom[ií]a|economia|economie|companies|industry|work|careers?|personal finance|geld|b[öo]rse|dinero|bourse')],
  ['politics', words('politics?|political|politik|politique|pol[ií]tica|politica|politiek|elections?|wahl(?:en)?|government|congress|parliament|white house')],
  ['culture', words('culture|kultur|cultura|cultuur|arts?|entertainment|music|musik|musique|m[uú]sica|film|films|movies?|cinema|kino|cin[ée]ma|books?|b[üu]cher|livres?|libros|tv|television|fernsehen|celebrity|stars|lifestyle|style|food|travel|reisen|feuilleton|kunst|theat(?:re|er)|fashion|mode')],
  ['world', words('world|international|foreign|global|europe|asia|africa|americas|middle east|ausland|welt|monde|international|mundo|mondo|wereld|buitenland|internacional|esteri|europa')],
];

/** Words of a headline or lede that place a story when the page names no section, per language. */
const EN: Record<Exclude<Topic, 'other'>, string[]> = {
  world: ['war', 'ceasefire', 'troops', 'refugees', 'embassy', 'diplomats', 'diplomatic', 'sanctions', 'nato', 'united nations', 'foreign', 'invasion', 'border', 'prime minister', 'militants', 'rebels', 'coup', 'extradition', 'asylum', 'ambassador'],
  politics: ['election', 'elections', 'vote', 'voters', 'parliament', 'senate', 'congress', 'lawmakers', 'minister', 'government', 'party', 'campaign', 'president', 'governor', 'mayor', 'council', 'bill', 'legislation', 'policy', 'democrats', 'republicans', 'coalition', 'referendum', 'impeachment', 'prosecutors', 'court', 'judge', 'ruling'],
  business: ['automaker', 'automakers', 'carmaker', 'carmakers', 'ev', 'evs', 'suv', 'suvs', 'auto show', 'company', 'companies', 'market', 'markets', 'shares', 'stock', 'stocks', 'investors', 'profit', 'profits', 'revenue', 'sales', 'economy', 'economic', 'inflation', 'bank', 'banks', 'ceo', 'startup', 'deal', 'merger', 'prices', 'price', 'tariffs', 'trade', 'jobs', 'retail', 'earnings', 'billion', 'deals', 'discount', 'black friday', 'shoppers'],
  tech: ['software', 'app', 'apps', 'ai', 'artificial intelligence', 'internet', 'smartphone', 'iphone', 'android', 'google', 'apple', 'microsoft', 'amazon', 'facebook', 'meta', 'data', 'cyber', 'hackers', 'computer', 'chip', 'chips', 'online', 'tech', 'technology', 'robot', 'tesla', 'startup', 'kindle', 'device', 'devices', 'laptop', 'windows'],
  science: ['scientists', 'researchers', 'study', 'research', 'space', 'nasa', 'planet', 'climate', 'species', 'physics', 'universe', 'fossil', 'telescope', 'astronomers', 'experiment', 'moon', 'mars', 'satellite', 'emissions', 'environment'],
  health: ['health', 'hospital', 'hospitals', 'virus', 'vaccine', 'patients', 'doctors', 'disease', 'cancer', 'medical', 'drug', 'drugs', 'outbreak', 'nurses', 'mental health', 'treatment', 'diet', 'obesity'],
  sport: ['transfer', 'signing', 'goalkeeper', 'keeper', 'release clause', 'midfielder', 'match', 'league', 'season', 'goal', 'goals', 'championship', 'coach', 'player', 'players', 'cup', 'tournament', 'olympic', 'olympics', 'quarterback', 'striker', 'defeat', 'football', 'soccer', 'nfl', 'nba', 'tennis', 'golf', 'medal', 'suspension', 'suspended', 'fans', 'stadium'],
  culture: ['film', 'films', 'movie', 'music', 'album', 'song', 'festival', 'book', 'novel', 'art', 'artist', 'museum', 'theatre', 'theater', 'actor', 'actress', 'show', 'series', 'concert', 'singer', 'band', 'fashion', 'recipe', 'restaurant', 'chef', 'award', 'oscar', 'exhibition', 'author', 'netflix', 'television'],
};

// German nouns are capitalised and compounded: the common words, lower-cased, as wordsOf reads them.
const DE: Record<Exclude<Topic, 'other'>, string[]> = {
  world: ['krieg', 'waffenruhe', 'truppen', 'flüchtlinge', 'botschaft', 'diplomaten', 'sanktionen', 'nato', 'vereinte nationen', 'ausland', 'invasion', 'grenze', 'premierminister', 'rebellen', 'putsch', 'asyl', 'botschafter'],
  politics: ['wahl', 'wahlen', 'wähler', 'bundestag', 'landtag', 'parlament', 'regierung', 'bundesregierung', 'minister', 'ministerin', 'ministerium', 'partei', 'kanzler', 'kanzlerin', 'koalition', 'gesetz', 'gesetzentwurf', 'abgeordnete', 'politik', 'politische', 'politischen', 'bürgermeister', 'stadtrat', 'fraktion', 'gericht', 'urteil', 'verbraucherschutz'],
  business: ['unternehmen', 'markt', 'märkte', 'aktie', 'aktien', 'börse', 'umsatz', 'gewinn', 'wirtschaft', 'bank', 'banken', 'inflation', 'handel', 'konzern', 'preise', 'preis', 'verbraucher', 'kunden', 'angebot', 'angebote', 'euro', 'milliarden', 'startup'],
  tech: ['software', 'app', 'apps', 'internet', 'smartphone', 'iphone', 'android', 'google', 'apple', 'microsoft', 'amazon', 'facebook', 'twitter', 'tweets', 'daten', 'digital', 'digitale', 'digitalen', 'computer', 'online', 'ki', 'netz', 'netzpolitik', 'roboter', 'tesla'],
  science: ['forscher', 'forscherin', 'wissenschaftler', 'studie', 'forschung', 'weltraum', 'klima', 'klimawandel', 'umwelt', 'planet', 'nasa', 'experiment'],
  health: ['gesundheit', 'krankenhaus', 'klinik', 'patienten', 'ärzte', 'arzt', 'virus', 'impfstoff', 'krankheit', 'abnehmen', 'diät', 'wellness', 'ernährung', 'pflege'],
  sport: ['transfer', 'torwart', 'verein', 'wechsel', 'spiel', 'liga', 'bundesliga', 'saison', 'tor', 'tore', 'trainer', 'spieler', 'meisterschaft', 'pokal', 'turnier', 'fußball', 'olympia', 'weltmeister', 'stadion', 'fans'],
  culture: ['film', 'filme', 'kino', 'musik', 'album', 'lied', 'buch', 'bücher', 'roman', 'kunst', 'museum', 'theater', 'konzert', 'festival', 'mode', 'fashion', 'beauty', 'rezept', 'ausstellung', 'autorin', 'autor', 'serie', 'kultur'],
};

const KEYWORDS: Record<string, Record<Exclude<Topic, 'other'>, string[]>> = { en: EN, de: DE };

/** Per language, each keyword -> its topics, one- and two-word keywords apart: a story's words are looked up, not matched by pattern. */
const LOOKUPS = new Map<string, Map<string, Topic[]>>();
for (const [lang, lists] of Object.entries(KEYWORDS)) {
  const lookup = new Map<string, Topic[]>();
  for (const [topic, words] of Object.entries(lists)) for (const word of words) lookup.set(word, [...(lookup.get(word) ?? []), topic as Topic]);
  LOOKUPS.set(lang, lookup);
}

/** The topic the page's own section names, if any. */
export function topicOfSection(section: string | undefined): Topic | undefined {
  if (!section) return undefined;
  return SECTION_NAMES.find(([, pattern]) => pattern.test(section))?.[0];
}

/** A text's lower-case words, without words in capitals ("SPACE VIZZION" is a name or a shout, not a topic word). */
function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length < 5 || w !== w.toUpperCase()).map((w) => w.toLowerCase());
}

/** How strongly the headline (counted three times) and the lede speak of each topic. */
function topicFromWords(article: Pick<Article, 'title' | 'lede' | 'lang'>): Topic | undefined {
  const lookup = LOOKUPS.get(article.lang.toLowerCase().split('-')[0] ?? '');
  if (!lookup) return undefined;
  const scores = new Map<Topic, number>();
  for (const [text, weight] of [[article.title, 3], [article.lede, 1]] as const) {
    const words = wordsOf(text);
    words.forEach((word, i) => {
      for (const key of [word, `${word} ${words[i + 1] ?? ''}`]) for (const topic of lookup.get(key) ?? []) scores.set(topic, (scores.get(topic) ?? 0) + weight);
    });
  }
  let best: Topic | undefined;
  let bestScore = 0;
  // Ties go to the topic listed first: the same story always lands in the same section.
  for (const topic of TOPICS) {
    const score = scores.get(topic) ?? 0;
    if (score > bestScore) {
      best = topic;
      bestScore = score;
    }
  }
  // One stray word in a lede is not a topic; a headline word or two lede words are.
  return bestScore >= 2 ? best : undefined;
}

export function topicOf(article: Pick<Article, 'title' | 'lede' | 'lang' | 'section'>): Topic {
  return topicOfSection(article.section) ?? topicFromWords(article) ?? 'other';
}
