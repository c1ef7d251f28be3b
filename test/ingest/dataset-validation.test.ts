import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { InputProblemsError } from '../../src/ingest/problems.js';
import { listInputFiles } from '../../src/ingest/read-input.js';
import { MINI_DATASET } from '../fixtures/mini-dataset.js';
import { useCleanGraph } from '../helpers/db.js';
import { graphFingerprint } from '../helpers/graph-fingerprint.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-inputs-'));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
const replace = (from: string, to: string) => {
  if (!MINI_DATASET.includes(from)) throw new Error(`fixture lacks ${from}`);
  return MINI_DATASET.replace(from, to);
};

/** Each case breaks the valid mini dataset in one way; `expected` must appear in the message. */
const CASES: { name: string; file: string; content: string | Buffer; expected: RegExp }[] = [
  { name: 'an empty file', file: 'empty.yaml', content: '', expected: /empty\.yaml: file is empty/ },
  { name: 'a binary file', file: 'binary.json', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]), expected: /binary\.json: file is binary/ },
  { name: 'truncated YAML', file: 'truncated.yaml', content: MINI_DATASET.slice(0, MINI_DATASET.indexOf('sources: [1, 2]') + 12), expected: /truncated\.yaml:\d+:\d+: not valid YAML/ },
  { name: 'truncated JSON', file: 'truncated.json', content: '{"dataset": {"id": "x", "title": "y"}, "terms": [', expected: /truncated\.json:\d+:\d+: not valid YAML\/JSON/ },
  { name: 'an unknown stakeholder', file: 'unknown-holder.yaml', content: replace('holder: inst:alpha', 'holder: inst:nowhere'), expected: /unknown-holder\.yaml:\d+:\d+ positions\[0\]\.holder: unknown stakeholder "inst:nowhere"/ },
  { name: 'an unknown term', file: 'unknown-term.yaml', content: replace('term: term:border\n    stance: PROPOSED', 'term: term:nothing\n    stance: PROPOSED'), expected: /positions\[1\]\.term: unknown term "term:nothing"/ },
  { name: 'a bad stance', file: 'bad-stance.yaml', content: replace('stance: OPPOSED', 'stance: LUKEWARM'), expected: /:3\d:\d+ positions\[0\]\.stance: expected one of PROPOSED, SUPPORTED, OPPOSED, got "LUKEWARM"/ },
  { name: 'an impossible date', file: 'bad-date.yaml', content: replace('date: "2025-11-03"', 'date: "2025-02-30"'), expected: /positions\[1\]\.date: 2025-02-30 is not a real date/ },
  { name: 'a duplicate id', file: 'duplicate.yaml', content: replace('  - id: src:two', '  - id: src:one'), expected: /sources\[1\]\.id: duplicate id "src:one"/ },
  { name: 'a position with no source', file: 'no-source.yaml', content: replace('sources: [src:one]', 'sources: []'), expected: /positions\[1\]\.sources: a position needs at least one source/ },
  { name: 'a position with the sources key missing', file: 'missing-sources.yaml', content: replace('    sources: [src:one]\n', ''), expected: /positions\[1\]\.sources: Invalid input: expected array/ },
  { name: 'a wrong type', file: 'wrong-type.yaml', content: replace('confidence: 0.9', 'confidence: high'), expected: /positions\[0\]\.confidence: Invalid input: expected number, received string/ },
  { name: 'an out-of-range confidence', file: 'confidence.yaml', content: replace('confidence: 0.9', 'confidence: 1.5'), expected: /positions\[0\]\.confidence: confidence is between 0 and 1/ },
  { name: 'a misspelt key', file: 'typo.yaml', content: replace('quote: Alpha', 'qoute: Alpha'), expected: /positions\[0\]: Unrecognized key: "qoute"/ },
  { name: 'a citation number with no reference', file: 'citation.yaml', content: replace('sources: [1, 2]', 'sources: [1, 9]'), expected: /positions\[0\]\.sources\[1\]: document "doc:brief" has no reference \[9\]/ },
  { name: 'a holder that is a term', file: 'wrong-kind.yaml', content: replace('holder: person:bea', 'holder: term:border'), expected: /positions\[1\]\.holder: "term:border" is a term, expected a stakeholder/ },
  { name: 'a malformed id', file: 'bad-id.yaml', content: replace('id: person:bea', 'id: Bea Smith'), expected: /persons\[0\]\.id: expected an id such as/ },
  { name: 'a missing dataset header', file: 'no-header.yaml', content: MINI_DATASET.replace(/^dataset:\n  id: mini\n  title: Mini dataset\n/, ''), expected: /no-header\.yaml:\d+:\d+ dataset: Invalid input: expected object/ },
  { name: 'a list at the top', file: 'list.yaml', content: '- just\n- a list\n', expected: /list\.yaml:1:1: expected a mapping/ },
  { name: 'a duplicate key', file: 'dup-key.yaml', content: replace('title: Brief', 'title: Brief\n    title: Again'), expected: /dup-key\.yaml:\d+:\d+: not valid YAML\/JSON: Map keys must be unique/ },
  { name: 'an end before its start', file: 'until.yaml', content: replace('date: "2025-12"', 'date: "2025-12"\n    until: "2025-01"'), expected: /positions\[0\]\.until: until \(2025-01\) is before date \(2025-12\)/ },
  { name: 'a bad institution kind', file: 'kind.yaml', content: replace('kind: STATE', 'kind: EMPIRE'), expected: /institutions\[0\]\.kind: expected one of STATE/ },
];

