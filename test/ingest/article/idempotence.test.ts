import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/article/extract.js';
import { articlesDir, example } from './fixtures.js';

/**
 * Re-ingesting an article must give the same position ids even though the graph now also holds the
 * stakeholders and terms the first run created: what a run writes must not change how the next run reads.
 */
const articles = fs.readdirSync(articlesDir).filter((f) => /\.(?:md|txt)$/.test(f));

describe('extraction against its own output', () => {
  it.each(articles)('%s gives the same claims the second time', (name) => {
    const text = fs.readFileSync(path.join(articlesDir, name), 'utf8');
    const first = extractArticle(text, example.stakeholders, example.terms);
    const known = [
      ...example.stakeholders.filter((k) => !first.stakeholders.some((s) => s.id === k.id)),
      ...first.stakeholders.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases, kind: s.kind, institutionKind: s.institutionKind ?? null })),
    ];
    const terms = [...example.terms, ...first.terms.filter((t) => t.isNew).map((t) => ({ id: t.id, label: t.label, aliases: t.aliases }))];
    const second = extractArticle(text, known, terms);
    expect(second.positions.map((p) => p.id).sort()).toEqual(first.positions.map((p) => p.id).sort());
    expect(second.terms.filter((t) => t.isNew)).toEqual([]);
  });
});
