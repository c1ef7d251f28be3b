import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.js';

const sorted = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Counts and a checksum of the whole graph's content (labels, properties, relationships), so a
 * test can show that an ingest changed nothing at all, or that two runs built the same graph.
 */
export async function graphFingerprint(db: Database): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const nodes = await db.query<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:_Migration AND NOT n:_GraphVersion RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await db.query<{ key: string; props: Record<string, unknown> }>(
    "MATCH (a)-[r]->(b) RETURN a.id + '-' + type(r) + '->' + b.id AS key, properties(r) AS props",
  );
  const lines = [
    ...nodes.map((n) => JSON.stringify([[...n.labels].sort(), sorted(n.props)])),
    ...rels.map((r) => JSON.stringify([r.key, sorted(r.props)])),
  ].sort();
  return { nodes: nodes.length, relationships: rels.length, checksum: createHash('sha256').update(lines.join('\n')).digest('hex') };
}
