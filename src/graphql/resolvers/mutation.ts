import { requireRole } from '../../auth/roles.js';
import { type EditableKind, upsertEntity } from '../../edit/entities.js';
import * as positions from '../../edit/positions.js';
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
    return reload(ctx, (await positions.createPosition(ctx.db, input, editor)).id);
  },
  correctPosition: async (_, { id, input, reason }, ctx) => {
    const editor = requireRole(ctx.principal, 'editor');
    return reload(ctx, (await positions.correctPosition(ctx.db, id, input, editor, reason)).id);
  },
  confirmPosition: async (_, { id }, ctx) => {
    const editor = requireRole(ctx.principal, 'editor');
    return reload(ctx, (await positions.confirmPosition(ctx.db, id, editor)).id);
  },
  retractPosition: async (_, { id, reason }, ctx) => {
    const editor = requireRole(ctx.principal, 'editor');
    return reload(ctx, (await positions.retractPosition(ctx.db, id, editor, reason)).id);
  },
  upsertPerson: upsert('Person'),
  upsertInstitution: upsert('Institution'),
  upsertTerm: upsert('Term'),
  upsertSource: upsert('Source'),
};
