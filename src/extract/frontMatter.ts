// Front matter of a Markdown article: a block between a first line `---` and a closing `---`,
// read as YAML data and never as code. (gray-matter, used before, ran `---js` blocks through
// eval: a Markdown file could run anything.) The `yaml` package builds plain data only: unknown
// tags such as !!js/function stay strings, aliases are capped (billion laughs), and the block is
// capped in size before it is parsed.
import type * as Yaml from 'yaml';
import { lazy } from '../lazy.js';
import { CrierError } from '../errors.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The Markdown after the closing line (the whole text when there is no front matter). */
  content: string;
}

/** Metadata is a few lines; a larger block is not front matter anyone meant. */
export const FRONT_MATTER_MAX_BYTES = 64 * 1024;
/** Aliases a real front matter needs: a handful. A YAML bomb needs thousands. */
const MAX_ALIASES = 50;
/** The tags that name YAML itself; any other tag after the opening --- names a language. */
const YAML_TAGS = new Set(['', 'yaml', 'yml']);

function invalid(label: string, reason: string, hint = 'fix the block between the --- lines'): CrierError {
  return new CrierError('INPUT_NOT_TEXT', `${label}: front matter ${reason}`, { hint });
}

export function splitFrontMatter(text: string, label: string): FrontMatter {
  const source = text.replace(/^\uFEFF/, '');
  // `----` and longer is a Markdown rule, not an opening line.
  const open = /^---(?!-)([^\r\n]*)(?:\r?\n|$)/.exec(source);
  if (!open) return { data: {}, content: source };
  const tag = (open[1] ?? '').trim().toLowerCase();
  if (!YAML_TAGS.has(tag)) {
    throw invalid(label, `is marked "---${(open[1] ?? '').trim().slice(0, 20)}": crier reads front matter as YAML only and never runs it`, 'start the block with a plain --- line and write YAML');
  }
  const body = source.slice(open[0].length);
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(body);
  if (!close) throw invalid(label, 'has no closing --- line', 'end the block with a line of three dashes');
  const yaml = body.slice(0, close.index);
  const bytes = Buffer.byteLength(yaml);
  if (bytes > FRONT_MATTER_MAX_BYTES) {
    throw invalid(label, `is ${(bytes / 1024).toFixed(0)} KB; crier reads front matter up to ${FRONT_MATTER_MAX_BYTES / 1024} KB`, 'keep only the metadata (title, author, date, url, tags) in it');
  }
  return { data: parseYaml(yaml, label), content: body.slice(close.index + close[0].length) };
}

function parseYaml(yaml: string, label: string): Record<string, unknown> {
  const { parseDocument } = lazy<typeof Yaml>('yaml');
  // uniqueKeys off: the check is quadratic in the number of keys, and for metadata the last
  // value winning is fine. Warnings (unknown tags) are not printed by the library.
  const doc = parseDocument(yaml, { schema: 'core', uniqueKeys: false, logLevel: 'silent' });
  const [error] = doc.errors;
  if (error) {
    // linePos counts from the block's first line; the file has the opening --- above it.
    const where = error.linePos?.[0] ? ` at line ${error.linePos[0].line + 1}` : '';
    throw invalid(label, `is not valid YAML${where}: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (cause) {
    if (cause instanceof ReferenceError) {
      throw invalid(label, `expands YAML aliases more than ${MAX_ALIASES} times (a "billion laughs" bomb?)`, 'write the values out instead of repeating *aliases');
    }
    throw invalid(label, `is not valid YAML: ${(cause as Error).message.split('\n')[0]}`);
  }
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
