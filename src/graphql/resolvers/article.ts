import { requireRole } from '../../auth/roles.js';
import { BadInputError } from '../../errors.js';
import { ingestArticle } from '../../ingest/article/ingest-article.js';
import { InputProblemsError, formatProblem } from '../../ingest/problems.js';
import type { MutationResolvers, ResolversTypes } from '../generated/resolvers-types.js';
import { one } from '../loaders.js';

/** The `ingestArticle` mutation: the same extraction and writes as `stancegraph ingest article.txt`. */
export const ingestArticleResolver: MutationResolvers['ingestArticle'] = async (_, { text, url, dryRun, extractor }, ctx) => {
  requireRole(ctx.principal, 'editor');
  const report = await ingestArticle(ctx.db, {
    text,
    ...(url ? { url } : {}),
    dryRun: dryRun ?? false,
    extractor: extractor === 'LLM' ? 'llm' : 'rules',
    llm: ctx.config.articles.llm,
    maxBytes: ctx.config.articles.maxBytes,
  }).catch((error: unknown) => {
    if (error instanceof InputProblemsError) throw new BadInputError(error.problems.map(formatProblem).join('; '));
    throw error;
  });
  const stored = dryRun ? [] : await Promise.all(report.positionIds.map((id) => one(ctx.loaders.nodes, id)));
  const p = report.positions;
  return {
    document: dryRun ? null : ((await one(ctx.loaders.nodes, report.documentId)) as ResolversTypes['Document'] | null),
    documentId: report.documentId,
    title: report.title,
    date: report.date ?? null,
    extractor: report.extractor,
    dryRun: report.dryRun,
    sentences: report.sentences,
    references: report.references,
    positionsExtracted: p.extracted,
    positionsCreated: p.created,
    positionsUpdated: p.updated,
    positionsUnchanged: p.unchanged,
    positionsKeptReviewed: p.keptReviewed,
    positionsCoveredByCurated: p.coveredByCurated,
    positionsRemoved: p.removed,
    createdStakeholderIds: report.created.stakeholders,
    createdTermIds: report.created.terms,
    createdSourceIds: report.created.sources,
    removedStakeholderIds: report.removed.stakeholders,
    removedTermIds: report.removed.terms,
    removedSourceIds: report.removed.sources,
    positions: stored.filter((n) => n?.__typename === 'Position') as ResolversTypes['Position'][],
    warnings: report.warnings.map(formatProblem),
  };
};
