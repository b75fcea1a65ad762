// The article's language as an ISO 639-1 code, for <html lang> and for the summarizer's stop words.
import { detect } from 'tinyld';

export function detectLanguage(text: string): string {
  // A few hundred words are plenty, and keep detection fast on long articles.
  const sample = text.slice(0, 3000);
  const code = sample.trim() ? detect(sample) : '';
  return code || 'und';
}
