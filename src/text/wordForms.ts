// The form of a word to show as a keyword or hashtag, for languages that attach grammar to words:
// Russian, Ukrainian and Polish case endings ("в Казани" is "Казань", "Krakowa" is "Kraków"),
// Korean particles ("부산시는" is "부산시"), Hebrew and Arabic prefixes ("בתל אביב" is "תל אביב",
// "بالقاهرة" is "القاهرة"). There is no dictionary here: the article itself is the evidence. Forms
// that share a stem are one word; the word is shown in the form that is its dictionary form
// (nominative, no particle, no prefix) when the article has it, and is left out (null) when the
// article only ever inflects it: a wrong hashtag is worse than none.
import { tokensOf } from './tokens.js';

export type BaseForms = Map<string, string | null>;

const SLAVIC_ENDINGS: Record<string, string[]> = {
  ru: ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ой', 'ей', 'ом', 'ем', 'ах', 'ях', 'ам', 'ям', 'ую', 'юю', 'ым', 'им', 'ы', 'и', 'а', 'я', 'у', 'ю', 'е', 'ь', 'й', 'о'],
  uk: ['ами', 'ями', 'ого', 'ому', 'ові', 'еві', 'ими', 'ою', 'ею', 'ом', 'ем', 'ах', 'ях', 'ам', 'ям', 'ів', 'їв', 'ий', 'ій', 'им', 'и', 'і', 'ї', 'а', 'я', 'у', 'ю', 'е', 'є', 'ь', 'й', 'о'],
  pl: ['ami', 'ach', 'owi', 'ego', 'emu', 'iej', 'ymi', 'imi', 'om', 'em', 'ie', 'ów', 'ą', 'ę', 'ej', 'ym', 'im', 'a', 'u', 'y', 'i', 'o', 'e'],
};
/** Endings a dictionary (nominative) form can have besides none: a soft sign, adjective endings. */
const NOMINATIVE_ENDING: Record<string, RegExp> = {
  ru: /(?:ь|ая|яя|ое|ее|ый|ий|ые|ие)$/u,
  uk: /(?:ь|ий|ій)$/u,
  pl: /(?:ski|cki|dzki|ska|cka|dzka|ny|na|ne|wy|wa|we)$/u,
};
/** Forms that end in an inflection: a vowel, or -й (-ой, -ей: the instrumental of every feminine noun, "Москвой"). */
const INFLECTED_END: Record<string, RegExp> = { ru: /(?:[аеёиоуыэюяьй])$/u, uk: /(?:[аеєиіїоуюяьй])$/u, pl: /[aąeęioóuy]$/u };

// Korean: particles that only ever follow a noun are taken off; short ones that end many nouns too
// ("도" in 도시철도, "이" in 아이) only when the article shows the bare noun or another particle on it.
const KO_ALWAYS = ['에서는', '에게서', '으로는', '에서', '에게', '께서', '으로', '부터', '까지', '처럼', '보다', '에는', '에도', '과의', '와의', '이라는', '라는', '은', '는', '을', '를', '의'];
const KO_IF_SEEN = ['이', '가', '도', '만', '로', '에', '와', '과'];
// Hebrew: ו ה ב ל מ כ ש attach to the next word ("בתל" = "in Tel"); Arabic: و ف ب ك ل (and ل+ال = لل).
const HE_PREFIX = /^(?:[וש]?[הבלמכ]|[וש])(?=\p{Script=Hebrew}{2})/u;
const AR_PREFIX = /^(?:[وف]?[بكل]|[وف])(?=\p{Script=Arabic}{3})/u;

function slavicKeys(word: string, lang: string): string[] {
  let norm = word.toLocaleLowerCase(lang);
  // Vowels that alternate inside a stem: Kraków / Krakowa, Львів / Львова.
  if (lang === 'pl') norm = norm.replace(/ó/g, 'o');
  if (lang === 'uk') norm = norm.replace(/і(?=\p{L}?$)/u, 'о').replace(/і(?=\p{L}{1,2}$)/u, 'о');
  const keys = [norm];
  for (const ending of SLAVIC_ENDINGS[lang] ?? []) if (norm.endsWith(ending) && norm.length - ending.length >= 3) keys.push(norm.slice(0, -ending.length));
  return keys;
}

/** Groups forms that share a stem key (union-find over the keys). */
function groups(forms: string[], keysOf: (form: string) => string[]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  const byKey = new Map<string, string>();
  for (const form of forms) {
    parent.set(form, form);
    for (const key of keysOf(form)) {
      const other = byKey.get(key);
      if (other) parent.set(find(form), find(other));
      else byKey.set(key, form);
    }
  }
  const out = new Map<string, string[]>();
  for (const form of forms) out.set(find(form), [...(out.get(find(form)) ?? []), form]);
  return [...out.values()];
}

