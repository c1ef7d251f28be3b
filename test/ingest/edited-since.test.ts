import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { correctPosition } from '../../src/edit/positions.js';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { exampleDataset } from '../../src/paths.js';
import { useCleanGraph } from '../helpers/db.js';

const ID = 'pos:european-allies-opposed-press-ukraine-to-settle';
const confidenceOf = async (db: Database) =>
  (await db.query<{ confidence: number }>('MATCH (p:Position {id: $id}) RETURN p.confidence AS confidence', { id: ID }))[0]!.confidence;

describe('re-ingesting a dataset after editors changed its records through the API', () => {
  const db = useCleanGraph();
  let curated: number;

  beforeAll(async () => {
    await ingestDatasets(db(), [exampleDataset]);
    curated = await confidenceOf(db());
    await correctPosition(db(), ID, { confidence: 0.31 }, 'Erin Editor', 'second source is weaker');
  });

  it('keeps the edit and says so, changing nothing else', async () => {
    const report = await ingestDatasets(db(), [exampleDataset]);
    expect(report.counts.Position).toMatchObject({ keptEdited: 1, created: 0, updated: 0 });
    expect(await confidenceOf(db())).toBe(0.31);
  });

  it('replaces the edit when asked to (--overwrite-edits)', async () => {
    const report = await ingestDatasets(db(), [exampleDataset], { overwriteEdits: true });
    expect(report.counts.Position).toMatchObject({ keptEdited: 0, updated: 1 });
    expect(await confidenceOf(db())).toBe(curated);
  });
});
