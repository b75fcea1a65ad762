#!/usr/bin/env node
// The command line: parses flags, calls the library, prints, sets the exit code. Nothing else.
// Shared flags: cli/options.ts; the one error style and exit codes: cli/run.ts.
import { enableCompileCache } from './cli/compileCache.js';
import { Command, Option } from '@commander-js/extra-typings';
import { BRIEF_STYLES, PLATFORM_IDS, THEMES } from './config/choices.js';
import { CrierError } from './errors.js';
import { isSkip } from './warnings.js';
import { createReporter } from './progress/reporter.js';
import { plural } from './text/plural.js';
import * as o from './cli/options.js';
import { BUILD_HELP, PROGRAM_HELP, SEND_HELP } from './cli/help.js';
import { run } from './cli/run.js';
// The library is imported inside each action, so `crier --help` starts without loading it.
import { VERSION } from './version.js';

// Before any heavy module loads (they load on first use: MJML, Readability, the card libraries).
enableCompileCache();

const print = (text: string) => process.stdout.write(`${text}\n`);

// `crier ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const INPUTS = 'articles: .txt, .md or .html files, folders of them, http(s):// URLs, or - for stdin';

const program = new Command('crier')
  .description('Turn articles into an email newsletter, social threads and a short brief.')
  .version(VERSION, '-V, --version')
  .option('--debug', 'show stack traces for errors')
  .showSuggestionAfterError()
  .exitOverride();

program
  .command('build')
  .description('one edition per article: the email, the brief and the threads in <out>/<slug>/ (files below)')
  .argument('<inputs...>', INPUTS)
  .addOption(o.outOption())
  .addOption(o.templatesOption())
  .addOption(o.configOption())
  .option('--platforms <list>', `comma-separated platforms (${PLATFORM_IDS.join(',')})`, o.platformList)
  .addOption(o.sentencesOption())
  .addOption(new Option('--style <style>', 'brief style').choices(BRIEF_STYLES))
  .addOption(new Option('--theme <theme>', 'email theme').choices(THEMES))
  .addOption(o.langOption())
  .option('--date <yyyy-mm-dd>', 'edition date (default: SOURCE_DATE_EPOCH, else the article date)')
  .option('--schedule-start <"yyyy-mm-dd hh:mm">', 'write schedule.csv and schedule.ics, first slot at this time')
  .option('--every <interval>', 'time between slots when several editions are built: 90m, 2h, 1d', '1d')
  .option('--tz <zone>', 'time zone of --schedule-start (IANA name; default: this machine’s)')
  .addOption(o.llmOptions.llm())
  .addOption(o.llmOptions.offline())
  .addOption(o.llmOptions.model())
  .addOption(o.llmOptions.baseUrl())
  .addOption(o.llmOptions.noCache())
  .option('--strict', 'fail (exit 1) when the model fails instead of falling back to the extractive summary')
  .option('--screenshots', 'also render the email in headless Chromium: preview-600.png, preview-375.png')
  .option('--send-to <addresses>', 'then send each edition as a proof to these addresses (at most 5), like crier send')
  .option('--no-cards', 'skip card.png and quote-card.png (the images for posts)')
  .addOption(o.jsonOption())
  .addOption(o.quietOption())
  .addHelpText('after', BUILD_HELP)
  .action(async (inputs, flags) => {
    if (flags.scheduleStart === undefined && (flags.tz !== undefined || flags.every !== '1d')) {
      throw new CrierError('USAGE', `${flags.tz !== undefined ? '--tz' : '--every'} needs --schedule-start`, { hint: 'e.g. --schedule-start "2026-12-01 09:00" --every 2h --tz Europe/Helsinki' });
    }
    // --send-to: recipients and SMTP server are checked before anything is built.
    const sendPlan = flags.sendTo === undefined ? undefined : await (await import('./send/planSend.js')).planSend({ to: [flags.sendTo], ...o.given({ config: flags.config }) });
    const reporter = createReporter({ quiet: Boolean(flags.quiet) });
    reporter.start('Building…');
    const { build } = await import('./build.js');
    try {
      const result = await build({
        inputs,
        out: flags.out,
        ...o.given({ templates: flags.templates, config: flags.config, platforms: flags.platforms, sentences: flags.sentences, style: flags.style, theme: flags.theme, lang: flags.lang, date: flags.date, screenshots: flags.screenshots }),
        llm: { ...o.llmFlags(flags), notify: o.noticeOnce(() => reporter.stop()) },
        ...(flags.scheduleStart !== undefined ? { schedule: { start: flags.scheduleStart, every: flags.every, ...o.given({ tz: flags.tz }) } } : {}),
        ...(flags.cards ? {} : { cards: false }),
        onArticle: (e) => {
          reporter.line(`✔ ${e.input}: ${e.sentences}-sentence summary, ${plural(e.posts, 'post')}`);
          reporter.start('Building…');
        },
      });
      reporter.stop();
      for (const warning of result.warnings) reporter.warn(warning.message);
      if (!flags.json && !flags.quiet) {
        print(`Wrote ${plural(result.editions.length, 'edition')} to ${result.out}/ in ${result.timings.totalMs} ms`);
        for (const e of result.editions) print(`  ${result.out}/${e.slug}/newsletter.html`);
      }
      if (sendPlan) {
        const { sendAfterBuild } = await import('./send/sendAfterBuild.js');
        const { formatSendResult } = await import('./send/formatSendResult.js');
        const proofs = await sendAfterBuild(result.editions.map((e) => `${result.out}/${e.slug}`), sendPlan);
        if (flags.json) print(JSON.stringify({ ...result, proofs }, null, 2));
        else if (!flags.quiet) for (const proof of proofs) print(formatSendResult(proof));
      } else if (flags.json) print(JSON.stringify(result, null, 2));
    } finally {
      reporter.stop();
    }
  });

