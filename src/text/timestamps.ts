// Lines that are nothing but a date or a time ("Nov. 20, 2019, 9:28 AM UTC", "sexta-feira, 22 de
// outubro de 2010 às 20:13", "April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm"), and the
// date or time stuck to the end of a byline ("Associated Press November 19, 2019, 9:02 AM"). Pages
// print them next to the story; they are never story text. Month and weekday names cover the
// languages of the corpus pages (en, pt, es, fr, de, it, nl).

/** Month names by language, January first; abbreviations follow in the second list. */
const MONTH_NAMES: string[][] = [
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep|sept', 'oct', 'nov', 'dec'],
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'],
  ['janvier|janv', 'février|fevrier|févr', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre|déc'],
  ['januar|jänner', 'februar', 'märz|mär', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober|okt', 'november', 'dezember|dez'],
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
];
const MONTH_NUMBER = new Map<string, number>();
for (const language of MONTH_NAMES) language.forEach((names, i) => names.split('|').forEach((name) => MONTH_NUMBER.set(name, i + 1)));
const MONTHS = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');

const WEEKDAYS = [
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun',
  'segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|segunda|terça|quarta|quinta|sexta',
  'lunes|martes|miércoles|jueves|viernes',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica',
].join('|');
/** Words that sit between the parts of a printed date or label it. */
const FILLER = 'words?|read|reading|lesezeit|at|on|the|of|in|de|del|às|as|à|a|le|la|um|am|den|der|el|du|et|and|y|e|h|uhr|hrs?|mins?|ago|hours?|minutes?|days?|updated|update|published|posted|first|last|modified|edited|aktualisiert|veröffentlicht|atualizado|atualizada|publicado|publicada|actualizado|actualizada|mis|jour|publié|publiée|pubblicato|aggiornato|bijgewerkt|gepubliceerd|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct|mt|utc|gmt|bst|cet|cest|ist|aest|aedt|jst|kst|msk|hkt|sgt|am|pm|a\\.m|p\\.m|a\\.m\\.|p\\.m\\.';

const MONTH = new RegExp(`^(?:${MONTHS})\\.?$`, 'iu');
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})\\.?$`, 'iu');
const FILLER_WORD = new RegExp(`^(?:${FILLER})\\.?$`, 'iu');
const TIME = /^(?:[01]?\d|2[0-3])[:h][0-5]\d(?::[0-5]\d)?(?:[ap]\.?m\.?)?$/i;
/** "20.13" is a time only beside a date or "Uhr"; alone it is a number ("-12.99"). */
const DOT_TIME = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:T[\d:.]+Z?)?$/;
const NUMBER = /^\d{1,4}(?:st|nd|rd|th|º|ª|\.)?$/i;

type Kind = 'strong' | 'weak' | 'other';

function kindOf(token: string): Kind {
  if (MONTH.test(token) || TIME.test(token) || NUMERIC_DATE.test(token)) return 'strong';
  if (WEEKDAY.test(token) || FILLER_WORD.test(token) || NUMBER.test(token) || DOT_TIME.test(token) || /^\d+$/.test(token)) return 'weak';
  return 'other';
}

/** Words of a line, with the punctuation that separates date parts ("," "|" "·" "—") left out. */
function tokens(line: string): string[] {
  return line
    .replace(/(\p{Ll})(\d)/gu, '$1 $2')
    .split(/[\s,;|·•—–()]+|(?<=\p{L})-(?=\s)|(?<=\s)-(?=\p{L})|(?<=\d):(?=\s|$)/u)
    .map((t) => t.replace(/^[-:]+|[-:]+$/g, '').replace(/,$/, ''))
    .filter((t) => t.length > 0);
}

function isStamp(words: string[]): boolean {
  if (words.length === 0) return false;
  const kinds = words.map(kindOf);
  if (!kinds.includes('strong') || kinds.includes('other')) return false;
  // A month name alone is a word ("Mike May"); with a day or a year it is a date.
  return words.some((w) => /\d/.test(w));
}

/** True when the line holds only a date and/or time (with labels such as "Updated"). */
export function isTimestampLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 120) return false;
  return isStamp(tokens(text));
}

/**
 * Splits a date or time off the end of a short line: "Associated Press November 19, 2019, 9:02 AM"
 * -> { head: "Associated Press", stamp: "November 19, 2019, 9:02 AM" }. Glued text
 * ("Carrie ArnoldNovember 15, 2019", "Lucas Nolan22 Dec 2016") is split first.
 */
export function splitTrailingStamp(line: string): { head: string; stamp?: string } {
  const text = line
    .replace(/(\p{Ll})(\p{Lu}\p{Ll}+)\b/gu, (all, last: string, word: string) => (MONTH_NUMBER.has(word.toLowerCase()) ? `${last} ${word}` : all))
    .replace(/(\p{L})(?=\d)/gu, '$1 ')
    .trim();
  const parts = text.split(/(\s+)/);
  // Try every word boundary from the left: the first place from which the rest is a stamp.
  for (let i = 0; i < parts.length; i += 2) {
    const rest = parts.slice(i).join('');
    const words = tokens(rest);
    if (kindOf(words[0] ?? '') === 'other' || !isStamp(words)) continue;
    const head = parts.slice(0, i).join('').replace(/[\s,;|·•—–-]+$/u, '').trim();
    return { head, stamp: rest.trim() };
  }
  return { head: line.trim() };
}

/** A calendar date (YYYY-MM-DD) printed in words or numbers, when the text holds one. */
export function dateInText(text: string): string | undefined {
  const words = tokens(text.normalize('NFC'));
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] ?? '').replace(/\.$/, '').toLowerCase();
    const month = MONTH_NUMBER.get(word) ?? 0;
    if (!month) continue;
    // "November 19, 2019" or "19 Nov 2019" or "22 de outubro de 2010".
    const around = words.slice(Math.max(0, i - 3), i + 4);
    const year = around.map((w) => /^(19|20)\d{2}$/.exec(w)?.[0]).find(Boolean);
    const after = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(words[i + 1] ?? '')?.[1];
    const before = words.slice(Math.max(0, i - 3), i).reverse().map((w) => /^(\d{1,2})(?:st|nd|rd|th|º|\.)?$/i.exec(w)?.[1]).find(Boolean);
    const day = Number(after ?? before);
    if (year && day >= 1 && day <= 31) return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

