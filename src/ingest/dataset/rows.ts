import crypto from 'node:crypto';
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

/** The dataset section each kind's records are in. */
const SECTION_OF = Object.fromEntries(DATASET_SECTIONS.map(([section, kind]) => [kind, section])) as Record<NodeKind, (typeof DATASET_SECTIONS)[number][0]>;

// One-shot `crypto.hash` (Node ≥ 20.12) skips the Hash object per row; the digest is the same.
const sha256 = (text: string): string =>
  typeof crypto.hash === 'function' ? crypto.hash('sha256', text, 'base64url') : crypto.createHash('sha256').update(text).digest('base64url');
const hash = (value: unknown) => sha256(JSON.stringify(value)).slice(0, 22);

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

/**
 * `props` with `id` set (in its place when `props` has the key, else last) and without undefined
 * and null values; the key order is part of the content hash, so it must not change.
 */
function row(id: string, props: Record<string, unknown>, rels: Record<string, unknown> = {}): Row {
  const clean: Record<string, unknown> = {};
  for (const key of Object.keys(props)) {
    const value = key === 'id' ? id : props[key];
    if (value !== undefined && value !== null) clean[key] = value;
  }
  if (!Object.hasOwn(props, 'id')) clean.id = id;
  const contentHash = hash([clean, rels]);
  clean.contentHash = contentHash;
  return { id, ...rels, props: clean };
}

type SourceIds = (record: { document?: string | undefined; sources: (string | number)[] }) => string[];

/** The row of each kind's record at index `i` of its section. */
function rowMakers(dataset: Dataset): { [K in NodeKind]: (i: number) => Row } {
  let documents: Map<string, Dataset['documents'][number]> | undefined;
  const sourceIds: SourceIds = (record) => [
    ...new Set(
      record.sources.map((s) => {
        if (typeof s === 'string') return s;
        documents ??= new Map(dataset.documents.map((d) => [d.id, d]));
        return documents.get(record.document!)!.citations[String(s)]!;
      }),
    ),
  ];
  return {
    Source: (i) => {
      const s = dataset.sources[i]!;
      return row(s.id, { ...s });
    },
    Document: (i) => {
      const { citations, ...d } = dataset.documents[i]!;
      return row(d.id, d, { citations: Object.entries(citations).map(([number, source]) => ({ number: Number(number), source })) });
    },
    Institution: (i) => {
      const { memberOf, partOf, ...inst } = dataset.institutions[i]!;
      return row(inst.id, inst, { memberOf, partOf });
    },
    Person: (i) => {
      const { affiliations, ...p } = dataset.persons[i]!;
      return row(p.id, p, { affiliations: affiliations.map((a) => ({ from: null, until: null, ...a })) });
    },
    Term: (i) => {
      const t = dataset.terms[i]!;
      return row(t.id, t);
    },
    Proposal: (i) => {
      const { revises, authors, terms, document, sources, ...p } = dataset.proposals[i]!;
      return row(p.id, { ...p, ...period(p.date) }, { revises: revises ?? null, authors, terms, document: document ?? null, sources: sourceIds({ document, sources }) });
    },
    Event: (i) => {
      const { participants, document, sources, ...e } = dataset.events[i]!;
      return row(e.id, { ...e, ...period(e.date) }, { participants, document: document ?? null, sources: sourceIds({ document, sources }) });
    },
    Position: (i) => {
      const record = dataset.positions[i]!;
      const { holder, term, document, event, sources, until, ...p } = record;
      const id = record.id ?? derivedPositionId(record);
      return row(id, { ...p, until, ...period(p.date, until) }, { holder, term, document: document ?? null, event: event ?? null, sources: sourceIds({ document, sources }) });
    },
  };
}

/** How many records of `kind` the dataset holds. */
export const recordCount = (dataset: Dataset, kind: NodeKind): number => dataset[SECTION_OF[kind]].length;

/**
 * Builds a dataset's rows a slice at a time, so a large file's rows need not all exist at once:
 * `rows(kind, start, end)` are the rows of that kind's records `start` to `end` (exclusive).
 */
export function rowBuilder(dataset: Dataset): (kind: NodeKind, start: number, end: number) => Row[] {
  const makers = rowMakers(dataset);
  return (kind, start, end) => {
    const make = makers[kind];
    const rows: Row[] = new Array(Math.max(0, end - start));
    for (let i = start; i < end; i++) rows[i - start] = make(i);
    return rows;
  };
}

export function toRows(dataset: Dataset): RowsByKind {
  const rows = rowBuilder(dataset);
  return Object.fromEntries(WRITE_ORDER.map((kind) => [kind, rows(kind, 0, recordCount(dataset, kind))])) as RowsByKind;
}

export const NO_RECORDS: Dataset = { dataset: { id: 'edit', title: 'edit' }, sources: [], documents: [], institutions: [], persons: [], terms: [], proposals: [], events: [], positions: [] };

/** The row of a single position whose sources are ids, as API edits give them. */
export function positionRow(record: PositionRecord): Row {
  return toRows({ ...NO_RECORDS, positions: [record] }).Position[0]!;
}
