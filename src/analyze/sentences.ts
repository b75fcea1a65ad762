// Sentence splitting with Intl.Segmenter, plus repair of the splits ICU makes after abbreviations
// ("U.S.", "Dr.", "Jan.") and initials ("John F. Kennedy").
import { hasUnbalancedQuotes } from '../text/quoteMarks.js';
import { segmentAll } from '../text/segmentAll.js';
import type { Sentence } from './types.js';

/** Titles and other abbreviations that are (almost) never the end of a sentence. */
const ALWAYS_CONTINUES = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'adm', 'cmdr',
    'rev', 'hon', 'pres', 'st', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
    'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'vol', 'pp', 'cf', 'e.g', 'i.e',
  ].map((a) => `${a}.`),
);

/**
 * The same for other languages (lower case, with the dot): titles, "for example", "number",
 * "street", "million"… ICU's sentence rules know none of them ("z. B.", "Dr.", "т. е." end a
 * sentence there).
 */
const CONTINUES_IN: Record<string, string[]> = {
  de: ['dr.', 'prof.', 'nr.', 'bzw.', 'ca.', 'vgl.', 'usw.', 'z.', 'z.b.', 'd.h.', 'u.a.', 'v.a.', 'st.', 'str.', 'hl.', 'mio.', 'mrd.', 'inkl.', 'ggf.', 'evtl.', 'sog.', 'jh.', 'abs.', 'art.', 'hrsg.', 'bzgl.', 'gem.', 'min.', 'std.', 'tel.'],
  fr: ['m.', 'mm.', 'mme.', 'mlle.', 'dr.', 'pr.', 'st.', 'ste.', 'av.', 'apr.', 'env.', 'cf.', 'p.', 'n°.', 'bd.', 'chap.'],
  es: ['sr.', 'sra.', 'srta.', 'dr.', 'dra.', 'ud.', 'uds.', 'pág.', 'núm.', 'aprox.', 'ee.', 'av.', 'avda.', 'gral.', 'lic.', 'p.ej.', 'sto.', 'sta.'],
  it: ['sig.', 'sigg.', 'dott.', 'prof.', 'avv.', 'ing.', 'on.', 'pag.', 'n.', 's.', 'ss.', 'p.es.', 'ca.'],
  pt: ['sr.', 'sra.', 'dr.', 'dra.', 'prof.', 'profa.', 'pág.', 'av.', 'n.º', 'nº.', 'sto.', 'sta.', 'eng.'],
  nl: ['dhr.', 'mevr.', 'mr.', 'dr.', 'prof.', 'ir.', 'drs.', 'ing.', 'bijv.', 'o.a.', 'nr.', 'ca.', 'st.', 'mln.', 'mld.', 'blz.', 'zgn.'],
  sv: ['t.ex.', 'bl.a.', 'd.v.s.', 'dvs.', 'ca.', 'nr.', 's.k.', 'o.s.v.', 'prof.', 'dr.', 'resp.', 'milj.', 'mdr.', 'kr.'],
  pl: ['dr.', 'prof.', 'inż.', 'mgr.', 'ks.', 'św.', 'ul.', 'al.', 'pl.', 'np.', 'tzw.', 'm.in.', 'ok.', 'nr.', 'godz.', 'mln.', 'mld.', 'tys.', 'zł.', 'tj.', 'wg.', 'ds.', 'im.'],
  ru: ['т.', 'т.е.', 'т.д.', 'т.п.', 'т.к.', 'ул.', 'пр.', 'им.', 'проф.', 'акад.', 'д.', 'кв.', 'см.', 'млн.', 'млрд.', 'тыс.', 'руб.', 'долл.', 'ст.', 'св.', 'гл.', 'зам.'],
  uk: ['т.', 'вул.', 'пр.', 'просп.', 'ім.', 'проф.', 'акад.', 'д.', 'див.', 'млн.', 'млрд.', 'тис.', 'грн.', 'ст.', 'св.', 'зокр.'],
  tr: ['dr.', 'prof.', 'doç.', 'av.', 'vb.', 'vs.', 'bkz.', 'sn.', 'no.', 'cad.', 'sok.', 'mah.', 'yy.'],
  id: ['dr.', 'prof.', 'ir.', 'h.', 'hj.', 'dll.', 'dsb.', 'dst.', 'no.', 'jl.', 'kab.', 'kec.', 'st.', 'tn.', 'ny.', 'sdr.'],
};
const continuesIn = new Map(Object.entries(CONTINUES_IN).map(([lang, list]) => [lang, new Set(list)]));

