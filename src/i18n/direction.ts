// Keeping right-to-left text right to left outside HTML. Plain text and social posts have no dir
// attribute: viewers take a paragraph's direction from its first strong character, so an Arabic
// or Hebrew line that starts with a Latin name, a number or a link would be laid out left to right
// and its words shown in the wrong order. A RIGHT-TO-LEFT MARK (U+200F) in front fixes the paragraph's
// direction and is invisible; lines that already start right to left are left alone.

export const RLM = '\u200f';

const STRONG_RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG_ANY = /[\p{L}\u200e\u200f]/u;

/** True when the first strong character of `text` is not right-to-left (or there is none). */
export function startsLeftToRight(text: string): boolean {
  const first = STRONG_ANY.exec(text)?.[0];
  return first === undefined || (first !== RLM && !STRONG_RTL.test(first));
}

/** Each non-empty line of an RTL text starts right to left; LTR text is returned as it is. */
export function keepDirection(text: string, dir: 'ltr' | 'rtl'): string {
  if (dir !== 'rtl') return text;
  return text
    .split('\n')
    .map((line) => (line.trim() && startsLeftToRight(line) ? RLM + line : line))
    .join('\n');
}
