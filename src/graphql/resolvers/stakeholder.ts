import type { GraphQLContext } from '../context.js';
import type { PersonPositionsArgs, Resolvers } from '../generated/resolvers-types.js';
import { filterPositions } from '../position-filters.js';

const positions = async (holder: { id: string }, args: Partial<PersonPositionsArgs>, { loaders }: GraphQLContext) =>
  filterPositions((await loaders.positionsOf.load(holder.id))?.positions ?? [], args, (p) => p.term.id);

export const stakeholderResolvers: Resolvers = {
  Person: {
    aliases: (p) => p.aliases ?? [],
    positions,
    affiliations: (p, _, { loaders }) => loaders.personAffiliations.load(p.id),
  },
  Institution: {
    aliases: (i) => i.aliases ?? [],
    positions,
    memberOf: (i, _, { loaders }) => loaders.institutionMemberOf.load(i.id),
    partOf: (i, _, { loaders }) => loaders.institutionPartOf.load(i.id),
    people: (i, _, { loaders }) => loaders.institutionPeople.load(i.id),
  },
};
