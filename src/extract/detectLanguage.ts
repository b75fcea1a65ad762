// The article's language as an ISO 639-1 code, for <html lang> and for the summarizer's stop words.
import { detect } from 'tinyld';

export function detectLanguage(text: string): string {
  // A thousand characters are plenty for a language guess, and keep detection fast.
  const sample = text.slice(0, 1000);
  const code = sample.trim() ? detect(sample) : '';
  return code || 'und';
}
