// Who a speaker is, from the article's own words (English): the full name and the role, as in
// "Russian President Vladimir Putin" or "Sergei Karaganov, a former Kremlin foreign policy adviser".
// When the article does not say, the card shows the name as the quote gave it, without a role.

const TITLES = new Set(
  ('president premier minister chancellor secretary adviser advisor aide spokesman spokeswoman spokesperson ambassador envoy senator ' +
    'governor mayor chairman chairwoman chair director chief ceo cfo cto founder professor analyst economist general commander leader ' +
    'king queen prince judge lawyer attorney representative congressman congresswoman official head editor researcher scientist coach ' +
    'manager deputy vice pope bishop speaker negotiator strategist expert author').split(' '),
);
const NOT_NAMES = new Set(['The', 'But', 'And', 'In', 'On', 'At', 'It', 'This', 'That', 'A', 'An', 'As', 'If', 'When', 'Still', 'Then', 'So', 'While', 'After', 'Before']);
const CAPITAL = /^[\p{Lu}][\p{L}'’.-]*$/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isTitle = (word: string) => TITLES.has(word.toLowerCase().replace(/[’']s$/, ''));

export interface Speaker {
  name: string;
  role?: string;
}

/** "Name, a/an/the former Kremlin adviser," -> "former Kremlin adviser". */
function apposition(text: string, name: string): string | undefined {
  const match = new RegExp(`${escape(name)},\\s+(?:a|an|the)\\s+([^,.;:“”"()]{3,70}?)(?:[,.;]|$)`, 'mu').exec(text);
  const role = match?.[1]?.trim();
  return role && role.split(/\s+/).some(isTitle) ? role : undefined;
}

/** Given names and a title right before one mention of the surname. */
function readMention(wordsBefore: string): { given: string[]; title: string[] } {
  const words = wordsBefore.trim().split(/\s+/).filter(Boolean);
  // Only the words after the last punctuation that ends a clause (an initial such as "J." stays).
  const cut = words.findLastIndex((w) => /[.,;:]$/.test(w) && !/^\p{Lu}\.$/u.test(w));
  const before = words.slice(cut + 1);
  const last = () => before[before.length - 1] ?? '';
  const given: string[] = [];
  while (given.length < 2 && before.length && CAPITAL.test(last()) && !isTitle(last()) && !NOT_NAMES.has(last())) given.unshift(before.pop() as string);
  const title: string[] = [];
  while (title.length < 5 && before.length && (isTitle(last()) || (CAPITAL.test(last()) && !NOT_NAMES.has(last())))) title.unshift(before.pop() as string);
  while (title.length && !isTitle(title[title.length - 1] ?? '')) title.pop(); // a role ends in a title
  return { given, title };
}

export function describeSpeaker(speaker: string, text: string): Speaker {
  const surname = speaker.split(/\s+/).pop() ?? speaker;
  // The first mention that names the person fully: "... Russian President Vladimir Putin ...",
  // reading only words on the same line.
  const mentions = text.matchAll(new RegExp(`((?:[\\p{L}'’.,;:-]+[^\\S\\r\\n]+){1,7})${escape(surname)}\\b`, 'gu'));
  let found: { given: string[]; title: string[] } = { given: [], title: [] };
  for (const mention of mentions) {
    const read = readMention(mention[1] ?? '');
    if (read.given.length || read.title.length) {
      found = read;
      break;
    }
  }
  const name = speaker.includes(' ') || found.given.length === 0 ? speaker : `${found.given.join(' ')} ${surname}`;
  const role = apposition(text, name) ?? (found.title.length ? found.title.join(' ') : undefined);
  return role ? { name, role } : { name };
}
