// A Handlebars environment per render: strict mode (a misspelt field is an error, not a blank),
// crier's few helpers, the partials, and errors that name the template file and line — the
// partial's own file when the mistake is in a partial (templateError.ts).
import Handlebars from 'handlebars';
import { listOf, t, UnknownMessageError, type MessageVars } from '../i18n/t.js';
import { escapeMarkdownText } from './escapeMarkdown.js';
import type { TemplateFile, TemplateSet } from './loadTemplates.js';
import { templateError } from './templateError.js';

export type Render = (context: object) => string;

/** What a helper sees of the render: the root data ({{lang}}) and whether the output is Markdown. */
interface HelperData {
  root?: { lang?: unknown };
  markdown?: boolean;
}

/** A catalogue's words inside a line of Markdown: escaped, with the spaces around them kept ("{n} min"). */
function markdownLiteral(text: string): string {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  return lead + escapeMarkdownText(text.slice(lead.length));
}

function languageOf(options: Handlebars.HelperOptions): string {
  const lang = (options.data as HelperData | undefined)?.root?.lang;
  return typeof lang === 'string' ? lang : 'en';
}

/**
 * {{t "key"}} and {{t "minRead" n=readingMinutes}}: interface text in the template's {{lang}}. Its
 * result is escaped like any other text: by Handlebars in the email, and in Markdown templates the
 * catalogue's own words are escaped for Markdown (the values put into them already are).
 */
function translate(key: unknown, options: Handlebars.HelperOptions): string {
  const line = (options as { loc?: { start?: { line?: number } } }).loc?.start?.line;
  const fail = (message: string, hint: string) => Object.assign(new Error(`{{t ${JSON.stringify(key)}}}: ${message}`), { lineNumber: line, hint });
  if (typeof key !== 'string') throw fail('the key must be a quoted name', 'e.g. {{t "readFullStory"}}');
  const markdown = (options.data as HelperData | undefined)?.markdown === true;
  try {
    return t(languageOf(options), key, options.hash as MessageVars, markdown ? { literal: markdownLiteral } : {});
  } catch (error) {
    if (error instanceof UnknownMessageError) throw fail(`no such interface text${error.suggestion ? `: did you mean "${error.suggestion}"?` : ''}`, 'the keys are those of templates/locales/en.json; add your own to locales/<lang>.json in --templates');
    throw fail((error as Error).message, 'see templates/locales/en.json');
  }
}

export function createEnv(templates: TemplateSet): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper('inc', (n: number) => n + 1);
  // A URL from the config (a web font's CSS) that MJML copies into a <style> @import, where HTML
  // entities are not decoded: "css?family&#x3D;Merriweather" would be a broken address. Only an
  // https URL without quotes, angle brackets or spaces gets through, unescaped.
  env.registerHelper('styleUrl', (url: unknown) => {
    if (typeof url !== 'string' || !/^https:\/\/[^\s"'<>()\\]+$/i.test(url)) throw new Error('styleUrl needs an https URL without quotes, brackets or spaces');
    return new env.SafeString(url);
  });
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));
  env.registerHelper('t', translate);
  // {{list keywords}}: joined as the template's language lists words ("a, b" / "a、b" / "a، b").
  env.registerHelper('list', (items: unknown, options: Handlebars.HelperOptions) => (Array.isArray(items) ? listOf(languageOf(options), items.map(String)) : ''));
  for (const [name, file] of Object.entries(templates.partials)) {
    let partial: Handlebars.TemplateDelegate;
    try {
      // Parsed now: a syntax error found later would name the wrong file. Compiling is lazy (at
      // the first use) and works on the parsed tree, so the partial is not parsed twice.
      partial = env.compile(env.parseWithoutProcessing(file.source), { strict: true });
    } catch (error) {
      throw templateError(file, error);
    }
    // A field missing inside the partial is reported against the partial's file: the template
    // that included it only sees the error pass through (templateError keeps a CrierError as is).
    env.registerPartial(name, (context: unknown, options?: Handlebars.RuntimeOptions) => {
      try {
        return partial(context, options);
      } catch (error) {
        throw templateError(file, error, context);
      }
    });
  }
  return env;
}

export function compileTemplate(env: typeof Handlebars, file: TemplateFile, options: { escape: boolean }): Render {
  let template: Handlebars.TemplateDelegate;
  try {
    // Parsed now, so syntax errors surface before any rendering; compile() takes the parsed tree
    // (compiling is lazy: it happens once, at the first render, not a second time here).
    template = env.compile(env.parseWithoutProcessing(file.source), { strict: true, noEscape: !options.escape });
  } catch (error) {
    throw templateError(file, error);
  }
  return (context) => {
    try {
      // @markdown tells the helpers that nothing escapes their output after them.
      return template(context, { data: { markdown: !options.escape } });
    } catch (error) {
      throw templateError(file, error, context);
    }
  };
}
