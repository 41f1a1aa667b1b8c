/** Command-line parsing shared by every evaluation tool: `--flag value`, `--flag=value`, boolean `--flag`, help text. */

export interface ParsedArgs {
  values: Map<string, string>;
  flags: Set<string>;
}

export function parseArgs(argv: readonly string[], booleanFlags: readonly string[]): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument: ${arg}`);
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (booleanFlags.includes(name)) flags.add(name);
    else if (eq >= 0) values.set(name, arg.slice(eq + 1));
    else {
      const next = argv[i + 1];
      if (next === undefined) throw new Error(`--${name} needs a value`);
      values.set(name, next);
      i++;
    }
  }
  return { values, flags };
}

/** Prints help and exits on --help; prints the reason and help and exits 2 on a parse error. */
export function parseOrExit(argv: readonly string[], booleanFlags: readonly string[], help: string): ParsedArgs {
  try {
    const parsed = parseArgs(argv, [...booleanFlags, 'help']);
    if (parsed.flags.has('help')) {
      process.stdout.write(`${help.trim()}\n`);
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    usageError((error as Error).message, help);
  }
}

export function usageError(message: string, help: string): never {
  process.stderr.write(`${message}\n\n${help.trim()}\n`);
  process.exit(2);
}

export function intOption(args: ParsedArgs, name: string, fallback: number, min = 1): number {
  const raw = args.values.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return value;
}

export function numberOption(args: ParsedArgs, name: string, fallback: number): number {
  const raw = args.values.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number ≥ 0`);
  return value;
}

/** Progress on stderr (stdout carries only the result). */
export function note(message: string): void {
  process.stderr.write(`${message}\n`);
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