program
  .command('extract')
  .description('print the cleaned Article: title, source, byline, paragraphs… (as JSON with --json)')
  .argument('<input>', 'an article: a .txt, .md or .html file, an http(s):// URL, or - for stdin')
  .addOption(o.jsonOption('the whole Article (unknown source, byline, publishedAt and url as null)'))
  .addHelpText('after', '\nExamples:\n  $ crier extract content/putin-bolton-kremlin-talks.txt\n  $ crier extract story.md --json | jq .title')
  .action(async (input, flags) => {
    const { extractFile } = await import('./inspect.js');
    const { articleJson } = await import('./extract/articleJson.js');
    const { article, warnings } = await extractFile(input);
    for (const w of warnings) process.stderr.write(`warning: ${w.message}\n`);
    if (flags.json) print(JSON.stringify(articleJson(article), null, 2));
    else {
      const meta = [article.source, article.byline, article.publishedAt].filter(Boolean).join(' · ');
      print([article.title, meta, '', article.text].filter((l, i) => i !== 1 || l).join('\n'));
    }
  });

program
  .command('summarize')
  .description('print the summary sentences (and quotes, keywords with --json)')
  .argument('<input>', 'an article: a .txt, .md or .html file, an http(s):// URL, or - for stdin')
  .addOption(o.sentencesOption())
  .addOption(o.configOption())
  .addOption(o.langOption())
  .addOption(o.llmOptions.llm())
  .addOption(o.llmOptions.offline())
  .addOption(o.llmOptions.model())
  .addOption(o.llmOptions.baseUrl())
  .addOption(o.llmOptions.noCache())
  .option('--strict', 'exit 1 when the model fails instead of falling back to the extractive summary')
  .addOption(o.jsonOption('{ sentences, headline, bullets, quotes, keywords, method }'))
  .addHelpText('after', '\nExamples:\n  $ crier summarize story.txt --sentences 2\n  $ crier summarize story.md --json')
  .action(async (input, flags) => {
    const { summarizeFile } = await import('./inspect.js');
    const { summary, warnings } = await summarizeFile(input, { ...o.given({ sentences: flags.sentences, config: flags.config, lang: flags.lang }), llm: { ...o.llmFlags(flags), notify: o.noticeOnce() } });
    for (const w of warnings) process.stderr.write(`warning: ${w.message}\n`);
    print(flags.json ? JSON.stringify(summary, null, 2) : summary.sentences.join('\n'));
  });

