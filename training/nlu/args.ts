/** Minimal `--flag value` / `--flag` parsing with a help text, shared by the NLU CLIs. */

export interface ParsedArgs {
  values: Map<string, string>;
  flags: Set<string>;
}

export function parseArgs(argv: string[], booleanFlags: string[]): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument: ${arg}`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (booleanFlags.includes(name)) flags.add(name);
    else if (inline !== undefined) values.set(name, inline);
    else {
      const next = argv[i + 1];
      if (next === undefined) throw new Error(`--${name} needs a value`);
      values.set(name, next);
      i++;
    }
  }
  return { values, flags };
}

/** Prints help and exits when asked, or when parsing fails (with the reason on stderr). */
export function parseOrExit(argv: string[], booleanFlags: string[], help: string): ParsedArgs {
  try {
    const parsed = parseArgs(argv, [...booleanFlags, 'help']);
    if (parsed.flags.has('help')) {
      process.stdout.write(`${help.trim()}\n`);
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${help.trim()}\n`);
    process.exit(2);
  }
}

/** Progress on stderr, redrawn on one line when stderr is a terminal. */
export function progress(label: string, done: number, total: number): void {
  const pct = total === 0 ? 100 : Math.round((done / total) * 100);
  const line = `${label} ${done}/${total} (${pct}%)`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`);
  else if (done >= total || done % Math.max(1, Math.floor(total / 10)) === 0) process.stderr.write(`${line}\n`);
}

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
