import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { exampleDataset } from '../../src/paths.js';
import { startApi } from '../helpers/api.js';
import { useCleanGraph } from '../helpers/db.js';

type Api = Awaited<ReturnType<typeof startApi>>;

/** Nothing a client sees may reveal internals. */
function expectNothingLeaked(body: string) {
  expect(body).not.toMatch(/stacktrace|\n\s+at |MATCH \(|UNWIND |RETURN |bolt:\/\/|127\.0\.0\.1|neo4j-driver|stancegraph-test/);
}

const CASES: [string, string, string][] = [
  ['an unknown id', '{ termStances(termId: "term:nope") { term { id } } }', 'NOT_FOUND'],
  ['an unknown stakeholder in alignment', '{ alignment(stakeholderIds: ["inst:ukraine", "inst:atlantis"]) { rows { agreement } } }', 'NOT_FOUND'],
  ['a single stakeholder in alignment', '{ alignment(stakeholderIds: ["inst:ukraine"]) { rows { agreement } } }', 'BAD_USER_INPUT'],
  ['a negative first', '{ positions(first: -1) { totalCount } }', 'BAD_USER_INPUT'],
  ['a malformed cursor', '{ positions(after: "not-a-cursor") { totalCount } }', 'BAD_USER_INPUT'],
  ['a forged cursor', `{ terms(after: "${Buffer.from('{"a":1}').toString('base64url')}") { totalCount } }`, 'BAD_USER_INPUT'],
  ['from after to', '{ positions(filter: { from: "2025-12", to: "2025-01" }) { totalCount } }', 'BAD_USER_INPUT'],
  ['an impossible date', '{ positions(filter: { from: "2025-02-30" }) { totalCount } }', 'BAD_USER_INPUT'],
  ['a bad asOf', '{ contestedTerms(asOf: "yesterday") { score } }', 'BAD_USER_INPUT'],
  ['a bad stance', '{ positions(filter: { stance: [MAYBE] }) { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
  ['an empty search', '{ search(query: "   ") { score } }', 'BAD_USER_INPUT'],
  ['a depth out of range', '{ neighborhood(id: "inst:ukraine", depth: 9) { truncated } }', 'BAD_USER_INPUT'],
  ['an unknown field', '{ nodes { id } }', 'GRAPHQL_VALIDATION_FAILED'],
  // graphql-armor parses during validation, so syntax errors arrive as validation failures.
  ['a syntax error', '{ positions(', 'GRAPHQL_VALIDATION_FAILED'],
];

describe('bad arguments get a stable extensions.code and no internals', () => {
  const db = useCleanGraph();
  let api: Api;
  beforeAll(async () => {
    await ingestDatasets(db(), [exampleDataset]);
    api = await startApi(db(), { NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await api.http.close();
  });

  it.each(CASES)('%s → %s', async (_, query, code) => {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = await res.text();
    const json = JSON.parse(body);
    expect(json.errors[0].extensions.code).toBe(code);
    expect(json.errors[0].message.length).toBeGreaterThan(5);
    expectNothingLeaked(body);
  });

  it('a Lucene-syntax search is escaped, not interpreted', async () => {
    const response = await api.graphql('{ search(query: "Zelensk* OR title:(x AND \\"y") { node { id } } }');
    expect(response.errors).toBeUndefined();
  });

  it('an oversized body is refused with PAYLOAD_TOO_LARGE', async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ search(query: "${'x'.repeat(400_000)}") { score } }` }),
    });
    expect(res.status).toBe(413);
    const body = await res.text();
    expect(JSON.parse(body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expectNothingLeaked(body);
  });

  it('a malformed JSON body is refused with BAD_REQUEST', async () => {
    const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expectNothingLeaked(await res.text());
  });

  it('in production, field suggestions are not offered', async () => {
    const response = await api.graphql('{ termz { totalCount } }');
    expect(response.errors![0]!.message).not.toMatch(/Did you mean/);
  });
});
