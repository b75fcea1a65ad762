// A Handlebars environment per render: strict mode (a misspelt field is an error, not a blank),
// crier's few helpers, the partials, and errors that name the template file and line.
import Handlebars from 'handlebars';
import { CrierError } from '../errors.js';
import type { TemplateFile, TemplateSet } from './loadTemplates.js';

export type Render = (context: object) => string;

function templateError(file: TemplateFile, error: unknown): CrierError {
  const e = error as Error & { lineNumber?: number; column?: number };
  const lines = e.message.split('\n');
  let line = e.lineNumber;
  const parse = /Parse error on line (\d+)/.exec(lines[0] ?? '');
  if (parse?.[1]) line = Number(parse[1]);
  const expecting = lines.find((l) => l.startsWith('Expecting'));
  // Strict-mode messages end in " - 12:4"; the location is shown in front instead.
  const first = (lines[0] ?? '').replace(/ - \d+:\d+$/, '').replace(/^Parse error on line \d+:?$/, 'Parse error');
  const detail = [first, expecting].filter(Boolean).join(': ');
  return new CrierError('TEMPLATE_ERROR', `${file.path}${line ? `:${line}` : ''}: ${detail}`, {
    cause: error,
    hint: 'fix the template',
  });
}

export function createEnv(templates: TemplateSet): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper('inc', (n: number) => n + 1);
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));
  for (const [name, file] of Object.entries(templates.partials)) {
    try {
      // Parse now: compile() is lazy, and a syntax error found later would name the wrong file.
      env.precompile(file.source, { strict: true });
      env.registerPartial(name, env.compile(file.source, { strict: true }));
    } catch (error) {
      throw templateError(file, error);
    }
  }
  return env;
}

export function compileTemplate(env: typeof Handlebars, file: TemplateFile, options: { escape: boolean }): Render {
  let template: Handlebars.TemplateDelegate;
  try {
    template = env.compile(file.source, { strict: true, noEscape: !options.escape });
    // compile() is lazy: force the parse now so syntax errors surface before any rendering.
    env.precompile(file.source, { strict: true });
  } catch (error) {
    throw templateError(file, error);
  }
  return (context) => {
    try {
      return template(context);
    } catch (error) {
      throw templateError(file, error);
    }
  };
}
