import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { generateDataset, writeGeneratedDataset } from '../../src/ingest/generate.js';
import { exampleDataset } from '../../src/paths.js';
import { startApi } from '../helpers/api.js';
import { useCleanGraph } from '../helpers/db.js';

/** Five levels of nesting over every term: the shape that is N+1 without batching. */
const DEEP = `{
  terms(first: 100) {
    edges { node {
      label
      proposedBy { name }
      positions {
        stance quote
        holder { name positions { term { label } } }
        sources { url citedBy { number document { title } } }
        document { title }
      }
      proposals { name authors { name } }
    } }
  }
}`;

describe('Cypher round trips per GraphQL operation are bounded, whatever the result size', () => {
  const db = useCleanGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'round-trips-'));

  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function roundTripsFor(query: string): Promise<{ roundTrips: number; size: number }> {
    const api = await startApi(db());
    try {
      const response = await api.graphql(query);
      expect(response.errors).toBeUndefined();
      return { roundTrips: response.extensions!.roundTrips!, size: JSON.stringify(response.data).length };
    } finally {
      await api.http.close();
    }
  }

  it('costs the same number of round trips on the example and on a dataset ten times its size', async () => {
    await ingestDatasets(db(), [exampleDataset]);
    const small = await roundTripsFor(DEEP);

    const big = path.join(dir, 'big.json');
    writeGeneratedDataset(generateDataset({ positions: 600, seed: 3 }), big);
    await ingestDatasets(db(), [big]);
    const large = await roundTripsFor(DEEP);

    console.log(`[round-trips] example: ${small.roundTrips} round trips for ${small.size} bytes; 600-position set: ${large.roundTrips} for ${large.size} bytes`);
    expect(large.size).toBeGreaterThan(small.size * 10);
    expect(large.roundTrips).toBe(small.roundTrips);
    // One per root field and one per batched level: terms, proposedBy/positions/proposals, holders,
    // their positions, their terms, sources, citations, documents, authors.
    expect(large.roundTrips).toBeLessThanOrEqual(12);
  });

  it('costs depth + 1 round trips for a neighbourhood view', async () => {
    const { roundTrips } = await roundTripsFor('{ neighborhood(id: "term:ukraine-cedes-donbas", depth: 2, limit: 500) { nodes { id degree } edges { id } } }');
    // The graph's version (for the answer cache), one per level, one for node details (which also
    // tells whether the node exists).
    expect(roundTrips).toBe(1 + 2 + 1);
  });
});
