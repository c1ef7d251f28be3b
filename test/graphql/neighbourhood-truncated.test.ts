import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { MINI_DATASET } from '../fixtures/mini-dataset.js';
import { dataOf, startApi } from '../helpers/api.js';
import { useCleanGraph } from '../helpers/db.js';

/** Alpha holds twenty positions on one term: few nodes, many edges between them. */
const REPEATS = 20;
const dataset = `${MINI_DATASET}${Array.from(
  { length: REPEATS },
  (_, i) => `  - id: pos:alpha-again-${i}
    holder: inst:alpha
    term: term:border
    stance: ${i % 2 ? 'OPPOSED' : 'SUPPORTED'}
    date: "2024-01-${String(i + 1).padStart(2, '0')}"
    sources: [src:one]
`,
).join('')}`;

const VIEW = `query($limit: Int) { neighborhood(id: "inst:alpha", depth: 1, limit: $limit) { truncated nodes { id } edges { id } } }`;

describe('a neighbourhood view says when it is partial', () => {
  const db = useCleanGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'neighbourhood-'));
  let api: Awaited<ReturnType<typeof startApi>>;
  beforeAll(async () => {
    const file = path.join(dir, 'repeats.yaml');
    fs.writeFileSync(file, dataset);
    await ingestDatasets(db(), [file]);
    api = await startApi(db());
  });
  afterAll(async () => {
    await api.http.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows every edge and is not truncated when the view fits', async () => {
    const { neighborhood } = dataOf(await api.graphql(VIEW, { limit: 10 }));
    expect(neighborhood.truncated).toBe(false);
    // Alpha's 21 positions on the border term, and Bea's affiliation.
    expect(neighborhood.edges).toHaveLength(REPEATS + 2);
  });

  it('is truncated when a node has more edges than a level reads, though the node limit is not reached', async () => {
    // limit 3 would fit Alpha, the term and Bea, but a level then reads at most 15 edges.
    const { neighborhood } = dataOf(await api.graphql(VIEW, { limit: 3 }));
    expect(neighborhood.nodes.length).toBeLessThanOrEqual(3);
    expect(neighborhood.edges).toHaveLength(15);
    expect(neighborhood.truncated).toBe(true);
  });
});
