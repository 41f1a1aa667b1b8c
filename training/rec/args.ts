/** `--flag value`, `--flag=value` and boolean `--flag` parsing with a help text, for the rec CLIs. */

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
