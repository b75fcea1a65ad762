#!/usr/bin/env node
// The command line: parses flags, calls the library, prints, sets the exit code. Nothing else.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { PLATFORM_IDS, BRIEF_STYLES, THEMES } from './config/choices.js';
import { CrierError } from './errors.js';
import { createReporter } from './progress/reporter.js';
import type { BuildOptions } from './build.js';

// The library is imported inside each action, so `crier --help` starts without loading it.
import { VERSION } from './version.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

function platformList(value: string): string[] {
  const list = value.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((p) => !(PLATFORM_IDS as readonly string[]).includes(p));
  if (unknown.length || list.length === 0) {
    throw new InvalidArgumentError(`unknown platform(s) ${unknown.join(', ')}; choose from ${PLATFORM_IDS.join(', ')}`);
  }
  return list;
}

const print = (text: string) => process.stdout.write(`${text}\n`);

/** The line saying a model is called (host and model, never the key): once per run, even with -q. */
function noticeOnce(before?: () => void): (line: string) => void {
  const seen = new Set<string>();
  return (line) => {
    if (seen.has(line)) return;
    seen.add(line);
    before?.();
    process.stderr.write(`${line}\n`);
  };
}
const BASE_URL_HELP = 'OpenAI-compatible endpoint for the model; OPENAI_API_KEY goes to it (default: OPENAI_BASE_URL, else OpenAI)';

// `crier ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('crier')
  .description('Turn articles into an email newsletter, social threads and a short brief.')
  .version(VERSION, '-V, --version')
  .option('--debug', 'show stack traces for errors')
  .showSuggestionAfterError()
  .exitOverride();

