// What the user sees while work runs: a line per article, a spinner on an interactive terminal,
// plain lines in CI and pipes, and with --quiet only failures. Always on stderr, so stdout stays
// clean for --json.

export interface Reporter {
  start(message: string): void;
  line(message: string): void;
  warn(message: string): void;
  /** Something the user must know even with --quiet (an article that could not be read). */
  fail(message: string): void;
  stop(): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function createReporter(options: { quiet: boolean; stream?: NodeJS.WriteStream; env?: NodeJS.ProcessEnv }): Reporter {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  if (options.quiet) return { start() {}, line() {}, warn() {}, fail: (message) => stream.write(`${message}\n`), stop() {} };
  const animated = Boolean(stream.isTTY) && !env.CI && env.TERM !== 'dumb';
  let timer: NodeJS.Timeout | undefined;
  let frame = 0;
  let current = '';
  const clear = () => {
    if (animated && current) stream.write('\r\x1b[2K');
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    clear();
    current = '';
  };
  return {
    start(message) {
      if (!animated) return;
      stop();
      current = message;
      const draw = () => stream.write(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${current}`);
      draw();
      timer = setInterval(draw, 80);
      timer.unref();
    },
    line(message) {
      stop();
      stream.write(`${message}\n`);
    },
    warn(message) {
      stop();
      stream.write(`warning: ${message}\n`);
    },
    fail(message) {
      stop();
      stream.write(`${message}\n`);
    },
    stop,
  };
}
