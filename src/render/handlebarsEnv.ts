// A Handlebars environment per render: strict mode (a misspelt field is an error, not a blank),
// crier's few helpers, the partials, and errors that name the template file and line — the
// partial's own file when the mistake is in a partial (templateError.ts).
import Handlebars from 'handlebars';
import type { TemplateFile, TemplateSet } from './loadTemplates.js';
import { templateError } from './templateError.js';

export type Render = (context: object) => string;

export function createEnv(templates: TemplateSet): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper('inc', (n: number) => n + 1);
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));
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
      return template(context);
    } catch (error) {
      throw templateError(file, error, context);
    }
  };
}
