import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { cleanGraph, useCleanGraph } from '../helpers/db.js';

/** Strings that break naive string-built Cypher, JSON or YAML handling. */
export const HOSTILE = [
  `Robert'); MATCH (n) DETACH DELETE n; //`,
  'He said "no" — and `DROP CONSTRAINT entity_id`',
  '{braces} ${template} $param {{mustache}}',
  'CREATE (x:Admin) RETURN x UNION MATCH (n) RETURN n',
  'Володимир Зеленський',
  '王毅 / 習近平',
  'محمد بن سلمان',
  '🇺🇦 ceasefire ✌️ (zero-width: a\u200bb)',
  'back\\slash \\u0041 and a\nnewline\tand tab',
  '   leading and trailing spaces kept?   '.trim(),
];

describe('hostile-looking strings', () => {
  const db = useCleanGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(['json', 'yaml'] as const)('round-trip verbatim through a %s dataset', async (format) => {
    await cleanGraph(db());
    const dataset = {
      dataset: { id: 'hostile', title: HOSTILE[0] },
      sources: [{ id: 'src:h', url: `https://example.org/?q=${encodeURIComponent(HOSTILE[1]!)}`, title: HOSTILE[1] }],
      institutions: HOSTILE.map((name, i) => ({ id: `inst:h-${i}`, name, kind: 'OTHER', aliases: [name, `${name} (alias)`] })),
      terms: HOSTILE.map((label, i) => ({ id: `term:h-${i}`, label, description: label })),
      positions: HOSTILE.map((quote, i) => ({ id: `pos:h-${i}`, holder: `inst:h-${i}`, term: `term:h-${i}`, stance: 'OPPOSED', quote, sources: ['src:h'] })),
    };
    const file = path.join(dir, `hostile.${format}`);
    const { stringify } = await import('yaml');
    fs.writeFileSync(file, format === 'json' ? JSON.stringify(dataset) : stringify(dataset));
    await ingestDatasets(db(), [file]);

    const rows = await db().query<{ i: string; name: string; aliases: string[]; label: string; quote: string }>(`
      MATCH (h:Institution)-[:HOLDS]->(p:Position)-[:ON_TERM]->(t:Term)
      RETURN h.id AS i, h.name AS name, h.aliases AS aliases, t.label AS label, p.quote AS quote ORDER BY i`);
    expect(rows).toHaveLength(HOSTILE.length);
    for (const row of rows) {
      const expected = HOSTILE[Number(row.i.slice('inst:h-'.length))]!;
      expect(row.name).toBe(expected);
      expect(row.aliases).toEqual([expected, `${expected} (alias)`]);
      expect(row.label).toBe(expected);
      expect(row.quote).toBe(expected);
    }
    // Nothing else appeared, and the constraint the strings name is still there.
    const [count] = await db().query<{ n: number }>('MATCH (n) WHERE NOT n:_Migration AND NOT n:_GraphVersion RETURN count(n) AS n');
    expect(count!.n).toBe(1 + HOSTILE.length * 3);
    expect(await db().query("SHOW CONSTRAINTS YIELD name WHERE name = 'entity_id' RETURN name")).toHaveLength(1);
  });
});
