import type { Resolvers, ResolversTypes, TermResolvers } from '../generated/resolvers-types.js';
import type { GraphQLContext } from '../context.js';
import { one } from '../loaders.js';
import { filterPositions } from '../position-filters.js';
import type { PositionRecord, StakeholderRecord, TermRecord } from '../records.js';
import type { Stance } from '../../model/vocabulary.js';

/** The holders of a term's positions with one stance, once each (latest stance per holder with asOf). */
export async function holdersWithStance(term: TermRecord, stance: Stance, asOf: string | null | undefined, { loaders }: GraphQLContext) {
  const holderId = async (p: PositionRecord) => (await one(loaders.positionHolder, p.id))?.id ?? '';
  const positions = await filterPositions(await loaders.termPositions.load(term.id), { stance: [stance], asOf }, holderId);
  const holders = await Promise.all(positions.map((p) => one(loaders.positionHolder, p.id)));
  const unique = new Map(holders.filter((h): h is StakeholderRecord => h !== null).map((h) => [h.id, h]));
  return [...unique.values()] as ResolversTypes['Stakeholder'][];
}

const termResolvers: TermResolvers = {
  aliases: (t) => t.aliases ?? [],
  proposedBy: (t, { asOf }, ctx) => holdersWithStance(t, 'PROPOSED', asOf, ctx),
  supportedBy: (t, { asOf }, ctx) => holdersWithStance(t, 'SUPPORTED', asOf, ctx),
  opposedBy: (t, { asOf }, ctx) => holdersWithStance(t, 'OPPOSED', asOf, ctx),
  positions: async (t, args, { loaders }) => {
    const holderId = async (p: PositionRecord) => (await one(loaders.positionHolder, p.id))?.id ?? '';
    return filterPositions(await loaders.termPositions.load(t.id), args, holderId);
  },
  proposals: (t, _, { loaders }) => loaders.termProposals.load(t.id),
};

export const termTypeResolvers: Resolvers = { Term: termResolvers };
