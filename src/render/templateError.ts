// Handlebars errors -> one line a template author can act on: the file the mistake is in (a partial's
// own file, not the template that included it), its line, and what is wrong in words rather than the
// parser's token names ("Expecting 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF'").
import { CrierError } from '../errors.js';
import { closest } from '../text/closest.js';
import type { TemplateFile } from './loadTemplates.js';

/** What the parser met, in words. */
const TOKENS: Record<string, string> = {
  EOF: 'the end of the file',
  CLOSE: '"}}"',
  CLOSE_UNESCAPED: '"}}}"',
  CLOSE_SEXPR: '")"',
  INVERSE: '{{else}}',
  OPEN_INVERSE_CHAIN: '{{else …}}',
  OPEN_ENDBLOCK: 'a closing {{/…}}',
  INVALID: 'a character that cannot appear inside {{ }}',
  EQUALS: '"="',
  SEP: '"." or "/"',
};

/** The innermost block opened and never closed: `{{#if x}}` on line 3 -> { name: 'if', line: 3 }. */
export function unclosedBlock(source: string): { name: string; line: number } | undefined {
  const stack: { name: string; line: number }[] = [];
  const tag = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*>?\s*([^\s}~]+)/g;
  for (const match of source.matchAll(tag)) {
    const [, kind, name] = match;
    if (!kind || !name) continue; // a comment
    if (kind === '/') stack.pop();
    else stack.push({ name, line: source.slice(0, match.index).split('\n').length });
  }
  return stack.pop();
}

/** `"Parse error on line 4:\n...\n---^\nExpecting 'A', 'B', got 'EOF'"` -> a line, what is wrong, how to fix it. */
function parseError(message: string, source: string): { line?: number; text: string; hint: string } {
  const lines = message.split('\n');
  const line = Number(/Parse error on line (\d+)/.exec(lines[0] ?? '')?.[1]) || undefined;
  const got = /got '(\w+)'/.exec(message)?.[1] ?? '';
  const expecting = [...(lines[3] ?? '').replace(/got '\w+'$/, '').matchAll(/'(\w+)'/g)].map((m) => m[1]);
  if (got === 'EOF' && expecting.includes('OPEN_ENDBLOCK')) {
    const open = unclosedBlock(source);
    if (open) return { line: open.line, text: `{{#${open.name}}} is never closed`, hint: `add {{/${open.name}}} where the block ends` };
  }
  // The excerpt's caret marks where the parser stopped; the text from there is what it met.
  const caret = lines[2]?.indexOf('^') ?? -1;
  const upcoming = caret >= 0 ? (lines[1] ?? '').slice(caret).replace(/\.\.\.$/, '') : '';
  const met = /^\{\{[^}]*\}*|^\}+|^\S+/.exec(upcoming)?.[0];
  const what = got === 'EOF' ? TOKENS.EOF : met ? `"${met}"` : (TOKENS[got] ?? 'something unexpected');
  let hint = 'fix the template';
  if (got === 'INVERSE' || got === 'OPEN_INVERSE_CHAIN') hint = '{{else}} belongs inside an {{#if}} or {{#each}} block, once';
  else if (expecting.includes('CLOSE_UNESCAPED')) hint = 'a "{{{" needs "}}}"';
  else if (got === 'EOF') hint = 'a "{{" is never closed with "}}"';
  else if (expecting.includes('ID')) hint = 'expected a field or helper name, e.g. {{title}}';
  else if (expecting.includes('CLOSE')) hint = 'expected "}}"';
  return { ...(line ? { line } : {}), text: `unexpected ${what}`, hint };
}

function nearestField(name: string, context: unknown): string | undefined {
  return context && typeof context === 'object' ? closest(name, Object.keys(context)) : undefined;
}

/**
 * A Handlebars error thrown while compiling or rendering `file` -> CrierError naming `file`.
 * `context` is the data the template was rendered with, for a "did you mean".
 */
export function templateError(file: TemplateFile, error: unknown, context?: unknown): CrierError {
  if (error instanceof CrierError) return error; // already names the partial it came from
  const e = error as Error & { lineNumber?: number };
  const message = String(e.message ?? error);
  let line = e.lineNumber;
  let text: string;
  let hint = 'fix the template';
  const missing = /^"([^"]+)" not defined in /.exec(message);
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
  if (message.startsWith('Parse error')) {
    const parsed = parseError(message, file.source);
    line = parsed.line ?? line;
    text = `Parse error: ${parsed.text}`;
    hint = parsed.hint;
  } else if (missing?.[1]) {
    // Strict mode: a field the data does not have (a typo, or a field of another template).
    text = `{{${missing[1]}}} is not defined`;
    const near = nearestField(missing[1], context);
    hint = near ? `did you mean {{${near}}}?` : 'check the spelling; the built-in template of the same name shows the fields it gets';
  } else if (mismatch?.[1] && mismatch[2]) {
    text = `Parse error: {{#${mismatch[1]}}} is closed by {{/${mismatch[2]}}}`;
    hint = `close it with {{/${mismatch[1]}}}`;
  } else {
    // Other messages are already words; strict-mode locations (" - 12:4") go in front instead.
    text = (message.split('\n')[0] ?? '').replace(/ - \d+:\d+$/, '');
    // A helper's own error (crier's {{t}}) may say how to fix it.
    const own = (error as { hint?: unknown }).hint;
    if (typeof own === 'string') hint = own;
  }
  return new CrierError('TEMPLATE_ERROR', `${file.path}${line ? `:${line}` : ''}: ${text}`, { cause: error, hint });
}
