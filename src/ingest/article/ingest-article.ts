import fs from 'node:fs';
import type { Database } from '../../db/database.js';
import { InputProblemsError, type Problem } from '../problems.js';
import { readTextInput } from '../read-input.js';
import { extractArticle } from './extract.js';
import { alignWithGraph, loadKnown } from './graph.js';
import { DEFAULT_MAX_ARTICLE_BYTES, sizeProblem } from './limits.js';
import type { LlmConfig } from './llm/config.js';
import { extractArticleWithLlm } from './llm/extract.js';
import { articleRows } from './rows.js';
import { type Extraction, validateExtraction } from './schema.js';
import { type PositionCounts, emptyPositionCounts, previewArticleRows, writeArticleRows } from './write.js';

/**
 * Ingests one news article (plain text or Markdown) as reviewable claims: extracts, validates,
 * aligns with the graph, and writes everything in one transaction. Problems that make the article
 * unusable (empty, binary, over the size limit, no prose) throw InputProblemsError before anything is
 * written; warnings (missing references, no date) come back in the report. Re-ingesting an article
 * removes, in the same transaction, the extracted and never-reviewed claims of the earlier run that
 * this run no longer yields. Configuration (the LLM endpoint, the size limit) comes from
 * `Config['articles']` (src/config.ts); nothing here reads the environment.
 */
export interface ArticleIngestInput {
  /** For messages (file:line) and the CLI; the text is what is ingested. */
  file?: string;
  text: string;
  url?: string;
  dryRun?: boolean;
  /** 'rules' (default, offline) or 'llm' (needs `llm`: `config.articles.llm`). */
  extractor?: 'rules' | 'llm';
  llm?: LlmConfig | undefined;
  /** `config.articles.maxBytes`; DEFAULT_MAX_ARTICLE_BYTES when not given. */
  maxBytes?: number;
}

export interface ArticleIngestReport {
  file?: string;
  documentId: string;
  title: string;
  date?: string;
  extractor: string;
  dryRun: boolean;
  sentences: number;
  references: number;
  created: { stakeholders: string[]; terms: string[]; sources: string[] };
  /** Stale claims of an earlier run of this article, and the nodes only they used, removed with them (on a dry run: what would be). */
  removed: { positions: string[]; stakeholders: string[]; terms: string[]; sources: string[] };
  positions: PositionCounts & { extracted: number };
  /** Ids of the extracted positions (written or not), for review links. */
  positionIds: string[];
  warnings: Problem[];
}

const where = (input: { file?: string }) => input.file ?? '<article>';

export async function ingestArticle(db: Database, input: ArticleIngestInput): Promise<ArticleIngestReport> {
  const file = where(input);
  const limit = input.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const tooBig = sizeProblem(Buffer.byteLength(input.text), limit);
  if (tooBig) throw new InputProblemsError([{ file, message: tooBig }]);

  const known = await loadKnown(db);
  const extracted: Extraction =
    input.extractor === 'llm'
      ? await extractArticleWithLlm(input.text, known.stakeholders, known.terms, requireLlm(input.llm), input.url ? { url: input.url } : {})
      : extractArticle(input.text, known.stakeholders, known.terms, input.url ? { url: input.url } : {});
  const invalid = validateExtraction(extracted, input.text).errors;
  if (invalid.length) throw new InputProblemsError(invalid.slice(0, 20).map((message) => ({ file, message: `extraction is invalid: ${message}` })));
  const problems = extracted.problems.map((p): Problem => ({ file, ...(p.line ? { line: p.line } : {}), ...(p.column ? { column: p.column } : {}), message: p.message }));
  const errors = extracted.problems.map((p, i) => [p, problems[i]!] as const).filter(([p]) => p.severity === 'error').map(([, q]) => q);
  if (errors.length) throw new InputProblemsError(errors);

  const { extraction, existing } = await alignWithGraph(db, extracted);
  const rows = articleRows(extraction);
  const result = input.dryRun ? await previewArticleRows(db, rows) : await writeArticleRows(db, rows);
  const created = (ids: string[]) => ids.filter((id) => !existing.has(id));
  return {
    ...(input.file ? { file: input.file } : {}),
    documentId: extraction.article.id,
    title: extraction.article.title,
    ...(extraction.article.date ? { date: extraction.article.date } : {}),
    extractor: extraction.article.extractor,
    dryRun: !!input.dryRun,
    sentences: extraction.stats.sentences,
    references: extraction.stats.references,
    created: {
      stakeholders: created(rows.institutions.concat(rows.persons).map((r) => r.id)),
      terms: created(rows.terms.map((r) => r.id)),
      sources: created(rows.sources.map((r) => r.id)),
    },
    removed: result.removed,
    positions: { ...emptyPositionCounts(), ...result.counts, extracted: extraction.positions.length },
    positionIds: extraction.positions.map((p) => p.id),
    warnings: problems.filter((_, i) => extracted.problems[i]!.severity === 'warning'),
  };
}

function requireLlm(config: LlmConfig | undefined): LlmConfig {
  if (!config) throw new InputProblemsError([{ file: '<config>', message: 'the LLM extractor is off: set EXTRACTOR_LLM_URL and EXTRACTOR_LLM_MODEL' }]);
  return config;
}

/**
 * Reads an article file and ingests it. The size is checked before the file is read, so a 20 MB
 * file is refused at once; empty and binary files are refused by readTextInput.
 */
export async function ingestArticleFile(db: Database, file: string, options: Omit<ArticleIngestInput, 'file' | 'text'> = {}): Promise<ArticleIngestReport> {
  const limit = options.maxBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const tooBig = sizeProblem(fs.statSync(file).size, limit);
  if (tooBig) throw new InputProblemsError([{ file, message: tooBig }]);
  const read = readTextInput(file);
  if ('problem' in read) throw new InputProblemsError([read.problem]);
  return ingestArticle(db, { ...options, file, text: read.text, maxBytes: limit });
}

/** One line for the CLI. */
export function summarizeArticle(r: ArticleIngestReport): string {
  const p = r.positions;
  const head = `${r.file ?? r.documentId}: ${r.extractor}, ${r.sentences} sentences, ${r.references} references, ${p.extracted} claims`;
  const verb = r.dryRun ? 'would write' : 'written';
  const changed = p.created + p.updated + p.removed + r.created.stakeholders.length + r.created.terms.length + r.created.sources.length > 0;
  const removedNodes = r.removed.stakeholders.length + r.removed.terms.length + r.removed.sources.length;
  const tail = `${changed ? verb : 'no changes'}: ${p.created} new, ${p.updated} updated, ${p.unchanged} unchanged, ${p.keptReviewed} kept (reviewed), ${p.coveredByCurated} already curated, ` +
    `${p.removed} ${r.dryRun ? 'would be ' : ''}removed (no longer extracted); ` +
    `new stakeholders ${r.created.stakeholders.length}, terms ${r.created.terms.length}, sources ${r.created.sources.length}` +
    (removedNodes ? `; removed with them: stakeholders ${r.removed.stakeholders.length}, terms ${r.removed.terms.length}, sources ${r.removed.sources.length}` : '');
  return `${head}; ${tail}${r.warnings.length ? `; ${r.warnings.length} warning(s)` : ''}`;
}
