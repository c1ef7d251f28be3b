import { requireRole } from '../../auth/roles.js';
import { type EditableKind, upsertEntity } from '../../edit/entities.js';
import { changePosition, createPosition } from '../../edit/positions.js';
import { confirmClaim } from '../../ingest/article/review.js';
import type { GraphQLContext } from '../context.js';
import type { MutationResolvers, ResolversTypes } from '../generated/resolvers-types.js';
import { one } from '../loaders.js';
import { ingestArticleResolver } from './article.js';

/** Re-reads what was written, so the response shows the stored state, not the input. */
async function reload<T>(ctx: GraphQLContext, id: string): Promise<T> {
  ctx.loaders.nodes.clear(id);
  return (await one(ctx.loaders.nodes, id)) as T;
}

const upsert =
  <K extends EditableKind>(kind: K) =>
  async (_: unknown, { input }: { input: { id: string } }, ctx: GraphQLContext) => {
    const editor = requireRole(ctx.principal, 'editor');
    return reload<ResolversTypes[K]>(ctx, await upsertEntity(ctx.db, kind, input, editor));
  };

export const mutationResolvers: MutationResolvers = {
  ingestArticle: ingestArticleResolver,
  createPosition: async (_, { input }, ctx) => {
    const editor = requireRole(ctx.principal, 'editor');
    return reload(ctx, await createPosition(ctx.db, input, editor));
  },
  correctPosition: async (_, { id, input, reason }, ctx) => {
    const editor = requireRole(ctx.principal, 'editor');
    return reload(ctx, await changePosition(ctx.db, id, { fields: input, status: 'CURATED', action: 'CORRECT', reason }, editor));
  },
  confirmPosition: async (_, { id }, ctx) => {
    const editor = requireRole(ctx.principal, 'editor');
    return reload(ctx, (await confirmClaim(ctx.db, id, editor)).positionId);
  },
  retractPosition: async (_, { id, reason }, ctx) => {
    const editor = requireRole(ctx.principal, 'editor');
    return reload(ctx, await changePosition(ctx.db, id, { status: 'RETRACTED', action: 'RETRACT', reason }, editor));
  },
  upsertPerson: upsert('Person'),
  upsertInstitution: upsert('Institution'),
  upsertTerm: upsert('Term'),
  upsertSource: upsert('Source'),
};
