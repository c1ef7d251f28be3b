import { z } from 'zod';
import { STANCES } from '../../../model/vocabulary.js';
import { assemble, settle } from '../extract.js';
import { parseArticle } from '../parse.js';
import { type Extraction, validateExtraction } from '../schema.js';
import type { Candidate } from '../stances/sentence.js';
import { Registry } from '../stakeholders/registry.js';
import { TermRegistry } from '../terms/registry.js';
import { contentStems } from '../text/normalise.js';
import { tokenize } from '../text/tokens.js';
import type { KnownStakeholder, KnownTerm, Sentence } from '../types.js';
import { LlmError, chatCompletion } from './client.js';
import type { LlmConfig } from './config.js';
import { SYSTEM_PROMPT, userPrompt } from './prompt.js';

/** What the model must return; anything else is refused before it is mapped. */
export const llmOutputSchema = z.object({
  claims: z.array(z.object({
    sentence: z.number().int().nonnegative(),
    holder: z.string().trim().min(1).max(200),
    holderKind: z.enum(['Person', 'Institution']).optional(),
    stance: z.enum(STANCES),
    term: z.string().trim().min(1).max(300),
    confidence: z.number().min(0).max(1).optional(),
  })).max(5_000),
});

/**
 * The optional extractor: asks an OpenAI-compatible model for claims, then maps them through the
 * same parse, stakeholder and term resolution and the same validation as the rule extractor.
 */
export async function extractArticleWithLlm(text: string, known: readonly KnownStakeholder[], knownTerms: readonly KnownTerm[], config: LlmConfig, options: { url?: string } = {}): Promise<Extraction> {
  const parsed = parseArticle(text);
  if (parsed.problems.some((p) => p.severity === 'error')) {
    return assemble(parsed, [], new Registry(known), new TermRegistry(knownTerms), { ...options, extractor: `llm:${config.model}` });
  }
  const content = await chatCompletion(config, [{ role: 'system', content: SYSTEM_PROMPT }, { role: 'user', content: userPrompt(parsed) }]);
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\s*```(?:json)?\s*|\s*```\s*$/g, ''));
  } catch {
    throw new LlmError('the LLM answer is not JSON');
  }
  const output = llmOutputSchema.safeParse(json);
  if (!output.success) throw new LlmError(`the LLM answer does not have the expected shape: ${output.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);

  const registry = new Registry(known);
  const terms = new TermRegistry(knownTerms);
  const bySentence = new Map<number, { sentence: Sentence; candidates: Candidate[] }>();
  for (const claim of output.data.claims) {
    const sentence = parsed.sentences[claim.sentence];
    if (!sentence) throw new LlmError(`the LLM answer cites sentence ${claim.sentence}, which the article does not have`);
    const tokens = tokenize(claim.holder);
    const match = registry.match(tokens, 0);
    const holder = match && match.end === tokens.length ? match.entity : registry.introduce(claim.holder, claim.holderKind ?? 'Institution');
    registry.seen(holder, claim.holder);
    const { term, isNew } = terms.resolve(claim.term, contentStems(claim.term));
    const entry = bySentence.get(sentence.index) ?? { sentence, candidates: [] };
    entry.candidates.push({ holder, term, termIsNew: isNew, stance: claim.stance, confidence: claim.confidence ?? 0.7, note: `LLM ${config.model}` });
    bySentence.set(sentence.index, entry);
  }
  const found = [...bySentence.values()].sort((a, b) => a.sentence.index - b.sentence.index).map((f) => ({ ...f, candidates: settle(f.candidates) }));
  const extraction = assemble(parsed, found, registry, terms, { ...options, extractor: `llm:${config.model}` });
  const { errors } = validateExtraction(extraction, text);
  if (errors.length) throw new LlmError(`the LLM extraction failed validation: ${errors.slice(0, 3).join('; ')}`);
  return extraction;
}