program
  .command('build')
  .description('one edition per input: newsletter.html/.txt/.mjml, brief.md/.json, thread.md/.json, manifest.json')
  .argument('<inputs...>', 'article files (.txt, .md), folders of them, or - for stdin')
  .option('-o, --out <dir>', 'output folder', 'out')
  .option('-t, --templates <dir>', 'folder of templates that override the built-in ones')
  .option('-c, --config <file>', 'config file (default: ./crier.config.json if present)')
  .option('--platforms <list>', `comma-separated platforms (${PLATFORM_IDS.join(',')})`, platformList)
  .option('--sentences <n>', 'sentences in the summary', positiveInt)
  .addOption(new Option('--style <style>', 'brief style').choices(BRIEF_STYLES))
  .addOption(new Option('--theme <theme>', 'email theme').choices(THEMES))
  .option('--date <yyyy-mm-dd>', 'edition date (default: SOURCE_DATE_EPOCH, else the article date)')
  .option('--schedule-start <"yyyy-mm-dd hh:mm">', 'write schedule.csv and schedule.ics, first slot at this time')
  .option('--every <interval>', 'time between slots when several editions are built: 90m, 2h, 1d', '1d')
  .option('--tz <zone>', 'time zone of --schedule-start (IANA name; default: this machine’s)')
  .option('--llm', 'write the wording with an OpenAI-compatible model (OPENAI_API_KEY / OPENAI_BASE_URL)')
  .option('--offline', 'never call a model, even if the config enables it')
  .option('--model <name>', 'model name (default: CRIER_MODEL, config llm.model, then gpt-4o-mini)')
  .option('--base-url <url>', BASE_URL_HELP)
  .option('--strict', 'fail (exit 1) when the model fails instead of falling back to the extractive summary')
  .option('--no-cache', 'ask the model again even if .crier-cache/ has an answer')
  .option('--screenshots', 'also render the email in headless Chromium: preview-600.png, preview-375.png')
  .option('--send-to <addresses>', 'then send each edition as a proof to these addresses (at most 5), like crier send')
  .option('--json', 'print the result as JSON on stdout')
  .option('-q, --quiet', 'print nothing but errors')
  .addHelpText(
    'after',
    `
Examples:
  $ crier build content/                      every article in content/ -> out/<slug>/
  $ crier build story.md -o editions          one article into editions/<slug>/
  $ cat story.txt | crier build - --json      from stdin, result as JSON
  $ crier build content/ --platforms x,bluesky --sentences 4
  $ crier build content/ --schedule-start "2026-12-01 09:00" --every 2h --tz Europe/Helsinki
  $ OPENAI_API_KEY=sk-... crier build content/ --llm
  $ OPENAI_BASE_URL=http://localhost:11434/v1 crier build content/ --llm --model llama3.1
  $ CRIER_SMTP_URL=smtp://127.0.0.1:1025 crier build story.md --send-to me@example.com`,
  )
  .action(async (inputs: string[], flags: Record<string, unknown>) => {
    const quiet = Boolean(flags.quiet);
    // --send-to: recipients and SMTP server are checked before anything is built.
    const sendPlan = flags.sendTo === undefined ? undefined : await (await import('./send/planSend.js')).planSend({ to: [String(flags.sendTo)], ...(flags.config ? { config: String(flags.config) } : {}) });
    const reporter = createReporter({ quiet });
    reporter.start('Building…');
    const { build } = await import('./build.js');
    const options: BuildOptions = {
      inputs,
      out: flags.out as string,
      onArticle: (e) => {
        reporter.line(`✔ ${e.input}: ${e.sentences}-sentence summary, ${e.posts} posts`);
        reporter.start('Building…');
      },
    };
    for (const key of ['templates', 'config', 'platforms', 'sentences', 'style', 'theme', 'date', 'screenshots'] as const) {
      if (flags[key] !== undefined) (options as unknown as Record<string, unknown>)[key] = flags[key];
    }
    options.llm = { cache: flags.cache !== false, notify: noticeOnce(() => reporter.stop()) };
    if (typeof flags.baseUrl === 'string') options.llm.baseURL = flags.baseUrl;
    if (flags.llm) options.llm.llm = true;
    if (flags.offline) options.llm.offline = true;
    if (flags.strict) options.llm.strict = true;
    if (typeof flags.model === 'string') options.llm.model = flags.model;
    if (flags.scheduleStart !== undefined) {
      options.schedule = { start: String(flags.scheduleStart), every: String(flags.every) };
      if (flags.tz !== undefined) options.schedule.tz = String(flags.tz);
    } else if (flags.tz !== undefined || flags.every !== '1d') {
      throw new CrierError('USAGE', `${flags.tz !== undefined ? '--tz' : '--every'} needs --schedule-start`, { hint: 'e.g. --schedule-start "2026-12-01 09:00" --every 2h --tz Europe/Helsinki' });
    }
    try {
      const result = await build(options);
      reporter.stop();
      for (const warning of result.warnings) reporter.warn(warning);
      if (!flags.json && !quiet) {
        const n = result.editions.length;
        print(`Wrote ${n} edition${n === 1 ? '' : 's'} to ${result.out}/ in ${result.timings.totalMs} ms`);
        for (const e of result.editions) print(`  ${result.out}/${e.slug}/newsletter.html`);
      }
      if (sendPlan) {
        const { sendAfterBuild } = await import('./send/sendAfterBuild.js');
        const { formatSendResult } = await import('./send/formatSendResult.js');
        const proofs = await sendAfterBuild(result.editions.map((e) => `${result.out}/${e.slug}`), sendPlan);
        if (flags.json) print(JSON.stringify({ ...result, proofs }, null, 2));
        else if (!quiet) for (const proof of proofs) print(formatSendResult(proof));
      } else if (flags.json) print(JSON.stringify(result, null, 2));
    } finally {
      reporter.stop();
    }
  });

program
  .command('extract')
  .description('print the cleaned Article: title, source, byline, paragraphs… (as JSON with --json)')
  .argument('<input>', 'an article file, or - for stdin')
  .option('--json', 'print the whole Article as JSON')
  .addHelpText('after', '\nExamples:\n  $ crier extract content/putin-bolton-kremlin-talks.txt\n  $ crier extract story.md --json | jq .title')
  .action(async (input: string, flags: { json?: boolean }) => {
    const { extractFile } = await import('./inspect.js');
    const { article, warnings } = await extractFile(input);
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    if (flags.json) print(JSON.stringify(article, null, 2));
    else {
      const meta = [article.source, article.byline, article.publishedAt].filter(Boolean).join(' · ');
      print([article.title, meta, '', article.text].filter((l, i) => i !== 1 || l).join('\n'));
    }
  });

