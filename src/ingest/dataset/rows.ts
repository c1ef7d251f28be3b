import { createHash } from 'node:crypto';
import { parsePartialDate } from '../../model/dates.js';
import { type Dataset, DATASET_SECTIONS, type PositionRecord } from '../../model/dataset.js';
import type { NodeKind } from '../../model/vocabulary.js';

/**
 * The rows one UNWIND query writes: `props` become the node's properties, the other fields its
 * relationships. `props.contentHash` covers both, so an unchanged row is recognised and skipped.
 */
export interface Row {
  id: string;
  props: Record<string, unknown>;
  [relationship: string]: unknown;
}

export type RowsByKind = Record<NodeKind, Row[]>;

/** The order in which kinds are written: what others point to comes first. */
export const WRITE_ORDER: NodeKind[] = DATASET_SECTIONS.map(([, kind]) => kind);

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);

/** A stable id for positions the editor did not name: the same claim always gets the same id. */
export function derivedPositionId(p: Pick<PositionRecord, 'holder' | 'term' | 'stance' | 'date' | 'document'>): string {
  return `pos:${hash([p.holder, p.term, p.stance, p.date ?? null, p.document ?? null]).slice(0, 16)}`;
}

export function positionIds(dataset: Dataset): string[] {
  return dataset.positions.map((p) => p.id ?? derivedPositionId(p));
}

/** Adds the period fields that date filters compare on. */
function period(date: string | undefined, until?: string) {
  if (!date) return { date: null, datePrecision: null, dateFrom: null, dateTo: null };
  const start = parsePartialDate(date);
  const end = until ? parsePartialDate(until) : start;
  if (typeof start === 'string' || typeof end === 'string') throw new Error(`unvalidated date ${date}`);
  return { date: start.value, datePrecision: start.precision, dateFrom: start.first, dateTo: end.last };
}

function row(id: string, props: Record<string, unknown>, rels: Record<string, unknown> = {}): Row {
  const clean = Object.fromEntries(Object.entries({ ...props, id }).filter(([, v]) => v !== undefined && v !== null));
  return { id, ...rels, props: { ...clean, contentHash: hash([clean, rels]) } };
}

export function toRows(dataset: Dataset): RowsByKind {
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  const sourceIds = (record: { document?: string | undefined; sources: (string | number)[] }) => [
    ...new Set(record.sources.map((s) => (typeof s === 'string' ? s : documents.get(record.document!)!.citations[String(s)]!))),
  ];
  const ids = positionIds(dataset);

  return {
    Source: dataset.sources.map((s) => row(s.id, { ...s })),
    Document: dataset.documents.map(({ citations, ...d }) =>
      row(d.id, d, { citations: Object.entries(citations).map(([number, source]) => ({ number: Number(number), source })) }),
    ),
    Institution: dataset.institutions.map(({ memberOf, partOf, ...inst }) => row(inst.id, inst, { memberOf, partOf })),
    Person: dataset.persons.map(({ affiliations, ...p }) =>
      row(p.id, p, { affiliations: affiliations.map((a) => ({ from: null, until: null, ...a })) }),
    ),
    Term: dataset.terms.map((t) => row(t.id, t)),
    Proposal: dataset.proposals.map(({ revises, authors, terms, document, sources, ...p }) =>
      row(p.id, { ...p, ...period(p.date) }, { revises: revises ?? null, authors, terms, document: document ?? null, sources: sourceIds({ document, sources }) }),
    ),
    Event: dataset.events.map(({ participants, document, sources, ...e }) =>
      row(e.id, { ...e, ...period(e.date) }, { participants, document: document ?? null, sources: sourceIds({ document, sources }) }),
    ),
    Position: dataset.positions.map(({ holder, term, document, event, sources, until, ...p }, i) =>
      row(ids[i]!, { ...p, until, ...period(p.date, until) }, { holder, term, document: document ?? null, event: event ?? null, sources: sourceIds({ document, sources }) }),
    ),
  };
}

export const NO_RECORDS: Dataset = { dataset: { id: 'edit', title: 'edit' }, sources: [], documents: [], institutions: [], persons: [], terms: [], proposals: [], events: [], positions: [] };

/** The row of a single position whose sources are ids, as API edits give them. */
export function positionRow(record: PositionRecord): Row {
  return toRows({ ...NO_RECORDS, positions: [record] }).Position[0]!;
}
