import { describe, expect, it } from 'vitest';
import { IdRegistry, hash52 } from '../../../src/ingest/dataset/id-registry.js';

describe('IdRegistry', () => {
  it('keeps every entity definition it is given, packed and unpacked intact', () => {
    const registry = new IdRegistry();
    for (let i = 0; i < 50_000; i++) expect(registry.define(`term:${i}`, 'Term', `file-${i % 7}.json`, i).status).toBe('new');
    expect(registry.entity('term:49999')).toEqual({ kind: 'Term', file: 'file-5.json', index: 49999 });
    expect(registry.define('term:12', 'Source', 'other.json', 3)).toEqual({ status: 'duplicate', previous: { kind: 'Term', file: 'file-5.json', index: 12 } });
  });

  it('suspects the hash of a position id defined twice, or also as an entity, and no other', () => {
    const registry = new IdRegistry();
    const ids = Array.from({ length: 200_000 }, (_, i) => `pos:gen-${String(i).padStart(8, '0')}`);
    expect(ids.filter((id, i) => registry.define(id, 'Position', 'a.json', i).status !== 'new')).toEqual([]);
    expect(registry.suspectHashes()).toEqual(new Set());
    registry.define(ids[123_456]!, 'Position', 'b.json', 0);
    registry.define(ids[7]!, 'Term', 'b.json', 1);
    registry.define('term:only-an-entity', 'Term', 'b.json', 2);
    expect(registry.suspectHashes()).toEqual(new Set([hash52(ids[123_456]!), hash52(ids[7]!)]));
    expect(registry.define(ids[7]!, 'Position', 'c.json', 0)).toEqual({ status: 'duplicate', previous: { kind: 'Term', file: 'b.json', index: 1 } });
  });

  it('hashes to distinct, non-zero, exactly representable numbers', () => {
    const hashes = new Set(Array.from({ length: 100_000 }, (_, i) => hash52(`src:${i}`)));
    expect(hashes.size).toBe(100_000);
    for (const h of hashes) expect(Number.isSafeInteger(h) && h > 0).toBe(true);
  });
});
