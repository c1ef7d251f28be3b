import { cypher } from '../../db/cypher.js';
import { BadInputError, NotFoundError } from '../../errors.js';
import { recountStaleTerms } from '../../ingest/term-stance-counts.js';
import { NODE_KINDS, type Stance, STANCES, assertNever, stanceVerb } from '../../model/vocabulary.js';
import { dateArgument, dateRange, pageSize, requireText } from '../arguments.js';
import type { GraphQLContext } from '../context.js';
import type { QueryResolvers, ResolversTypes } from '../generated/resolvers-types.js';
import { one } from '../loaders.js';
import { DEFAULT_STATUSES, filterPositions } from '../position-filters.js';
import type { PositionRecord, PositionWithEnds, SourceRecord, StakeholderRecord, TermRecord } from '../records.js';
import { selectedFieldNames, selects } from '../selection.js';

const MAX_ALIGNMENT_STAKEHOLDERS = 20;

/** PROPOSED and SUPPORTED are the same side of a term; OPPOSED is the other. */
function side(stance: Stance): 'for' | 'against' {
  switch (stance) {
    case 'PROPOSED':
    case 'SUPPORTED':
      return 'for';
    case 'OPPOSED':
      return 'against';
    default:
      return assertNever(stance);
  }
}

async function requireNode<T>(ctx: GraphQLContext, id: string, typenames: string[], what: string): Promise<T> {
  const node = await one(ctx.loaders.nodes, id);
  if (!node || !typenames.includes(node.__typename)) throw new NotFoundError(what, id);
  return node as T;
}

function asOfBounds(asOf: string | null | undefined) {
  const parsed = dateArgument('asOf', asOf);
  return { asOf: parsed?.last ?? null, asOfFirst: parsed?.first ?? null };
}

export const analysisResolvers: QueryResolvers = {
  termStances: async (_, { termId, asOf }, ctx, info) => {
    // Without asOf only the groups the operation selects are read; with it, a holder's latest
    // position on the term decides its group, whatever the stance.
    const selected = selectedFieldNames(info);
    // TermStances names each group by its stance's verb (proposed, supported, opposed).
    const stances = asOf == null ? STANCES.filter((s) => selected.has(stanceVerb(s))) : STANCES;
    // Sources asked for come in the same statement, and prime the loader Position.sources reads.
    const withSources = selects(info, STANCES.map(stanceVerb), ['positions'], ['sources']);
    const [row] = await ctx.db.query<{ term: TermRecord; positions: (Omit<PositionWithEnds, 'term'> & { sources: SourceRecord[] | null })[] }>(
      cypher('queries/term-stances'),
      { termId, stances, statuses: DEFAULT_STATUSES, kinds: NODE_KINDS, withSources },
    );
    if (!row) throw new NotFoundError('term', termId);
    ctx.loaders.nodes.prime(termId, [row.term]);
    const withTerm = row.positions.map(({ sources, ...p }): PositionWithEnds => {
      if (sources) ctx.loaders.positionSources.prime(p.id, sources);
      return Object.assign(p, { term: row.term });
    });
    const positions = filterPositions(withTerm, { asOf }, (p) => p.holder.id);
    const groups = Object.fromEntries(STANCES.map((s) => [s, new Map<string, { holder: StakeholderRecord; positions: PositionRecord[] }>()]));
    for (const p of positions) {
      const group = groups[p.stance]!;
      const entry = group.get(p.holder.id) ?? { holder: p.holder, positions: [] };
      entry.positions.push(p);
      group.set(p.holder.id, entry);
    }
    const list = (s: Stance) => [...groups[s]!.values()] as ResolversTypes['HolderPositions'][];
    return { term: row.term, asOf: asOf ?? null, proposed: list('PROPOSED'), supported: list('SUPPORTED'), opposed: list('OPPOSED') };
  },

  contestedTerms: async (_, { first, asOf }, { db }) => {
    const limit = pageSize(first, 20);
    if (asOf != null) return db.query(cypher('queries/contested-terms'), { limit, ...asOfBounds(asOf) });
    // The present is read from counts kept per term; if a write left some out of date, they are
    // recounted first. One recount is enough: a write that lands meanwhile is concurrent with this read.
    const kept = async () => (await db.query<{ stale: boolean; rows: ResolversTypes['ContestedTerm'][] }>(cypher('queries/contested-terms-kept'), { limit }))[0]!;
    const answer = await kept();
    if (!answer.stale) return answer.rows;
    await recountStaleTerms(db);
    return (await kept()).rows;
  },

  alignment: async (_, { stakeholderIds, asOf }, ctx) => {
    const ids = [...new Set(stakeholderIds)];
    if (ids.length < 2 || ids.length > MAX_ALIGNMENT_STAKEHOLDERS) {
      throw new BadInputError(`\`stakeholderIds\` must name 2 to ${MAX_ALIGNMENT_STAKEHOLDERS} different stakeholders`);
    }
    const stakeholders = await Promise.all(ids.map((id) => requireNode<StakeholderRecord>(ctx, id, ['Person', 'Institution'], 'stakeholder')));
    const rows = await ctx.db.query<{ holderId: string; term: TermRecord; stance: Stance }>(cypher('queries/alignment'), { ids, ...asOfBounds(asOf) });
    const terms = new Map<string, { term: TermRecord; stances: (Stance | null)[] }>();
    for (const r of rows) {
      const entry = terms.get(r.term.id) ?? { term: r.term, stances: ids.map(() => null) };
      entry.stances[ids.indexOf(r.holderId)] = r.stance;
      terms.set(r.term.id, entry);
    }
    const shared = [...terms.values()].filter((t) => t.stances.filter((s) => s !== null).length >= 2);
    const matrix = shared.map((t) => ({
      term: t.term,
      stances: t.stances,
      agreement: new Set(t.stances.filter((s): s is Stance => s !== null).map(side)).size === 1,
    }));
    const pairs = stakeholders.flatMap((a, i) =>
      stakeholders.slice(i + 1).map((b, k) => {
        const j = i + 1 + k;
        const both = shared.filter((t) => t.stances[i] && t.stances[j]);
        return {
          a,
          b,
          agreeOn: both.filter((t) => side(t.stances[i]!) === side(t.stances[j]!)).map((t) => t.term),
          disagreeOn: both.filter((t) => side(t.stances[i]!) !== side(t.stances[j]!)).map((t) => t.term),
        };
      }),
    );
    return { stakeholders: stakeholders as ResolversTypes['Stakeholder'][], rows: matrix, pairs: pairs as ResolversTypes['AlignmentPair'][] };
  },

  timeline: async (_, { id, from, to }, ctx) => {
    const range = dateRange(from, to);
    const anchored = await ctx.loaders.positionsOf.load(id);
    if (!anchored) throw new NotFoundError('stakeholder or term', id);
    // Already in timeline order: undated first, then by date and id.
    return filterPositions(anchored.positions, {}, (p) => p.id).filter(
      (p) => (range.to === null || (p.dateFrom ?? '') <= range.to) && (range.from === null || (p.dateTo ?? '9999') >= range.from),
    );
  },

  proposalHistory: async (_, { family }, { db }) =>
    (await db.query<{ proposal: ResolversTypes['Proposal'] }>(cypher('queries/proposal-history'), { family: requireText('family', family) })).map(
      (r) => r.proposal,
    ),
};
