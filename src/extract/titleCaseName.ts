// Names printed in capitals ("GREG BEACHAM", "JILL LAWLESS") in the case a reader expects, carefully:
// McDonald, O'Brien, D'Angelo, Jean-Paul, van der Berg, Henry III. Text that is not all capitals is
// left as the page wrote it, and so is a lone acronym ("AP", "PTI", "KWCH").

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'ter', 'ten', 'dos', 'das', 'do', 'y', 'and', 'und', 'et', 'e']);
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI)$/;

function capitalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function caseWord(word: string): string {
  if (ROMAN.test(word) || /^\p{Lu}\.$/u.test(word)) return word;
  if (PARTICLES.has(word.toLowerCase())) return word.toLowerCase();
  return word
    .split('-')
    .map((piece) => {
      // O'BRIEN, D'ANGELO: a capital after the apostrophe.
      const apostrophe = /^(\p{Lu})(['’])(\p{Lu}.*)$/u.exec(piece);
      if (apostrophe) return `${apostrophe[1]}${apostrophe[2]}${capitalise(apostrophe[3] ?? '')}`;
      // MCDONALD -> McDonald.
      const mc = /^MC(\p{Lu}{2,})$/u.exec(piece);
      if (mc) return `Mc${capitalise(mc[1] ?? '')}`;
      return capitalise(piece);
    })
    .join('-');
}

/** "GREG BEACHAM" -> "Greg Beacham"; "Greg Beacham" and "AP" unchanged. */
export function titleCaseName(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const capitals = words.filter((w) => /\p{Lu}{2}/u.test(w) && w === w.toUpperCase());
  if (capitals.length < 2) return words.join(' ');
  return words.map((w) => (w === w.toUpperCase() && /\p{Lu}/u.test(w) ? caseWord(w) : w)).join(' ');
}
