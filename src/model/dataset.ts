import { z } from 'zod';
import { parsePartialDate } from './dates.js';
import { EVENT_KINDS, INSTITUTION_KINDS, type NodeKind, POSITION_STATUSES, STANCES } from './vocabulary.js';

/**
 * The curated dataset format (YAML or JSON). `docs/dataset-format.md` describes it for editors and
 * `schemas/dataset.schema.json` is generated from this file (`npm run schema:dataset`).
 */

export const ID_PATTERN = /^[a-z][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9._~:-]*$/;

const id = z
  .string()
  .regex(ID_PATTERN, 'expected an id such as "person:volodymyr-zelenskyy" (prefix, colon, letters, digits, - . _ ~ :)')
  .max(200);

const text = z.string().trim().min(1, 'must not be empty');

/** YAML reads a bare 2025 as a number; a date is still meant. */
const partialDate = z.union([z.string(), z.number().int()]).transform((v, ctx) => {
  const parsed = parsePartialDate(String(v));
  if (typeof parsed === 'string') {
    ctx.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed.value;
});

/** Enum values are stored upper-case; editors may write them in either case. */
const upperEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.enum(values, {
    error: (issue) => `expected one of ${values.join(', ')}, got ${JSON.stringify(issue.input)}`,
  }));

const aliases = z.array(text).default([]);
const wikidata = z.string().regex(/^Q\d+$/, 'expected a Wikidata QID such as Q212').optional();

/** A citation: a source id, or a reference number in the document the claim was reported in. */
const sourceRef = z.union([id, z.number().int().positive()]);

export const sourceSchema = z.strictObject({
  id,
  url: text,
  publisher: text.optional(),
  title: text.optional(),
  publishedAt: partialDate.optional(),
  retrievedAt: partialDate.optional(),
});

export const documentSchema = z.strictObject({
  id,
  title: text,
  url: text.optional(),
  author: text.optional(),
  publisher: text.optional(),
  publishedAt: partialDate.optional(),
  /** The document's numbered reference list: number → source id. */
  citations: z.record(z.string().regex(/^\d+$/, 'citation numbers are whole numbers'), id).default({}),
});

export const institutionSchema = z.strictObject({
  id,
  name: text,
  kind: upperEnum(INSTITUTION_KINDS),
  aliases,
  description: text.optional(),
  wikidata,
  memberOf: z.array(id).default([]),
  partOf: z.array(id).default([]),
});

export const affiliationSchema = z.strictObject({
  institution: id,
  role: text,
  from: partialDate.optional(),
  until: partialDate.optional(),
});

export const personSchema = z.strictObject({
  id,
  name: text,
  aliases,
  description: text.optional(),
  wikidata,
  affiliations: z.array(affiliationSchema).default([]),
});

export const termSchema = z.strictObject({
  id,
  label: text,
  aliases,
  description: text.optional(),
  category: text.optional(),
});

export const proposalSchema = z.strictObject({
  id,
  name: text,
  description: text.optional(),
  /** Versions of one plan share a family; `revises` links a version to the one before. */
  family: text.optional(),
  version: z.number().int().positive().optional(),
  date: partialDate.optional(),
  revises: id.optional(),
  authors: z.array(id).default([]),
  terms: z.array(id).default([]),
  document: id.optional(),
  sources: z.array(sourceRef).default([]),
});

export const eventSchema = z.strictObject({
  id,
  name: text,
  kind: upperEnum(EVENT_KINDS),
  place: text.optional(),
  date: partialDate.optional(),
  description: text.optional(),
  participants: z.array(id).default([]),
  document: id.optional(),
  sources: z.array(sourceRef).default([]),
});

export const positionSchema = z.strictObject({
  /** Optional: when absent, a stable id is derived from holder, term, stance, date and document. */
  id: id.optional(),
  holder: id,
  term: id,
  stance: upperEnum(STANCES),
  date: partialDate.optional(),
  until: partialDate.optional(),
  quote: text.optional(),
  confidence: z.number().min(0, 'confidence is between 0 and 1').max(1, 'confidence is between 0 and 1').default(1),
  status: upperEnum(POSITION_STATUSES).default('CURATED'),
  document: id.optional(),
  event: id.optional(),
  note: text.optional(),
  sources: z.array(sourceRef).min(1, 'a position needs at least one source'),
});

export const datasetSchema = z.strictObject({
  dataset: z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a slug such as "ukraine-peace-talks-2025"'),
    title: text,
    description: text.optional(),
  }),
  sources: z.array(sourceSchema).default([]),
  documents: z.array(documentSchema).default([]),
  institutions: z.array(institutionSchema).default([]),
  persons: z.array(personSchema).default([]),
  terms: z.array(termSchema).default([]),
  proposals: z.array(proposalSchema).default([]),
  events: z.array(eventSchema).default([]),
  positions: z.array(positionSchema).default([]),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type DocumentRecord = z.infer<typeof documentSchema>;
export type InstitutionRecord = z.infer<typeof institutionSchema>;
export type PersonRecord = z.infer<typeof personSchema>;
export type TermRecord = z.infer<typeof termSchema>;
export type ProposalRecord = z.infer<typeof proposalSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type PositionRecord = z.infer<typeof positionSchema>;

/** Each section of a dataset and the kind of node its records become, in write order. */
export const DATASET_SECTIONS = [
  ['sources', 'Source'],
  ['documents', 'Document'],
  ['institutions', 'Institution'],
  ['persons', 'Person'],
  ['terms', 'Term'],
  ['proposals', 'Proposal'],
  ['events', 'Event'],
  ['positions', 'Position'],
] as const satisfies readonly (readonly [Exclude<keyof Dataset, 'dataset'>, NodeKind])[];
