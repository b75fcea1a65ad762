// The plain-text alternative of the email, from the rendered HTML: the preheader and images are
// left out (noise in a text part), links read "text (url)", lines wrap at 78 characters.
import { convert } from 'html-to-text';

export function renderText(html: string): string {
  const text = convert(html, {
    wordwrap: 78,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'head', format: 'skip' },
      // mj-preview renders the preheader as a hidden div at the top of the body.
      { selector: 'body > div:first-child', format: 'skip' },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['(', ')'] } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'block' },
      { selector: 'td', format: 'block' },
    ],
  });
  return `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
