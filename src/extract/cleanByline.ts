// Bylines are names: "By GREG BEACHAM, AP Sports Writer" -> "Greg Beacham, AP";
// "Associated Press November 19, 2019, 9:02 AM" -> "Associated Press"; "By admin - 2018-09-16" ->
// no byline. The date a byline carries is handed back, for an article that has no other date.
import { dateInText, isTimestampLine, splitTrailingStamp } from '../text/timestamps.js';
import { titleCaseName } from './titleCaseName.js';

export interface CleanByline {
  byline?: string;
  /** A date (YYYY-MM-DD) that was printed in the byline. */
  date?: string;
}

/** Words of a job title: "AP National Security Writer" keeps "AP", "Opinion Columnist" nothing. */
const ROLE_NOUN = /\b(?:writer|correspondent|reporter|editor|columnist|contributor|producer|journalist|critic|photographer|analyst|intern)s?\.?$/i;
const ROLE_WORD = /^(?:senior|chief|staff|contributing|special|national|international|political|politics|security|auto|autos|sports?|business|science|health|medical|tech|technology|entertainment|music|film|movie|legal|diplomatic|economics|economy|foreign|investigative|education|environment(?:al)?|climate|energy|courts?|religion|food|travel|fashion|arts?|culture|white|house|congressional|washington|opinion|global|digital|breaking|news|deputy|associate|assistant|managing|executive|editorial|freelance|photo|video|data|markets?|finance|money|weather|crime|features?|general|guest|regional|state|city|metro|world|europe|asia|africa|middle|east|latin|america|writer|correspondent|reporter|editor|columnist|contributor|producer|journalist|critic|analyst|intern)$/i;
/** Degrees and credentials after a name: "Ilana Muhlstein, MS, RDN". */
const CREDENTIAL = /^(?:MA|MS|MSc|PhD|Ph\.D\.?|MD|M\.D\.|RD|RDN|RN|MPH|MBA|BSc|BA|DDS|DO|JD|LLB|CPT|CSCS|CDE|LD|FACS|MFA)\.?$/;
/** Not a person: a site's login, a desk, a department. */
const NOT_A_PERSON = /^(?:admin|administrator|webmaster|editor|editors|staff|desk|team|newsroom|redaktion|rédaction|redação|redacción|redazione|by|the)$|\b(?:staff|reports|newsroom|web desk|news desk|editorial board)$|^editorial$/i;

function withoutRole(part: string): string {
  if (!ROLE_NOUN.test(part)) return part;
  // Keep what comes before the job title: "AP Auto Writer" -> "AP", "Associated Press Writer" -> "Associated Press".
  const words = part.split(/\s+/);
  let end = words.length;
  while (end > 0 && ROLE_WORD.test(words[end - 1] ?? '')) end--;
  const kept = words.slice(0, end).join(' ');
  // "Letters to the Editor": what is left is no name either.
  return /\b(?:to|the|of|and|for|a|an)$/i.test(kept) ? '' : kept;
}

/** "January 10, 2020", "21 minutes", "4312 words": when and how long, not who. */
const notWho = (part: string) => isTimestampLine(part) || /^\d[\d,.]*\s*(?:words?|min(?:ute)?s?|mins? read|minutes? read|read)$/i.test(part);

export function cleanByline(raw: string | undefined): CleanByline {
  if (!raw) return {};
  const result: CleanByline = {};
  const { head, stamp } = splitTrailingStamp(raw.replace(/\s+/g, ' ').trim());
  if (stamp) {
    const date = dateInText(stamp);
    if (date) result.date = date;
  }
  let text = head
    // "Veröffentlicht von Henning Lobin www.lobin.de": the label and the author's own address go.
    .replace(/^(?:(?:veröffentlicht|geschrieben|verfasst|posted|written|published|publié|écrit)\s+(?:von|by|par)\s+)/i, '')
    .replace(/\s+(?:https?:\/\/|www\.)\S+$/i, '')
    .replace(/^(?:by|von|par|por|di|door|av|af)\s*[:\s]\s*/i, '')
    .replace(/^[\s,;|·-]+|[\s,;|·-]+$/g, '')
    // "JILL LAWLESSAssociated Press": the agency glued to a name in capitals.
    .replace(/(\p{Lu}{2,})(?=\p{Lu}\p{Ll})/gu, '$1, ');
  // "DANICA KIRKA and JILL LAWLESS Associated Press": names in capitals, then the agency.
  text = text.replace(/^((?:\p{Lu}[\p{Lu}.'’-]+\s+)+(?:AND\s+|and\s+|&\s+)?(?:\p{Lu}[\p{Lu}.'’-]+\s*)+)\s(?=\p{Lu}\p{Ll})/u, (m) => `${m.trim()}, `);
  // The first part names people; later parts are an outlet, a job title or credentials.
  const [names = '', ...more] = text.split(/\s*[,|]\s*|\s+[-–—]\s+/).map((p) => p.trim());
  const rest = more.filter((p) => !notWho(p)).map((p) => withoutRole(p.split(/\s+/).filter((w) => !CREDENTIAL.test(w)).join(' '))).filter(Boolean);
  const byline = [withoutRole(names), ...rest].filter(Boolean).map(titleCaseName).join(', ').trim();
  if (!byline || NOT_A_PERSON.test(byline) || /^[\p{Ll}\d_.-]+$/u.test(byline) || /@|https?:/i.test(byline)) return result;
  result.byline = byline;
  return result;
}
