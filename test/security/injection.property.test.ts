import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { NODE_KINDS } from '../../src/model/vocabulary.js';
import { exampleDataset } from '../../src/paths.js';
import { startApi } from '../helpers/api.js';
import { useCleanGraph } from '../helpers/db.js';
import { graphFingerprint } from '../helpers/graph-fingerprint.js';
import { recordReliability } from '../helpers/reliability-record.js';

/** Fragments that would do damage if any string reached Cypher, Lucene or a label unescaped. */
const PAYLOADS = [
  "') DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  '` DETACH DELETE n //',
  '$ids',
  '{id: 1}',
  '\\u0027',
  '*:*',
  'AND OR NOT',
  '\u0000',
  'CALL db.index.fulltext.drop("entity_search")',
  ':Admin',
  '../../etc/passwd',
];
const hostile = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));

const KINDS = new Set<string>([...NODE_KINDS, 'Entity', 'Stakeholder', '_Migration', '_GraphVersion', 'ApiKey', 'Revision']);

describe('hostile input never changes the graph in unexpected ways (fast-check)', () => {
  const db = useCleanGraph();
  let api: Awaited<ReturnType<typeof startApi>>;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'injection-'));

  beforeAll(async () => {
    await ingestDatasets(db(), [exampleDataset]);
    api = await startApi(db());
  });
  afterAll(async () => {
    await api.http.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('through every query argument: reads change nothing and fail only with a stable code', async () => {
    const before = await graphFingerprint(db());
    const queries = [
      'query($s: String!) { search(query: $s) { node { id } } }',
      'query($s: String) { stakeholders(search: $s) { totalCount } }',
      'query($s: String) { terms(search: $s, after: $s) { totalCount } }',
      'query($s: ID!) { node(id: $s) { id } }',
      'query($s: ID!) { termStances(termId: $s) { term { id } } }',
      'query($s: ID!) { timeline(id: $s, from: $s) { id } }',
      'query($s: ID!) { neighborhood(id: $s) { nodes { id } } }',
      'query($s: ID!) { path(fromId: $s, toId: "inst:ukraine") { length } }',
      'query($s: ID!) { alignment(stakeholderIds: [$s, "inst:ukraine"]) { rows { agreement } } }',
      'query($s: String) { positions(filter: { holderId: $s, termId: $s, sourceId: $s }, after: $s) { totalCount } }',
      'query($s: String!) { proposalHistory(family: $s) { id } }',
      'query($s: String) { contestedTerms(asOf: $s) { score } }',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...queries), hostile, async (query, s) => {
        const response = await api.graphql(query, { s });
        for (const error of response.errors ?? []) {
          expect(['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED']).toContain(error.extensions?.code);
        }
      }),
      { numRuns: 300, seed: 20251208 },
    );
    expect(await graphFingerprint(db())).toEqual(before);
    recordReliability('fuzz-queries', { hostileInputsTried: 300, queries: queries.length, graphChanged: false });
  }, 180_000);

  it('through mutations: hostile labels, aliases and quotes are stored verbatim', async () => {
    const { createApiKey } = await import('../../src/auth/api-keys.js');
    const { key } = await createApiKey(db(), 'fuzzer', 'editor');
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostile, hostile, async (label, quote) => {
        const clean = (s: string) => s.replace(/\u0000/g, '').trim() || 'blank';
        const id = `term:fuzz-${n++}`;
        const term = await api.graphql(
          'mutation($id: ID!, $label: String!) { upsertTerm(input: { id: $id, label: $label, aliases: [$label] }) { label aliases } }',
          { id, label: clean(label) },
          key,
        );
        expect(term.errors).toBeUndefined();
        expect(term.data!.upsertTerm).toEqual({ label: clean(label), aliases: [clean(label)] });
        const position = await api.graphql(
          'mutation($input: PositionInput!) { createPosition(input: $input) { quote } }',
          { input: { id: `pos:fuzz-${n}`, holderId: 'inst:ukraine', termId: id, stance: 'OPPOSED', quote: clean(quote), sourceIds: ['src:reuters-world-europe-us'] } },
          key,
        );
        expect(position.errors).toBeUndefined();
        expect(position.data!.createPosition.quote).toBe(clean(quote));
      }),
      { numRuns: 40, seed: 7 },
    );
    recordReliability('fuzz-mutations', { hostileInputsTried: 80, storedVerbatim: true });
    const labels = await db().query<{ label: string }>('CALL db.labels() YIELD label RETURN label');
    for (const { label } of labels) expect(KINDS.has(label) || label === 'TestOnly' || label === 'Survivor').toBe(true);
  }, 180_000);

  it('through ingest: hostile names, labels and quotes are stored verbatim and create no labels or types of their own', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 1, maxLength: 8 }), async (strings) => {
        const texts = strings.map((s) => s.replace(/\u0000/g, '').trim()).map((s, i) => s || `blank ${i}`);
        const dataset = {
          dataset: { id: 'hostile-prop', title: 'hostile' },
          sources: [{ id: 'src:prop', url: 'https://example.org/prop' }],
          institutions: texts.map((name, i) => ({ id: `inst:prop-${i}`, name, kind: 'OTHER', aliases: [name] })),
          terms: texts.map((label, i) => ({ id: `term:prop-${i}`, label })),
          positions: texts.map((quote, i) => ({ id: `pos:prop-${i}`, holder: `inst:prop-${i}`, term: `term:prop-${i}`, stance: 'SUPPORTED', quote, sources: ['src:prop'] })),
        };
        const file = path.join(dir, 'prop.json');
        fs.writeFileSync(file, JSON.stringify(dataset));
        await ingestDatasets(db(), [file]);
        const rows = await db().query<{ id: string; name: string; quote: string }>(
          "MATCH (i:Institution)-[:HOLDS]->(p:Position) WHERE i.id STARTS WITH 'inst:prop-' RETURN i.id AS id, i.name AS name, p.quote AS quote",
        );
        for (const row of rows) {
          const i = Number(row.id.slice('inst:prop-'.length));
          if (i < texts.length) {
            expect(row.name).toBe(texts[i]);
            expect(row.quote).toBe(texts[i]);
          }
        }
        const labels = await db().query<{ label: string }>('CALL db.labels() YIELD label RETURN label');
        for (const { label } of labels) expect(KINDS.has(label) || label === 'TestOnly' || label === 'Survivor').toBe(true);
        const constraints = await db().query("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN name");
        expect(constraints).toHaveLength(1);
      }),
      { numRuns: 40, seed: 42 },
    );
    recordReliability('fuzz-ingest', { datasetsTried: 40, storedVerbatim: true });
  }, 180_000);
});
