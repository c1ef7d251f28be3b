import { parseArticle } from './parse.js';
import type { Extraction } from './schema.js';
import { articleSourceId, documentIdFor, sourceIdForUrl } from './sources.js';
import { Discourse } from './stances/discourse.js';
import { type Candidate, readSentence } from './stances/sentence.js';
import type { Entity } from './stakeholders/registry.js';
import { Registry } from './stakeholders/registry.js';
import { TermRegistry } from './terms/registry.js';
import { hash } from './text/ids.js';
import type { KnownStakeholder, KnownTerm, ParsedArticle, Sentence } from './types.js';

export interface ExtractOptions {
  /** The article's URL, when the caller knows it better than the text does. */
  url?: string;
  /** Overrides the extractor name recorded with the article (the LLM extractor sets its own). */
  extractor?: string;
}

/**
 * The rule extractor: pure, offline and deterministic. Parses the article, reads every sentence for
 * stance cues, resolves holders and terms against what the graph knows (`knownStakeholders`,
 * `knownTerms`) and the built-in lexicon, and returns claims with their evidence and sources.
 * ingestArticle validates the result with validateExtraction (schema.ts) like an LLM's, before writing.
 */
export function extractArticle(text: string, knownStakeholders: readonly KnownStakeholder[] = [], knownTerms: readonly KnownTerm[] = [], options: ExtractOptions = {}): Extraction {
  const parsed = parseArticle(text);
  const registry = new Registry(knownStakeholders);
  const terms = new TermRegistry(knownTerms);
  const discourse = new Discourse(registry.docAcronyms);
  const found: { sentence: Sentence; candidates: Candidate[] }[] = [];
  if (!parsed.problems.some((p) => p.severity === 'error')) {
    for (const sentence of parsed.sentences) {
      const candidates = readSentence(sentence, parsed.analysis, registry, terms, discourse);
      if (candidates.length) found.push({ sentence, candidates: settle(candidates) });
    }
  }
  return assemble(parsed, found, registry, terms, options);
}

/** One claim per holder, term and stance in a sentence; a holder on both sides of a term there is dropped. */
export function settle(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.holder.id} ${c.term.id} ${c.stance}`;
    if ((best.get(key)?.confidence ?? -1) < c.confidence) best.set(key, c);
  }
  const side = (c: Candidate) => (c.stance === 'OPPOSED' ? 'against' : 'for');
  const all = [...best.values()];
  return all.filter((c) => !all.some((o) => o.holder === c.holder && o.term.id === c.term.id && side(o) !== side(c)));
}

export function assemble(parsed: ParsedArticle, found: { sentence: Sentence; candidates: Candidate[] }[], registry: Registry, terms: TermRegistry, options: ExtractOptions): Extraction {
  const contentHash = hash(parsed.text);
  const url = options.url ?? parsed.meta.url;
  const title = parsed.meta.title ?? 'Untitled article';
  const sources = new Map<string, Extraction['sources'][number]>();
  const addSource = (s: Extraction['sources'][number]) => {
    const taken = sources.get(s.id);
    if (taken && taken.url !== s.url) s = { ...s, id: `${s.id}-${hash(s.url, 6).toLowerCase().replace(/[^a-z0-9]/g, 'x')}` };
    if (!sources.has(s.id)) sources.set(s.id, s);
    return sources.get(s.id)!.id;
  };
  const byNumber = new Map<number, string>();
  for (const r of parsed.references) {
    const sourceUrl = r.url || `urn:stancegraph:reference:${contentHash}:${r.number}`;
    const id = r.url ? sourceIdForUrl(r.url) : `src:ref-${hash([contentHash, r.number], 12).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`;
    byNumber.set(r.number, addSource({ id, url: sourceUrl, number: r.number, isArticle: false, ...(r.title ? { title: r.title } : {}), ...(r.publisher ? { publisher: r.publisher } : {}) }));
  }
  const self = articleSourceId(url, contentHash);
  let selfId: string | undefined;

  const stakeholders = new Map<string, Entity>();
  const positions: Extraction['positions'] = [];
  for (const { sentence, candidates } of found) {
    const cited = sentence.citations.map((n) => byNumber.get(n)).filter((x): x is string => !!x);
    for (const link of sentence.links) cited.push(addSource({ id: sourceIdForUrl(link), url: link, isArticle: false }));
    if (cited.length === 0) cited.push((selfId ??= addSource({ id: self.id, url: self.url, title, isArticle: true })));
    for (const c of candidates) {
      stakeholders.set(c.holder.id, c.holder);
      positions.push({
        id: `pos:ext-${hash([contentHash, sentence.start, sentence.end, c.holder.id, c.term.id, c.stance], 16)}`,
        holderId: c.holder.id,
        termId: c.term.id,
        stance: c.stance,
        quote: parsed.text.slice(sentence.start, sentence.end),
        evidenceStart: sentence.start,
        evidenceEnd: sentence.end,
        sentence: sentence.index,
        citations: sentence.citations.filter((n) => byNumber.has(n)),
        sourceIds: [...new Set(cited)],
        confidence: c.confidence,
        ...(parsed.meta.date ? { date: parsed.meta.date } : {}),
        note: c.note,
      });
    }
  }
  for (const e of [...stakeholders.values()]) {
    const affiliation = e.affiliation ? registry.entities.get(e.affiliation) : undefined;
    if (affiliation && affiliation.origin !== 'graph') stakeholders.set(affiliation.id, affiliation);
  }
  const labels = new Map<string, string>();
  for (const f of found) for (const c of f.candidates) if (!labels.has(c.term.id)) labels.set(c.term.id, c.term.label);
  return {
    article: {
      id: documentIdFor(url, title, parsed.meta.date),
      title,
      contentHash,
      extractor: options.extractor ?? 'rules@1',
      ...(parsed.meta.date ? { date: parsed.meta.date } : {}),
      ...(parsed.meta.author ? { author: parsed.meta.author } : {}),
      ...(url ? { url } : {}),
      ...(parsed.meta.publisher ? { publisher: parsed.meta.publisher } : {}),
    },
    sources: [...sources.values()],
    stakeholders: [...stakeholders.values()].map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: [...e.aliases].filter((a) => a !== e.name),
      isNew: e.origin !== 'graph',
      ...(e.institutionKind ? { institutionKind: e.institutionKind } : {}),
      ...(e.role ? { role: e.role } : {}),
      ...(e.affiliation ? { affiliation: e.affiliation } : {}),
      ...(e.partOf ? { partOf: e.partOf } : {}),
    })),
    terms: [...new Set(positions.map((p) => p.termId))].map((id) => {
      const created = terms.created.get(id);
      return { id, label: created?.label ?? labels.get(id) ?? id, aliases: created?.aliases ?? [], isNew: !!created };
    }),
    positions,
    problems: parsed.problems,
    stats: { bytes: Buffer.byteLength(parsed.text), sentences: parsed.sentences.length, references: parsed.references.length },
  };
}