/** Nouns an ordinal number ("3.", "19.") stands before in German: "am 3. Oktober", "im 19. Jahrhundert". */
const ORDINAL_NOUNS: Record<string, RegExp> = {
  de: /^\s*(?:Jahrhunderts?|Jahrtausends?|Liga|Bundesliga|Weltkriegs?|Platz|Mal|Klasse|Runde|Spieltags?|Etage|Stock|Auflage|Kapitel|Geburtstags?|Jahrestags?|Sitzung|Lesung|Staffel|Folge|Minute|Todestags?)\b/u,
  tr: /^\s*(?:yüzyıl|kez|sırada|madde|kat|sınıf|tur|hafta|gün|yıl)/u,
};
const monthPatterns = new Map<string, RegExp | undefined>();
/** The month names of `lang` as Intl writes them after a day ("3. Oktober", "3. října"). */
function monthPattern(lang: string): RegExp | undefined {
  if (!monthPatterns.has(lang)) {
    let pattern: RegExp | undefined;
    try {
      const format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' });
      const names = Array.from({ length: 12 }, (_, m) => format.formatToParts(Date.UTC(2026, m, 3)).find((p) => p.type === 'month')?.value ?? '').filter((n) => /\p{L}/u.test(n));
      pattern = names.length ? new RegExp(`^\\s*(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'iu') : undefined;
    } catch {
      pattern = undefined;
    }
    monthPatterns.set(lang, pattern);
  }
  return monthPatterns.get(lang);
}

/** Abbreviations that end a sentence when the next one starts like a sentence ("in the U.S. The ..."). */
const MAY_END = /(?:^|[\s(“"])(?:[A-Z]\.){2,}$|(?:^|\s)(?:a\.m|p\.m|etc|Inc|Corp|Co|Ltd|Jr|Sr|Bros)\.$/;

/** Words that usually open a sentence: after "U.S." they mean the sentence really ended. */
const SENTENCE_OPENERS = new Set(
  'The A An He She It They We I You But And Or So Yet This That These Those There Then In On At For As If When While After Before His Her Its Their Our My Some Many Most One Two'.split(' '),
);

function shouldJoin(previous: string, next: string, lang: string): boolean {
  // Only the end of the previous piece matters; looking at no more keeps long text linear.
  const trimmed = previous.slice(-80).trimEnd();
  const lastWord = (trimmed.slice(trimmed.search(/\S+$/)) || '').replace(/^[(“"‘'„«]+/, '').toLowerCase();
  const code = lang.split('-')[0] ?? lang;
  if (ALWAYS_CONTINUES.has(lastWord) || continuesIn.get(code)?.has(lastWord)) return true;
  // A day or an ordinal: "am 3. Oktober", "im 19. Jahrhundert" (German, Turkish, Polish… write the dot).
  if (/(?:^|\s)\d{1,3}\.$/.test(trimmed)) {
    const start = next.slice(0, 40);
    if (ORDINAL_NOUNS[code]?.test(start) || (code !== 'en' && monthPattern(code)?.test(start))) return true;
  }
  if (/(?:^|\s)[A-Z]\.$/.test(trimmed) && /^[A-Z]/.test(next)) return true; // a middle initial
  if (MAY_END.test(trimmed)) {
    const firstWord = /^\s*(\S*)/.exec(next.slice(0, 80))?.[1] ?? '';
    return !SENTENCE_OPENERS.has(firstWord.replace(/[^\p{L}]/gu, '')) || /^\s*[a-z0-9]/.test(next.slice(0, 80));
  }
  // ICU never splits before a lower-case word on its own; if it did, the split was wrong.
  return /^\s*\p{Ll}/u.test(next.slice(0, 80)) && !/[!?]["”’»“]?$/u.test(trimmed);
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** A quotation of several sentences is one unit: at most this many sentences, this many characters. */
const QUOTE_SPAN_SENTENCES = 5;
const QUOTE_SPAN_CHARS = 700;

/**
 * A quotation that runs over several sentences ("“I won't. I can't,” she said.") stays one piece
 * with its attribution: cut inside, each half has one quote mark and reads wrong alone. When no
 * closing mark comes within reach (a stray mark, a quote running on into the next paragraph), the
 * pieces are left as they were.
 */
function joinQuotations(pieces: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < pieces.length) {
    let text = pieces[i] ?? '';
    let j = i;
    while (hasUnbalancedQuotes(text) && j + 1 < pieces.length && j - i + 1 < QUOTE_SPAN_SENTENCES && text.length < QUOTE_SPAN_CHARS) {
      j++;
      text += pieces[j] ?? '';
    }
    if (j > i && hasUnbalancedQuotes(text)) {
      out.push(pieces[i] ?? '');
      i++;
    } else {
      out.push(text);
      i = j + 1;
    }
  }
  return out;
}

/**
 * Sentences of one paragraph with their trailing whitespace kept, so that joining the pieces gives
 * the paragraph back exactly (the thread splitter relies on that; CJK has no space to re-insert).
 */
export function sentencePieces(paragraph: string, lang = 'en'): string[] {
  const pieces: string[] = [];
  for (const { segment } of segmentAll(segmenterFor(lang === 'und' ? 'en' : lang), paragraph)) {
    const last = pieces.length - 1;
    if (last >= 0 && (!segment.trim() || shouldJoin(pieces[last] ?? '', segment, lang))) pieces[last] += segment;
    else pieces.push(segment);
  }
  return joinQuotations(pieces);
}

/** Splits one paragraph into trimmed sentences. */
export function splitSentences(paragraph: string, lang = 'en'): string[] {
  return sentencePieces(paragraph, lang)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every sentence of the article with its position. */
export function sentencesOf(paragraphs: string[], lang = 'en'): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const text of splitSentences(paragraph, lang)) sentences.push({ text, index: sentences.length, paragraph: p });
  });
  return sentences;
}