function slavicForms(tokens: string[], starts: Set<string>, lang: string): BaseForms {
  const result: BaseForms = new Map();
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  // Names and common words are grouped apart: "Лев" the name is not "лев" the animal.
  const forms = [...counts.keys()].filter((f) => /^\p{L}/u.test(f));
  const byCase = [forms.filter((f) => /^\p{Lu}/u.test(f)), forms.filter((f) => !/^\p{Lu}/u.test(f))];
  for (const set of byCase) {
    for (const group of groups(set, (f) => slavicKeys(f, lang))) {
      const lower = (f: string) => f.toLocaleLowerCase(lang);
      const count = (f: string) => counts.get(f) ?? 0;
      const byUse = (list: string[]) => [...list].sort((a, b) => count(b) - count(a) || a.length - b.length)[0] ?? null;
      // 1. No ending at all (Путин, Kraków, Львів). 2. -й whose -я form is there too (Андрей /
      // Андрея). 3. A soft sign or an adjective ending (Казань, Садовий, Miszalski). 4. The -а form
      // of a word the article declines (Москва / Москвы / Москве). 5. One form only: trusted where
      // it opens a sentence (the subject), or ends in -о (метро). Otherwise: no dictionary form.
      // A consonant-final form is bare unless it is a listed ending on a stem the article also has
      // bare-or-otherwise (Путиным next to Путин, Narodowej next to Narodowa); Максим next to
      // Максима is the stem itself.
      const isStemOfOthers = (f: string) => group.some((g) => g !== f && slavicKeys(g, lang).slice(1).includes(slavicKeys(f, lang)[0] ?? ''));
      const zero = group.filter((f) => !INFLECTED_END[lang]?.test(lower(f)) && (isStemOfOthers(f) || slavicKeys(f, lang).length === 1));
      const softJ = group.filter((f) => /й$/u.test(f) && group.includes(`${f.slice(0, -1)}я`));
      const nominative = group.filter((f) => NOMINATIVE_ENDING[lang]?.test(lower(f)));
      let label: string | null = byUse(zero) ?? byUse(softJ) ?? byUse(nominative);
      if (!label && group.length > 1) label = byUse(group.filter((f) => /[аяa]$/u.test(f)));
      if (!label && group.length === 1) {
        const [only] = group;
        label = only && (starts.has(only) || /[оo]$/u.test(only)) ? only : null;
      }
      for (const f of group) result.set(f, label);
    }
  }
  return result;
}

function koreanForms(tokens: string[]): BaseForms {
  const seen = new Set(tokens);
  const stems = new Map<string, Set<string>>();
  const strip = (form: string, list: string[]) => list.find((p) => form.endsWith(p) && form.length - p.length >= 2);
  for (const form of seen) {
    const particle = strip(form, [...KO_ALWAYS, ...KO_IF_SEEN]);
    if (particle) {
      const stem = form.slice(0, -particle.length);
      stems.set(stem, new Set([...(stems.get(stem) ?? []), particle]));
    }
  }
  const result: BaseForms = new Map();
  for (const form of seen) {
    const always = strip(form, KO_ALWAYS);
    if (always) {
      result.set(form, form.slice(0, -always.length));
      continue;
    }
    const maybe = strip(form, KO_IF_SEEN);
    if (!maybe) continue;
    const stem = form.slice(0, -maybe.length);
    if (seen.has(stem) || (stems.get(stem)?.size ?? 0) >= 2) result.set(form, stem);
  }
  return result;
}

/** Hebrew and Arabic: a prefix comes off when the stem stands alone in the article, or takes another prefix. */
function prefixForms(tokens: string[], prefix: RegExp, lang: string): BaseForms {
  const seen = new Set(tokens);
  const stemOf = (form: string): string | undefined => {
    const match = prefix.exec(form)?.[0];
    if (!match) return undefined;
    // Arabic ل + ال is written لل: "للأنفاق" is "الأنفاق".
    if (lang === 'ar' && /^[وف]?لل/u.test(form)) return `ال${form.slice(match.length + 1)}`;
    return form.slice(match.length);
  };
  const prefixes = new Map<string, Set<string>>();
  for (const form of seen) {
    const stem = stemOf(form);
    if (stem) prefixes.set(stem, new Set([...(prefixes.get(stem) ?? []), form]));
  }
  const result: BaseForms = new Map();
  for (const [stem, forms] of prefixes) {
    if (!seen.has(stem) && forms.size < 2) continue;
    for (const form of forms) result.set(form, stem);
  }
  return result;
}

/**
 * Surface form -> the form to show (string), or null when the article gives no dictionary form;
 * forms that need nothing are absent. `sentences` are the article's sentences.
 */
export function baseForms(sentences: string[], lang: string): BaseForms {
  const code = (lang || 'en').toLowerCase().split('-')[0] ?? 'en';
  const perSentence = sentences.map((s) => tokensOf(s, code));
  const tokens = perSentence.flat();
  if (code in SLAVIC_ENDINGS) return slavicForms(tokens, new Set(perSentence.map((t) => t[0] ?? '')), code);
  if (code === 'ko') return koreanForms(tokens);
  if (code === 'he') return prefixForms(tokens, HE_PREFIX, code);
  if (code === 'ar') return prefixForms(tokens, AR_PREFIX, code);
  return new Map();
}
