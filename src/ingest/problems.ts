/** One thing wrong with an input, located so an editor can go straight to it. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  /** Where inside the document, e.g. positions[3].stance. */
  path?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((x) => x !== undefined).join(':');
  return `${where}${p.path ? ` ${p.path}` : ''}: ${p.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Thrown when input fails validation; nothing has been written. */
export class InputProblemsError extends Error {
  override name = 'InputProblemsError';
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} found; nothing was written:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
  }
}
