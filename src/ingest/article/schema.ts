import { z } from 'zod';
import { ID_PATTERN } from '../../model/dataset.js';
import { INSTITUTION_KINDS, STANCES } from '../../model/vocabulary.js';

/**
 * The output of every extractor (rules or LLM), validated the same way before anything is written:
 * ids are well formed, every position has a holder, a term and at least one source that the
 * extraction defines, and its quote is exactly the text at its offsets.
 */
const id = z.string().regex(ID_PATTERN).max(200);
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

export const extractionSchema = z.object({
  article: z.object({
    id,
    title: z.string().min(1),
    date: partialDate.optional(),
    author: z.string().optional(),
    url: z.string().optional(),
    publisher: z.string().optional(),
    contentHash: z.string().min(8),
    extractor: z.string().min(1),
  }),
  sources: z.array(z.object({
    id,
    url: z.string().min(1),
    title: z.string().optional(),
    publisher: z.string().optional(),
    number: z.number().int().positive().optional(),
    isArticle: z.boolean().default(false),
  })),
  stakeholders: z.array(z.object({
    id,
    name: z.string().min(1),
    kind: z.enum(['Person', 'Institution']),
    institutionKind: z.enum(INSTITUTION_KINDS).optional(),
    aliases: z.array(z.string()),
    isNew: z.boolean(),
    role: z.string().optional(),
    affiliation: id.optional(),
    partOf: id.optional(),
  })),
  terms: z.array(z.object({ id, label: z.string().min(1), aliases: z.array(z.string()), isNew: z.boolean() })),
  positions: z.array(z.object({
    id,
    holderId: id,
    termId: id,
    stance: z.enum(STANCES),
    quote: z.string().min(1),
    evidenceStart: z.number().int().nonnegative(),
    evidenceEnd: z.number().int().positive(),
    sentence: z.number().int().nonnegative(),
    citations: z.array(z.number().int().positive()),
    sourceIds: z.array(id).min(1, 'a position needs at least one source'),
    confidence: z.number().min(0).max(1),
    date: partialDate.optional(),
    note: z.string().optional(),
  })),
  problems: z.array(z.object({
    line: z.number().int().optional(),
    column: z.number().int().optional(),
    message: z.string(),
    severity: z.enum(['error', 'warning']),
  })),
  stats: z.object({ bytes: z.number().int(), sentences: z.number().int(), references: z.number().int() }),
});

export type Extraction = z.infer<typeof extractionSchema>;
export type ExtractedPosition = Extraction['positions'][number];

/** Validates an extraction against its article text; returns the messages of what is wrong. */
export function validateExtraction(value: unknown, text: string): { extraction?: Extraction; errors: string[] } {
  const parsed = extractionSchema.safeParse(value);
  if (!parsed.success) return { errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const x = parsed.data;
  const errors: string[] = [];
  const holders = new Set(x.stakeholders.map((s) => s.id));
  const terms = new Set(x.terms.map((t) => t.id));
  const sources = new Set(x.sources.map((s) => s.id));
  x.positions.forEach((p, i) => {
    if (!holders.has(p.holderId)) errors.push(`positions.${i}.holderId: ${p.holderId} is not among the stakeholders`);
    if (!terms.has(p.termId)) errors.push(`positions.${i}.termId: ${p.termId} is not among the terms`);
    for (const s of p.sourceIds) if (!sources.has(s)) errors.push(`positions.${i}.sourceIds: ${s} is not among the sources`);
    if (p.evidenceEnd <= p.evidenceStart || p.evidenceEnd > text.length) errors.push(`positions.${i}: evidence offsets ${p.evidenceStart}-${p.evidenceEnd} are outside the article`);
    else if (text.slice(p.evidenceStart, p.evidenceEnd) !== p.quote) errors.push(`positions.${i}.quote: does not match the article text at ${p.evidenceStart}-${p.evidenceEnd}`);
  });
  return errors.length ? { errors } : { extraction: x, errors };
}
