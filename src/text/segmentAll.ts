// Intl.Segmenter slows down badly on long strings (100 KB of one word takes seconds in V8), so long
// text is segmented in windows: every segment of a window but the last is final, and the next
// window starts where the last one did.
const WINDOW = 2048;

export function segmentAll(segmenter: Intl.Segmenter, text: string): { segment: string; isWordLike?: boolean }[] {
  if (text.length <= WINDOW) return Array.from(segmenter.segment(text), (s) => ({ segment: s.segment, ...(s.isWordLike !== undefined ? { isWordLike: s.isWordLike } : {}) }));
  const out: { segment: string; isWordLike?: boolean }[] = [];
  let start = 0;
  while (start < text.length) {
    const end = Math.min(text.length, start + WINDOW);
    const segments = Array.from(segmenter.segment(text.slice(start, end)));
    // The window's last segment may be cut short by the window's end: redo it in the next window,
    // unless it is the only one (a single "word" longer than the window).
    if (end < text.length && segments.length > 1) segments.pop();
    for (const s of segments) out.push({ segment: s.segment, ...(s.isWordLike !== undefined ? { isWordLike: s.isWordLike } : {}) });
    start += segments.reduce((n, s) => n + s.segment.length, 0);
  }
  return out;
}
