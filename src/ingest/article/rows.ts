import { parsePartialDate } from '../../model/dates.js';
import type { Extraction } from './schema.js';
import { hash } from './text/ids.js';

/**
 * The rows the article writer sends, one UNWIND query per kind. Nodes the extractor creates carry
 * `origin: 'EXTRACTED'` (so reviewers can find stakeholders and terms the extractor invented) and a
 * `contentHash` over their properties and relationships, as dataset rows do.
 */
export interface ArticleRow {
  id: string;
  props: Record<string, unknown>;
  [relationship: string]: unknown;
}

export interface ArticleRows {
  sources: ArticleRow[];
  document: ArticleRow[];
  institutions: ArticleRow[];
  persons: ArticleRow[];
  terms: ArticleRow[];
  positions: ArticleRow[];
  /** Every stakeholder, term and source the extraction names, new or not: never removed as orphans on re-ingest. */
  mentioned: string[];
}

function row(id: string, props: Record<string, unknown>, rels: Record<string, unknown> = {}): ArticleRow {
  const clean = Object.fromEntries(Object.entries({ ...props, id }).filter(([, v]) => v !== undefined && v !== null));
  return { id, ...rels, props: { ...clean, contentHash: hash([clean, rels]) } };
}

function period(date: string | undefined) {
  const d = date ? parsePartialDate(date) : undefined;
  if (!d || typeof d === 'string') return {};
  return { date: d.value, datePrecision: d.precision, dateFrom: d.first, dateTo: d.last };
}

export function articleRows(x: Extraction): ArticleRows {
  const origin = 'EXTRACTED';
  const a = x.article;
  return {
    sources: x.sources.map((s) => row(s.id, { url: s.url, title: s.title, publisher: s.publisher, retrievedAt: a.date, origin })),
    document: [
      row(a.id, { title: a.title, url: a.url, author: a.author, publisher: a.publisher, publishedAt: a.date, articleHash: a.contentHash, origin }, {
        citations: x.sources.filter((s) => s.number !== undefined).map((s) => ({ number: s.number, source: s.id })),
      }),
    ],
    institutions: x.stakeholders.filter((s) => s.isNew && s.kind === 'Institution').map((s) =>
      row(s.id, { name: s.name, kind: s.institutionKind ?? 'OTHER', aliases: s.aliases, origin }, { partOf: s.partOf ?? null })),
    persons: x.stakeholders.filter((s) => s.isNew && s.kind === 'Person').map((s) =>
      row(s.id, { name: s.name, aliases: s.aliases, description: s.role, origin }, { affiliation: s.affiliation ?? null, role: s.role ?? 'unknown' })),
    terms: x.terms.filter((t) => t.isNew).map((t) => row(t.id, { label: t.label, aliases: t.aliases, origin })),
    positions: x.positions.map((p) =>
      row(p.id, {
        stance: p.stance,
        ...period(p.date),
        quote: p.quote,
        evidenceStart: p.evidenceStart,
        evidenceEnd: p.evidenceEnd,
        confidence: p.confidence,
        status: 'EXTRACTED',
        note: p.note,
        extractor: a.extractor,
      }, { holder: p.holderId, term: p.termId, sources: p.sourceIds, document: a.id })),
    mentioned: [...new Set([...x.stakeholders.map((s) => s.id), ...x.terms.map((t) => t.id), ...x.sources.map((s) => s.id)])],
  };
}