program
  .command('digest')
  .description('the weekly edition: many articles in, one newsletter, one brief and one thread out (+ <out>/index.html)')
  .argument('[inputs...]', `the week’s ${INPUTS}, or RSS / Atom / JSON feeds (files or URLs); also the feeds of digest.feeds in the config`)
  .addOption(o.outOption())
  .addOption(o.templatesOption())
  .addOption(o.configOption())
  .option('--week <yyyy-Www>', 'only articles dated in this ISO week, e.g. 2026-W48')
  .option('--since <yyyy-mm-dd>', 'only articles dated on or after this day')
  .option('--until <yyyy-mm-dd>', 'only articles dated on or before this day')
  .option('--max <n>', 'at most this many stories', o.positiveInt)
  .addOption(new Option('--order <order>', 'story order: newest first, or as given').choices(['date', 'given'] as const).default('date' as const))
  .option('--title <title>', 'title and subject line of the edition (default: newsletter name, number and week; the subject: the top headlines)')
  .option('--edition <n>', 'edition number shown in the masthead (default: the last edition in the output folder + 1)', o.positiveInt)
  .addOption(new Option('--sections <on|off>', 'topic headings (World, Politics, Business...) with six stories or more (default on; off with --order given)').choices(['on', 'off'] as const))
  .option('--repeat', 'include stories an earlier edition in the output folder already ran')
  .option('--date <yyyy-mm-dd>', 'edition date (default: end of the period)')
  .addOption(o.langOption())
  .addOption(o.llmOptions.llm())
  .addOption(o.llmOptions.offline())
  .addOption(o.llmOptions.model())
  .addOption(o.llmOptions.baseUrl())
  .addOption(o.llmOptions.noCache())
  .option('--strict', 'exit 1 when an article cannot be read or the model fails (default: skip it / fall back, and say so)')
  .option('--no-cards', 'skip the cover card.png')
  .addOption(o.jsonOption())
  .addOption(o.quietOption())
  .addHelpText('after', '\nExamples:\n  $ crier digest content/ --week 2026-W48 --edition 12\n  $ crier digest inbox/ saved-pages/ https://example.com/story --since 2026-11-23 --max 10\n  $ crier digest https://example.com/feed.xml --week 2026-W48')
  .action(async (inputs, flags) => {
    const { digest } = await import('./digest.js');
    const reporter = createReporter({ quiet: Boolean(flags.quiet) });
    reporter.start('Reading the week…');
    try {
      const result = await digest({
        inputs,
        out: flags.out,
        order: flags.order,
        ...o.given({ templates: flags.templates, config: flags.config, lang: flags.lang, week: flags.week, since: flags.since, until: flags.until, max: flags.max, title: flags.title, edition: flags.edition, date: flags.date, strict: flags.strict, repeat: flags.repeat }),
        ...(flags.sections ? { sections: flags.sections === 'on' } : {}),
        llm: { ...o.llmFlags(flags), notify: o.noticeOnce(() => reporter.stop()) },
        ...(flags.cards ? {} : { cards: false }),
        onArticle: (e) => {
          // An article that could not be read is a failure: said even with --quiet.
          if (e.status === 'failed') reporter.fail(`✖ ${e.input}: could not be read — ${e.detail}`);
          else reporter.line(e.status === 'read' ? `✔ ${e.input}: ${e.detail}` : e.status === 'merged' ? `↳ ${e.input}: ${e.detail}` : `✖ ${e.input}: skipped — ${e.detail}`);
          reporter.start('Reading the week…');
        },
      });
      reporter.stop();
      if (flags.json) print(JSON.stringify(result, null, 2));
      else if (!flags.quiet) {
        const warnings = result.warnings.filter((w) => !isSkip(w));
        for (const w of warnings) reporter.warn(w.message);
        print(`Wrote ${result.dir}/ — ${plural(result.stories.length, 'story', 'stories')}, ${result.skipped.length} skipped, ${plural(warnings.length, 'warning')}, ${result.timings.totalMs} ms`);
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
  .option('-o, --out <dir>', 'output folder (default: a temporary folder, removed on exit)')
  .addOption(o.templatesOption())
  .addOption(o.configOption())
  .option('--port <n>', 'port on 127.0.0.1', o.portNumber, 4321)
  .option('--open', 'open the preview in the default browser')
  .addHelpText('after', '\nExamples:\n  $ crier preview\n  $ crier preview drafts/ -t my-templates --port 8080 --open')
  .action(async (inputs, flags) => {
    const { runPreview } = await import('./preview/runPreview.js');
    await runPreview({
      inputs: inputs.length ? inputs : ['content/'],
      port: flags.port,
      watch: [flags.templates ?? 'templates'],
      ...o.given({ out: flags.out, templates: flags.templates, config: flags.config, open: flags.open }),
      onEvent: (m) => process.stderr.write(`${m}\n`),
      onReady: (url, out) => print(`crier preview: ${url}  (editions in ${out}; Ctrl+C to stop)`),
    });
  });

program
  .command('check')
  .description('inbox QA of an edition: size vs Gmail clip, MJML, subject, preheader, images, links, unsubscribe, plain text, client support')
  .argument('<target>', 'an edition folder (out/<slug>) or an article file / URL')
  .addOption(o.configOption())
  .option('-t, --templates <dir>', 'templates folder (when checking an article)')
  .addOption(o.jsonOption('the findings'))
  .addHelpText('after', '\nExamples:\n  $ crier check out/putin-top-trump-aide-see-hope-of-better-ties-in-kremlin\n  $ crier check story.md --json')
  .action(async (target, flags) => {
    const { runCheck, formatReport } = await import('./runCheck.js');
    const result = await runCheck(target, o.given({ config: flags.config, templates: flags.templates }));
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
  .option('--timeout <seconds>', 'wait at most this long for the server (default 30)', o.seconds)
  .option('-c, --config <file>', 'config file (smtp settings and the check)')
  .addOption(o.jsonOption())
  .addHelpText('after', SEND_HELP)
  .action(async (edition, flags) => {
    const { send } = await import('./send/sendEdition.js');
    const { formatSendResult } = await import('./send/formatSendResult.js');
    const result = await send(edition, { to: flags.to, dryRun: Boolean(flags.dryRun), force: Boolean(flags.force), ...o.given({ prefix: flags.prefix, from: flags.from, timeout: flags.timeout, config: flags.config }) });
    print(flags.json ? JSON.stringify(result, null, 2) : formatSendResult(result));
  });

program.addHelpText('after', PROGRAM_HELP);

// Not a top-level await: the bundle is CommonJS (cli/codeCache.ts says why).
void run(program, process.argv).then((code) => {
  process.exitCode = code;
});
