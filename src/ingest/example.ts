import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { exampleDataset } from '../paths.js';
import { ingestDatasets } from './dataset/ingest-datasets.js';

/** Loads the example dataset (the seed article) into an empty graph; leaves any other graph alone. */
export async function loadExampleIfEmpty(db: Database): Promise<boolean> {
  const [row] = await db.query<{ hasEntities: boolean }>(cypher('schema/has-entities'));
  if (row?.hasEntities) return false;
  await ingestDatasets(db, [exampleDataset]);
  return true;
}