program
  .command('summarize')
  .description('print the summary sentences (and quotes, keywords with --json)')
  .argument('<input>', 'an article file, or - for stdin')
  .option('--sentences <n>', 'sentences in the summary', positiveInt)
  .option('-c, --config <file>', 'config file')
  .option('--json', 'print { sentences, headline, bullets, quotes, keywords, method } as JSON')
  .option('--llm', 'ask an OpenAI-compatible model too (headline, bullets, wording)')
  .option('--model <name>', 'model name')
  .option('--base-url <url>', BASE_URL_HELP)
  .option('--strict', 'exit 1 when the model fails')
  .addHelpText('after', '\nExamples:\n  $ crier summarize story.txt --sentences 2\n  $ crier summarize story.md --json')
  .action(async (input: string, flags: { sentences?: number; json?: boolean; config?: string; llm?: boolean; model?: string; baseUrl?: string; strict?: boolean }) => {
    const { summarizeFile } = await import('./inspect.js');
    const options: Parameters<typeof summarizeFile>[1] = {};
    if (flags.sentences !== undefined) options.sentences = flags.sentences;
    if (flags.config !== undefined) options.config = flags.config;
    options.llm = { notify: noticeOnce(), ...(flags.llm ? { llm: true } : {}), ...(flags.model ? { model: flags.model } : {}), ...(flags.baseUrl ? { baseURL: flags.baseUrl } : {}), ...(flags.strict ? { strict: true } : {}) };
    const { summary, warnings } = await summarizeFile(input, options);
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    if (flags.json) print(JSON.stringify(summary, null, 2));
    else print(summary.sentences.join('\n'));
  });

program
  .command('digest')
  .description('the weekly edition: many articles in, one newsletter, one brief and one thread out (+ out/index.html)')
  .argument('<inputs...>', 'folders, files or URLs of the week’s articles')
  .option('-o, --out <dir>', 'output folder', 'out')
  .option('-t, --templates <dir>', 'folder of templates that override the built-in ones')
  .option('-c, --config <file>', 'config file')
  .option('--week <yyyy-Www>', 'only articles dated in this ISO week, e.g. 2026-W48')
  .option('--since <yyyy-mm-dd>', 'only articles dated on or after this day')
  .option('--until <yyyy-mm-dd>', 'only articles dated on or before this day')
  .option('--max <n>', 'at most this many stories', positiveInt)
  .addOption(new Option('--order <order>', 'story order: newest first, or as given').choices(['date', 'given']).default('date'))
  .option('--title <title>', 'title of the edition (default: newsletter name, number and week)')
  .option('--edition <n>', 'edition number shown in the masthead', positiveInt)
  .option('--date <yyyy-mm-dd>', 'edition date (default: end of the period)')
  .option('--llm', 'summarize each story with an OpenAI-compatible model (cached per article)')
  .option('--base-url <url>', BASE_URL_HELP)
  .option('--strict', 'exit 1 if any article cannot be read (default: skip it and say so)')
  .option('--json', 'print the result as JSON on stdout')
  .option('-q, --quiet', 'print nothing but errors')
  .addHelpText('after', '\nExamples:\n  $ crier digest content/ --week 2026-W48 --edition 12\n  $ crier digest inbox/ saved-pages/ https://example.com/story --since 2026-11-23 --max 10')
  .action(async (inputs: string[], flags: Record<string, unknown>) => {
    const { digest } = await import('./digest.js');
    const quiet = Boolean(flags.quiet);
    const reporter = createReporter({ quiet });
    reporter.start('Reading the week…');
    const options: import('./digest.js').DigestOptions = {
      inputs,
      out: String(flags.out),
      order: flags.order as 'date' | 'given',
      onArticle: (e) => {
        reporter.line(e.status === 'read' ? `✔ ${e.input}: ${e.detail}` : `✖ ${e.input}: skipped — ${e.detail}`);
        reporter.start('Reading the week…');
      },
    };
    for (const key of ['templates', 'config', 'week', 'since', 'until', 'max', 'title', 'edition', 'date', 'strict'] as const) {
      if (flags[key] !== undefined) (options as unknown as Record<string, unknown>)[key] = flags[key];
    }
    options.llm = { notify: noticeOnce(() => reporter.stop()), ...(flags.llm ? { llm: true } : {}), ...(typeof flags.baseUrl === 'string' ? { baseURL: flags.baseUrl } : {}) };
    try {
      const result = await digest(options);
      reporter.stop();
      if (flags.json) print(JSON.stringify(result, null, 2));
      else if (!quiet) {
        for (const w of result.warnings.filter((w) => !w.startsWith('skipped '))) reporter.warn(w);
        print(`Wrote ${result.dir}/ — ${result.stories.length} stories, ${result.skipped.length} skipped, ${result.warnings.length} warnings, ${result.timings.totalMs} ms`);
        print(`  ${result.dir}/newsletter.html`);
        print(`  ${result.out}/index.html`);
      }
    } finally {
      reporter.stop();
    }
  });

