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
  for (const place of datelinePlaces(parsed)) registry.places.add(place);
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

/**
 * "KALNUPE, Latvia, Nov 4 (…) -": the city of the dateline. "Kalnupe Free Port Authority" is later "the authority", never
 * "Kalnupe": had the graph learnt that short name, the dateline would name the authority when the article comes again.
 */
function datelinePlaces(parsed: ParsedArticle): string[] {
  const first = parsed.sentences.find((s) => !s.heading);
  const m = first ? DATELINE_PLACE.exec(parsed.analysis.slice(first.start, first.end)) : null;
  return m ? m[1]!.toLowerCase().split(/[ -]/) : [];
}
const DATELINE_PLACE = /^\s*(\p{Lu}{3,}(?:[ -]\p{Lu}{3,})*)\s*[,—–-]/u;

/** One claim per holder, term and stance in a sentence; a holder on both sides of a term there is dropped. */
export function settle(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.holder.id} ${c.term.id} ${c.stance}`;
    if ((best.get(key)?.confidence ?? -1) < c.confidence) best.set(key, c);
  }
  const all = [...best.values()];
  const out: Candidate[] = [];
  for (const c of all) if (!conflicts(all, c)) out.push(c);
  return out;
}

const side = (c: Candidate) => (c.stance === 'OPPOSED' ? 'against' : 'for');

/** Does the same holder take the other side of c's term in this sentence? */
function conflicts(all: readonly Candidate[], c: Candidate): boolean {
  for (const o of all) if (o.holder === c.holder && o.term.id === c.term.id && side(o) !== side(c)) return true;
  return false;
}

type Source = Extraction['sources'][number];
type Position = Extraction['positions'][number];

/*
 * assemble runs once per article, so V8 optimises its loops on the stack (OSR), and that code does not
 * outlive the article: with everything inline it was recompiled, at some cost, for every article.
 * The per-sentence and per-claim work lives in module-level functions, whose optimised code stays.
 */

/** Adds a source (an id taken by another URL gets a suffix); returns the id it is known by. */
function addSource(sources: Map<string, Source>, s: Source): string {
  const taken = sources.get(s.id);
  if (taken && taken.url !== s.url) s = { ...s, id: `${s.id}-${hash(s.url, 6).toLowerCase().replace(/[^a-z0-9]/g, 'x')}` };
  if (!sources.has(s.id)) sources.set(s.id, s);
  return sources.get(s.id)!.id;
}

/** Sources a sentence cites: its reference numbers, then its links (added as sources on the way). */
function citedSources(sentence: Sentence, byNumber: ReadonlyMap<number, string>, sources: Map<string, Source>): string[] {
  const cited: string[] = [];
  for (const n of sentence.citations) {
    const id = byNumber.get(n);
    if (id) cited.push(id);
  }
  for (const link of sentence.links) cited.push(addSource(sources, { id: sourceIdForUrl(link), url: link, isArticle: false }));
  return cited;
}

interface PositionContext {
  contentHash: string;
  text: string;
  date: string | undefined;
  byNumber: ReadonlyMap<number, string>;
}

function pushPositions(ctx: PositionContext, sentence: Sentence, candidates: readonly Candidate[], cited: readonly string[], stakeholders: Map<string, Entity>, positions: Position[]): void {
  // The same for every claim of the sentence: worked out once, copied per position.
  const citations: number[] = [];
  for (const n of sentence.citations) if (ctx.byNumber.has(n)) citations.push(n);
  const sourceIds = [...new Set(cited)];
  const quote = ctx.text.slice(sentence.start, sentence.end);
  for (const c of candidates) {
    stakeholders.set(c.holder.id, c.holder);
    positions.push(position(ctx, sentence, c, quote, citations.slice(), sourceIds.slice()));
  }
}

function position(ctx: PositionContext, sentence: Sentence, c: Candidate, quote: string, citations: number[], sourceIds: string[]): Position {
  const id = `pos:ext-${hash([ctx.contentHash, sentence.start, sentence.end, c.holder.id, c.term.id, c.stance], 16)}`;
  const { start, end, index } = sentence;
  // Two literals rather than a spread of the optional date: the same keys in the same order.
  return ctx.date
    ? { id, holderId: c.holder.id, termId: c.term.id, stance: c.stance, quote, evidenceStart: start, evidenceEnd: end, sentence: index, citations, sourceIds, confidence: c.confidence, date: ctx.date, note: c.note }
    : { id, holderId: c.holder.id, termId: c.term.id, stance: c.stance, quote, evidenceStart: start, evidenceEnd: end, sentence: index, citations, sourceIds, confidence: c.confidence, note: c.note };
}

export function assemble(parsed: ParsedArticle, found: { sentence: Sentence; candidates: Candidate[] }[], registry: Registry, terms: TermRegistry, options: ExtractOptions): Extraction {
  const contentHash = hash(parsed.text);
  const url = options.url ?? parsed.meta.url;
  const title = parsed.meta.title ?? 'Untitled article';
  const sources = new Map<string, Source>();
  const byNumber = new Map<number, string>();
  for (const r of parsed.references) {
    const sourceUrl = r.url || `urn:stancegraph:reference:${contentHash}:${r.number}`;
    const id = r.url ? sourceIdForUrl(r.url) : `src:ref-${hash([contentHash, r.number], 12).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`;
    byNumber.set(r.number, addSource(sources, { id, url: sourceUrl, number: r.number, isArticle: false, ...(r.title ? { title: r.title } : {}), ...(r.publisher ? { publisher: r.publisher } : {}) }));
  }
  const self = articleSourceId(url, contentHash);
  let selfId: string | undefined;

  const stakeholders = new Map<string, Entity>();
  const positions: Position[] = [];
  const ctx: PositionContext = { contentHash, text: parsed.text, date: parsed.meta.date, byNumber };
  for (const { sentence, candidates } of found) {
    const cited = citedSources(sentence, byNumber, sources);
    if (cited.length === 0) cited.push((selfId ??= addSource(sources, { id: self.id, url: self.url, title, isArticle: true })));
    pushPositions(ctx, sentence, candidates, cited, stakeholders, positions);
  }
  for (const e of [...stakeholders.values()]) {
    const affiliation = e.affiliation ? registry.entities.get(e.affiliation) : undefined;
    if (affiliation && affiliation.origin !== 'graph') stakeholders.set(affiliation.id, affiliation);
  }
  const ambiguous = sharedShortNames(registry);
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
      aliases: [...e.aliases].filter((a) => a !== e.name && !(e.origin !== 'graph' && ambiguous.has(a))),
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

/**
 * One-word short names that two bodies new to the graph share, or that open another new body's name
 * ("Halden" for the Halden Valley teachers' union and parents' group): in this article the word meant
 * whichever was named last, but the graph would keep it, and a later article would resolve it to either.
 */
function sharedShortNames(registry: Registry): Set<string> {
  const owners = new Map<string, number>();
  for (const e of registry.entities.values()) {
    if (e.origin === 'graph') continue;
    const first = e.kind === 'Institution' && e.name.includes(' ') ? e.name.slice(0, e.name.indexOf(' ')) : undefined;
    const short = new Set([...e.aliases].filter((a) => !a.includes(' ') && a !== a.toUpperCase()));
    if (first && first !== first.toUpperCase()) short.add(first);
    for (const a of short) owners.set(a, (owners.get(a) ?? 0) + 1);
  }
  return new Set([...owners].filter(([, n]) => n > 1).map(([a]) => a));
}
