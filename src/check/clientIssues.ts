// Email-client support issues from the caniemail data (@jsx-email/doiuse-email). MJML's own output
// already triggers dozens (type selectors in Gmail mobile webmail, `outline` in Outlook...), so the
// report shows only issues that the default theme itself does not have: the ones a user added.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CLIENTS = ['gmail.*', 'outlook.*', 'apple-mail.*', 'yahoo.*'];
const BASELINE_FILE = fileURLToPath(new URL('../../templates/caniemail-baseline.json', import.meta.url));

export async function clientIssues(html: string): Promise<string[]> {
  const { doIUseEmail } = await import('@jsx-email/doiuse-email');
  let result: ReturnType<typeof doIUseEmail>;
  try {
    result = doIUseEmail(html, { emailClients: CLIENTS });
  } catch (error) {
    // The scanner's CSS parser throws on some valid-looking styles; that is a gap in the scan, not
    // a broken edition: say so in the report instead of failing the check.
    return [`the client-support scan could not read this email's CSS (${(error as Error).message.split('\n')[0]})`];
  }
  return [...new Set(result.success ? [] : result.errors)].sort();
}

export function baseline(): Set<string> {
  try {
    return new Set(JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as string[]);
  } catch {
    return new Set();
  }
}

export async function newClientIssues(html: string): Promise<string[]> {
  const known = baseline();
  return (await clientIssues(html)).filter((issue) => !known.has(issue));
}
