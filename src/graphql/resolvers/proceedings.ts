import type { Resolvers } from '../generated/resolvers-types.js';
import { one } from '../loaders.js';

/** Events and proposals: where and in which plan positions were taken. */
export const proceedingsResolvers: Resolvers = {
  Event: {
    participants: (e, _, { loaders }) => loaders.eventParticipants.load(e.id),
    positions: (e, _, { loaders }) => loaders.eventPositions.load(e.id),
    sources: (e, _, { loaders }) => loaders.eventSources.load(e.id),
  },
  Proposal: {
    authors: (p, _, { loaders }) => loaders.proposalAuthors.load(p.id),
    terms: (p, _, { loaders }) => loaders.proposalTerms.load(p.id),
    revises: (p, _, { loaders }) => one(loaders.proposalRevises, p.id),
    revisedBy: (p, _, { loaders }) => loaders.proposalRevisedBy.load(p.id),
    sources: (p, _, { loaders }) => loaders.proposalSources.load(p.id),
    changes: async (p, _, { loaders }) => {
      const previous = await one(loaders.proposalRevises, p.id);
      if (!previous) return null;
      const [now, before] = await Promise.all([loaders.proposalTerms.load(p.id), loaders.proposalTerms.load(previous.id)]);
      const beforeIds = new Set(before.map((t) => t.id));
      const nowIds = new Set(now.map((t) => t.id));
      return {
        previous,
        added: now.filter((t) => !beforeIds.has(t.id)),
        removed: before.filter((t) => !nowIds.has(t.id)),
        kept: now.filter((t) => beforeIds.has(t.id)),
      };
    },
  },
};