describe('dataset validation: bad input is refused with file, line and path, and writes nothing', () => {
  const db = useCleanGraph();
  let before: Awaited<ReturnType<typeof graphFingerprint>>;

  beforeAll(async () => {
    // A graph with content, so "unchanged" means something.
    await ingestDatasets(db(), [write('valid.yaml', MINI_DATASET)]);
    before = await graphFingerprint(db());
    expect(before.nodes).toBeGreaterThan(0);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`covers at least fifteen distinct bad inputs (${CASES.length})`, () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBeGreaterThanOrEqual(15);
  });

  it.each(CASES)('refuses $name', async ({ file, content, expected }) => {
    const target = write(file, content);
    const error = await ingestDatasets(db(), [target]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputProblemsError);
    expect((error as Error).message).toMatch(expected);
    expect((error as Error).message).toContain('nothing was written');
    expect(await graphFingerprint(db())).toEqual(before);
  });

  it('lists every problem, not just the first', async () => {
    const broken = replace('stance: OPPOSED', 'stance: MAYBE').replace('confidence: 0.9', 'confidence: 7').replace('holder: person:bea', 'holder: person:nobody');
    const error = (await ingestDatasets(db(), [write('many.yaml', broken)]).catch((e: unknown) => e)) as InputProblemsError;
    expect(error.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['positions[0].stance', 'positions[0].confidence']));
    expect(await graphFingerprint(db())).toEqual(before);
  });

  it('refuses a whole run when one of its files is bad, even if the others are fine', async () => {
    const good = write('good-second.yaml', replace('id: mini', 'id: mini-two').replace('pos:bea-proposes-border', 'pos:new-one'));
    const bad = write('bad-second.yaml', replace('stance: OPPOSED', 'stance: NOPE').replace(/id: (src|doc|inst|person|term|pos):/g, 'id: $1:x-'));
    await expect(ingestDatasets(db(), [good, bad])).rejects.toBeInstanceOf(InputProblemsError);
    expect(await graphFingerprint(db())).toEqual(before);
  });

  it('finds ids repeated across files, positions included, and names where each was first defined', async () => {
    const first = write('dup-first.yaml', MINI_DATASET);
    // Only the dataset id and two ids differ, so every other id repeats; a position takes a source's
    // id, and a source the id of a position in the first file (found only by comparing hashes).
    const second = write(
      'dup-second.yaml',
      replace('id: mini', 'id: mini-dup').replace('id: pos:bea-proposes-border', 'id: src:one').replace('id: src:two', 'id: pos:bea-proposes-border'),
    );
    const error = (await ingestDatasets(db(), [first, second]).catch((e: unknown) => e)) as InputProblemsError;
    expect(error).toBeInstanceOf(InputProblemsError);
    const messages = error.problems.map((p) => `${path.basename(p.file)} ${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        `dup-second.yaml positions[0].id: duplicate id "pos:alpha-opposes-border" (already defined at ${first} positions[0])`,
        expect.stringMatching(/^dup-second\.yaml sources\[0\]\.id: duplicate id "src:one" \(already defined at .*dup-first\.yaml sources\[0\]\)$/),
        expect.stringMatching(/^dup-second\.yaml positions\[1\]\.id: duplicate id "src:one" \(already defined at .*dup-first\.yaml sources\[0\]\)$/),
        expect.stringMatching(/^dup-second\.yaml sources\[1\]\.id: duplicate id "pos:bea-proposes-border" \(already defined at .*dup-first\.yaml positions\[1\]\)$/),
      ]),
    );
    expect(error.problems.every((p) => p.line !== undefined)).toBe(true);
    expect(await graphFingerprint(db())).toEqual(before);
  });

  it('refuses unsupported and missing paths before touching the database', () => {
    const { problems } = listInputFiles([write('table.csv', 'a,b'), path.join(dir, 'missing.yaml')]);
    expect(problems.map((p) => p.message)).toEqual(['unsupported file type (expected .yaml, .yml, .json, .txt or .md)', 'no such file or directory']);
  });
});
