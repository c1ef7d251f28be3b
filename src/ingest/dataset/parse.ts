import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { type Dataset, datasetSchema } from '../../model/dataset.js';
import { type Problem, formatPath } from '../problems.js';
import type { InputFormat } from '../read-input.js';

/** Finds the line and column of a path inside the source text, for messages. */
export type Locator = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

function yamlLocator(doc: Document, lines: LineCounter): Locator {
  return (path) => {
    // A missing key has no node; point at the nearest parent that exists.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return undefined;
  };
}

function parseWithLocations(file: string, text: string): { value?: unknown; locate: Locator; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const problems = doc.errors.map((e) => {
    const pos = e.linePos?.[0];
    return { file, line: pos?.line, column: pos?.col, message: `not valid YAML/JSON: ${e.message.split('\n')[0]}` };
  });
  return { value: problems.length ? undefined : doc.toJS({ maxAliasCount: 100 }), locate: yamlLocator(doc, lines), problems };
}

export interface ParsedDataset {
  file: string;
  dataset?: Dataset;
  locate: Locator;
  problems: Problem[];
}

/**
 * Parses and schema-checks one dataset file. JSON takes the fast path (JSON.parse); positions in
 * the text are only computed, with the YAML parser, when there is a problem to report.
 */
export function parseDataset(file: string, text: string, format: Exclude<InputFormat, 'text'>): ParsedDataset {
  let value: unknown;
  let locate: Locator | undefined;
  const located = () => (locate ??= parseWithLocations(file, text).locate);
  const lazyLocate: Locator = (path) => located()(path);

  if (format === 'json') {
    try {
      value = JSON.parse(text);
    } catch {
      const { problems, locate: l } = parseWithLocations(file, text);
      const fallback = problems.length ? problems : [{ file, message: 'not valid JSON' }];
      return { file, locate: l, problems: fallback };
    }
  } else {
    const parsed = parseWithLocations(file, text);
    if (parsed.problems.length) return { file, locate: parsed.locate, problems: parsed.problems };
    value = parsed.value;
    locate = parsed.locate;
  }

  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { file, locate: located(), problems: [{ file, line: 1, column: 1, message: 'expected a mapping with a `dataset:` header and sections such as `positions:`' }] };
  }
  const result = datasetSchema.safeParse(value);
  if (result.success) return { file, dataset: result.data, locate: lazyLocate, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const at = located()(issue.path);
    return { file, ...at, path: formatPath(issue.path), message: issue.message };
  });
  return { file, locate: located(), problems };
}

const SECTIONS = Object.keys(datasetSchema.shape).filter((key): key is Exclude<keyof Dataset, 'dataset'> => key !== 'dataset');

/**
 * Parses again, to write it, a file that `parseDataset` has accepted: the same dataset, but its
 * records are checked and converted a slice at a time, awaiting `pause()` between slices, so that
 * other work (a transaction in flight) is not held up for the whole file. Throws if the text no
 * longer passes the schema; callers make sure it is the text that was validated.
 */
export async function parseValidatedDataset(
  file: string,
  text: string,
  format: Exclude<InputFormat, 'text'>,
  pause: () => Promise<void>,
  sliceSize = 250,
): Promise<Dataset> {
  let value: unknown;
  if (format === 'json') value = JSON.parse(text);
  else {
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length) throw new Error(`${file}: not valid YAML/JSON any more`);
    value = doc.toJS({ maxAliasCount: 100 });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${file}: not a dataset any more`);
  const input = value as Record<string, unknown>;
  const dataset = { dataset: datasetSchema.shape.dataset.parse(input.dataset) } as Dataset;
  for (const section of SECTIONS) {
    // A section's own schema (an array with a default) checks each slice as it would the whole.
    const schema = datasetSchema.shape[section];
    const records = input[section];
    if (!Array.isArray(records) || records.length <= sliceSize) {
      (dataset[section] as unknown[]) = schema.parse(records);
      continue;
    }
    const out: unknown[] = [];
    for (let i = 0; i < records.length; i += sliceSize) {
      await pause();
      for (const record of schema.parse(records.slice(i, i + sliceSize))) out.push(record);
    }
    (dataset[section] as unknown[]) = out;
  }
  return dataset;
}
