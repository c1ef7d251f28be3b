import type { Resolvers, ResolversTypes, TermResolvers } from '../generated/resolvers-types.js';
import type { GraphQLContext } from '../context.js';
import type { Loaders } from '../loaders.js';
import { filterPositions } from '../position-filters.js';
import type { PositionWithEnds, TermRecord } from '../records.js';
import type { Stance } from '../../model/vocabulary.js';

/** The holders of a term's positions with one stance, once each (latest stance per holder with asOf). */
export async function holdersWithStance(term: TermRecord, stance: Stance, asOf: string | null | undefined, { loaders }: GraphQLContext) {
  const positions = filterPositions(await positionsOnTerm(term, loaders), { stance: [stance], asOf }, holderId);
  const unique = new Map(positions.map((p) => [p.holder.id, p.holder]));
  return [...unique.values()] as ResolversTypes['Stakeholder'][];
}

const holderId = (p: PositionWithEnds) => p.holder.id;
const positionsOnTerm = async (term: TermRecord, loaders: Loaders) => (await loaders.positionsOf.load(term.id))?.positions ?? [];

const termResolvers: TermResolvers = {
  aliases: (t) => t.aliases ?? [],
  proposedBy: (t, { asOf }, ctx) => holdersWithStance(t, 'PROPOSED', asOf, ctx),
  supportedBy: (t, { asOf }, ctx) => holdersWithStance(t, 'SUPPORTED', asOf, ctx),
  opposedBy: (t, { asOf }, ctx) => holdersWithStance(t, 'OPPOSED', asOf, ctx),
  positions: async (t, args, { loaders }) => filterPositions(await positionsOnTerm(t, loaders), args, holderId),
  proposals: (t, _, { loaders }) => loaders.termProposals.load(t.id),
};

export const termTypeResolvers: Resolvers = { Term: termResolvers };
