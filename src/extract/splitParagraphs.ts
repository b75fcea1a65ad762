// Plain text -> paragraphs. Handles both one-paragraph-per-line text (like the seed) and
// hard-wrapped text (lines broken at ~72 columns), and CRLF / lone CR line ends.

const ENDS_A_PARAGRAPH = /[.!?:;…"”’)\]]$/;

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of normaliseNewlines(text).split(/\n[ \t]*\n/)) {
    let current = '';
    for (const rawLine of block.split('\n')) {
      const line = rawLine.replace(/\s+/g, ' ').trim();
      if (!line) continue;
      current = current ? `${current} ${line}` : line;
      // A line that ends a sentence ends the paragraph; a hard-wrapped line does not.
      if (ENDS_A_PARAGRAPH.test(line)) {
        paragraphs.push(current);
        current = '';
      }
    }
    if (current) paragraphs.push(current);
  }
  return paragraphs;
}
