// How crier recognises the archive page it wrote (out/index.html): it replaces only its own, and
// never reads it back as an article. A leaf module, so the load stage can ask too.
export const GENERATOR_META = '<meta name="generator" content="crier">';
/** A line only in the archive pages crier wrote before it added GENERATOR_META. */
const LEGACY_SIGNATURE = 'h1 { font-size: 1.8rem; } h2 { font-size: 1.2rem; margin: 0; } li { margin: 0 0 1.4rem; list-style: none; }';
/** Both markers lie within the page's first bytes. */
export const MARKER_WINDOW = 2048;

export function isArchiveText(text: string): boolean {
  return text.includes(GENERATOR_META) || text.includes(LEGACY_SIGNATURE);
}