program
  .command('preview')
  .description('build and serve the editions on 127.0.0.1 with live reload: email (desktop, mobile, dark), text, thread, brief, check')
  .argument('[inputs...]', 'article files or folders (default: content/)')
  .option('-o, --out <dir>', 'output folder (default: a temporary folder)')
  .option('-t, --templates <dir>', 'templates folder (watched for changes)')
  .option('-c, --config <file>', 'config file')
  .option('--port <n>', 'port on 127.0.0.1', (v) => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number (0-65535)');
    return n;
  }, 4321)
  .option('--open', 'open the preview in the default browser')
  .addHelpText('after', '\nExamples:\n  $ crier preview\n  $ crier preview drafts/ -t my-templates --port 8080 --open')
  .action(async (inputs: string[], flags: { out?: string; templates?: string; config?: string; port: number; open?: boolean }) => {
    const { startPreview } = await import('./preview/previewServer.js');
    // Listening from the start: Ctrl+C during the first build still removes the temporary folder.
    const stop = new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    const watchDirs = [flags.templates ?? 'templates'];
    const options: import('./preview/previewServer.js').PreviewOptions = {
      inputs: inputs.length ? inputs : ['content/'],
      port: flags.port,
      watch: watchDirs,
      onEvent: (m) => process.stderr.write(`${m}\n`),
    };
    if (flags.out) options.out = flags.out;
    if (flags.templates) options.templates = flags.templates;
    if (flags.config) options.config = flags.config;
    const preview = await startPreview(options);
    print(`crier preview: ${preview.url}  (editions in ${preview.out}; Ctrl+C to stop)`);
    if (flags.open) {
      const { spawn } = await import('node:child_process');
      const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
      spawn(opener, [preview.url], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
    }
    await stop;
    await preview.close();
  });

program
  .command('check')
  .description('inbox QA of an edition: size vs Gmail clip, MJML, subject, preheader, images, links, unsubscribe, plain text, client support')
  .argument('<target>', 'an edition folder (out/<slug>) or an article file / URL')
  .option('-c, --config <file>', 'config file')
  .option('-t, --templates <dir>', 'templates folder (when checking an article)')
  .option('--json', 'print the findings as JSON')
  .addHelpText('after', '\nExamples:\n  $ crier check out/putin-top-trump-aide-see-hope-of-better-ties-in-kremlin\n  $ crier check story.md --json')
  .action(async (target: string, flags: { config?: string; templates?: string; json?: boolean }) => {
    const { runCheck, formatReport } = await import('./check/runCheck.js');
    const options: { config?: string; templates?: string } = {};
    if (flags.config) options.config = flags.config;
    if (flags.templates) options.templates = flags.templates;
    const result = await runCheck(target, options);
    print(flags.json ? JSON.stringify(result, null, 2) : formatReport(result, Boolean(process.stdout.isTTY)));
    if (result.errors > 0) process.exitCode = 1;
  });

program
  .command('send')
  .description('send an edition (its newsletter.eml) as a proof to at most 5 addresses over SMTP, after crier check')
  .argument('<edition>', 'an edition folder written by crier build (out/<slug>)')
  .requiredOption('--to <addresses>', 'comma-separated addresses, at most 5 in all (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
  .option('--prefix <text>', 'put this before the subject, e.g. "[Proof] "')
  .option('--from <address>', 'send as this address (From and envelope) instead of newsletter.from')
  .option('--dry-run', 'print the envelope, subject and sizes; do not connect')
  .option('--force', 'send even when crier check finds errors')
  .option('--timeout <seconds>', 'wait at most this long for the server (default 30)', (value: string) => {
    const n = Number(value);
    if (!(n > 0 && n <= 600)) throw new InvalidArgumentError('must be a number of seconds between 0 and 600');
    return n;
  })
  .option('-c, --config <file>', 'config file (smtp settings and the check)')
  .option('--json', 'print the result as JSON')
  .addHelpText(
    'after',
    `
Server: CRIER_SMTP_URL (smtp://user@host:587 = STARTTLS, smtps://user@host:465 = TLS) or config "smtp"
{host, port, user, secure}; the password only from CRIER_SMTP_PASSWORD (or the URL).

Examples:
  $ CRIER_SMTP_URL=smtp://127.0.0.1:1025 crier send out/<slug> --to me@example.com      (Mailpit)
  $ CRIER_SMTP_URL=smtps://me%40gmail.com@smtp.gmail.com:465 CRIER_SMTP_PASSWORD=app-password \\
      crier send out/<slug> --to me@gmail.com,me@outlook.com --prefix "[Proof] "
  $ crier send out/<slug> --to me@example.com --dry-run`,
  )
  .action(async (edition: string, flags: { to: string[]; prefix?: string; from?: string; dryRun?: boolean; force?: boolean; timeout?: number; config?: string; json?: boolean }) => {
    const { send } = await import('./send/sendEdition.js');
    const { formatSendResult } = await import('./send/formatSendResult.js');
    const options: import('./send/planSend.js').SendOptions = { to: flags.to, dryRun: Boolean(flags.dryRun), force: Boolean(flags.force) };
    for (const key of ['prefix', 'from', 'timeout', 'config'] as const) if (flags[key] !== undefined) (options as unknown as Record<string, unknown>)[key] = flags[key];
    const result = await send(edition, options);
    print(flags.json ? JSON.stringify(result, null, 2) : formatSendResult(result));
  });

program.addHelpText(
  'after',
  `
Examples:
  $ crier build content/                 newsletter, threads and brief for every article in content/
  $ crier digest content/ --week 2026-W48  the weekly edition of the week's articles
  $ crier extract story.html --json      the cleaned article as JSON
  $ crier summarize story.txt            the summary sentences
  $ crier check out/<slug>               inbox QA of an edition (exit 1 on errors)
  $ crier send out/<slug> --to me@example.com   a proof in your own inbox (CRIER_SMTP_URL)

Exit codes: 0 done, 1 the work failed (bad input, template error), 2 wrong usage.`,
);

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    const debug = argv.includes('--debug');
    if (error instanceof CommanderError) {
      // Commander has already printed its message; help and --version are not failures.
      return ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) ? 0 : 2;
    }
    if (error instanceof CrierError) {
      process.stderr.write(`crier: ${error.toLine()}\n`);
      if (debug) process.stderr.write(`${error.stack ?? ''}\n`);
      return error.exitCode;
    }
    process.stderr.write(`crier: unexpected error (this is a bug in crier, please report it):\n${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv);
