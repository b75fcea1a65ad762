// The longer help texts: what `crier build` writes, where `crier send` sends, and the examples
// under `crier --help`.

export const BUILD_HELP = `
Writes, for each article, <out>/<slug>/:
  newsletter.html    the email                 newsletter.txt    its plain-text part
  newsletter.eml     the whole message         newsletter.mjml   the MJML after Handlebars
  brief.md           the short brief           brief.json        the brief as data
  thread.md          every platform's posts    thread.json       the posts as data
  thread-<platform>.txt   one file per platform, the posts as published
  manifest.json      inputs, files, checksums, warnings
  card.png           1200×630 image for posts  quote-card.png    for a strong quote (not with --no-cards)
  schedule.csv, schedule.ics         with --schedule-start
  preview-600.png, preview-375.png   with --screenshots
and <out>/index.html, the archive of every edition.

Examples:
  $ crier build content/                      every article in content/ -> out/<slug>/
  $ crier build story.md -o editions          one article into editions/<slug>/
  $ crier build saved-page.html https://example.com/story
  $ cat story.txt | crier build - --json      from stdin, result as JSON
  $ crier build content/ --platforms x,bluesky --sentences 4
  $ crier build content/ --schedule-start "2026-12-01 09:00" --every 2h --tz Europe/Helsinki
  $ OPENAI_API_KEY=sk-... crier build content/ --llm
  $ crier build content/ --llm --base-url http://localhost:11434/v1 --model llama3.1
  $ CRIER_SMTP_URL=smtp://127.0.0.1:1025 crier build story.md --send-to me@example.com`;

export const PROGRAM_HELP = `
Examples:
  $ crier build content/                 newsletter, threads and brief for every article in content/
  $ crier digest content/ --week 2026-W48  the weekly edition of the week's articles
  $ crier extract story.html --json      the cleaned article as JSON
  $ crier summarize story.txt            the summary sentences
  $ crier check out/<slug>               inbox QA of an edition (exit 1 on errors)
  $ crier send out/<slug> --to me@example.com   a proof in your own inbox (CRIER_SMTP_URL)

Exit codes: 0 done, 1 the work failed (bad input, template error), 2 wrong usage.`;

export const SEND_HELP = `
Server: CRIER_SMTP_URL (smtp://user@host:587 = STARTTLS, smtps://user@host:465 = TLS) or config "smtp"
{host, port, user, secure}; the password only from CRIER_SMTP_PASSWORD (or the URL).

Examples:
  $ CRIER_SMTP_URL=smtp://127.0.0.1:1025 crier send out/<slug> --to me@example.com      (Mailpit)
  $ CRIER_SMTP_URL=smtps://me%40gmail.com@smtp.gmail.com:465 CRIER_SMTP_PASSWORD=app-password \\
      crier send out/<slug> --to me@gmail.com,me@outlook.com --prefix "[Proof] "
  $ crier send out/<slug> --to me@example.com --dry-run`;
