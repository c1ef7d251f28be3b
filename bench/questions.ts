/**
 * The five analyst questions of issue 7, each asked three ways on the same graph:
 *
 * - `ours`: the product's GraphQL API (operation text and variables);
 * - `bare`: the limit, the same Cypher statements the product's resolvers send for that operation, in
 *   the same order, with the same parameters, shaped into the same JSON, but with no GraphQL at all;
 * - `peer`: @neo4j/graphql's generated API (see peer-typedefs.ts), as close as it can get.
 */
import type { Database } from './project.js';

export const QUESTION_NAMES = ['opposedWithSources', 'contestedTerms', 'alignment5', 'stakeholderTimeline', 'neighbourhoodDepth2'] as const;
export type QuestionName = (typeof QUESTION_NAMES)[number];

/**
 * `ours` runs with the answer cache off (RESPONSE_CACHE_MB=0): what the resolvers and Cypher cost.
 * `cached` is the product as shipped, whose answer cache serves repeated questions until the graph
 * changes; under a load of one repeated question it measures the cache, not the query.
 */
export const SERVER_NAMES = ['ours', 'bare', 'peer', 'cached'] as const;
export type ServerName = (typeof SERVER_NAMES)[number];

/** The nodes each question starts from, chosen on the ingested graph (see `chooseAnchors`). */
export interface Anchors {
  termId: string;
  termPositions: number;
  stakeholderId: string;
  stakeholderPositions: number;
  alignmentIds: string[];
  alignmentPositions: number[];
}

/** Runs one fixed Cypher file (`cypher/<name>.cypher`) in its own read transaction; returns plain rows. */
export type CypherRunner = (name: string, params: Record<string, unknown>) => Promise<Record<string, any>[]>;

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Question {
  name: QuestionName;
  title: string;
  /** What the target "p50 growth, single-term and neighbourhood queries" applies to. */
  anchoredOnOneTerm: boolean;
  ours(a: Anchors): GraphQLRequest;
  peer(a: Anchors): GraphQLRequest;
  bare(run: CypherRunner, a: Anchors, ctx: BareContext): Promise<unknown>;
  /** How the peer's answer differs from ours, for BENCHMARKS.md. */
  peerDifference: string;
}

export interface BareContext {
  kinds: readonly string[];
  defaultStatuses: readonly string[];
}

/** Position counts the anchors are chosen near, so each anchored answer is the same size at every scale. */
export const ANCHOR_TARGET_POSITIONS = 100;

const STATUSES_LITERAL = '[CURATED, EXTRACTED]';

type Rec = Record<string, any>;

/** The first item of each loader row, by id: what DataLoader's `one(...)` gives a resolver. */
const firstById = (rows: Rec[]) => new Map<string, Rec>(rows.map((r) => [r.id as string, (r.items as Rec[])[0]!]));

const side = (stance: string) => (stance === 'OPPOSED' ? 'against' : 'for');

export const QUESTIONS: Question[] = [
  {
    name: 'opposedWithSources',
    title: 'Who opposed a term, with sources',
    anchoredOnOneTerm: true,
    ours: (a) => ({
      query: `query OpposedWithSources($termId: ID!) {
  termStances(termId: $termId) {
    term { id label }
    opposed { holder { id name } positions { id date quote sources { url publisher } } }
  }
}`,
      variables: { termId: a.termId },
    }),
    peer: (a) => ({
      query: `query OpposedWithSources($termId: ID!) {
  terms(where: { id: { eq: $termId } }) {
    id label
    positions(where: { stance: { eq: OPPOSED }, status: { in: ${STATUSES_LITERAL} } }) {
      id date quote holder { id name } sources { url publisher }
    }
  }
}`,
      variables: { termId: a.termId },
    }),
    // termStances: the term with its opposed positions, the holder and the sources of each (one
    // statement: only the stance groups the operation selects are read, sources since it asks for them).
    bare: async (run, a, ctx) => {
      const [row] = await run('queries/term-stances', { termId: a.termId, stances: ['OPPOSED'], statuses: ctx.defaultStatuses, kinds: ctx.kinds, withSources: true });
      if (!row) throw new Error(`not found: ${a.termId}`);
      const term = row.term as Rec;
      const groups = new Map<string, { holder: Rec; positions: Rec[] }>();
      for (const p of row.positions as Rec[]) {
        const group = groups.get(p.holder.id) ?? { holder: p.holder as Rec, positions: [] as Rec[] };
        group.positions.push(p);
        groups.set(p.holder.id, group);
      }
      return {
        termStances: {
          term: { id: term.id, label: term.label },
          opposed: [...groups.values()].map((g) => ({
            holder: { id: g.holder.id, name: g.holder.name },
            positions: g.positions.map((p) => ({
              id: p.id,
              date: p.date ?? null,
              quote: p.quote ?? null,
              sources: (p.sources as Rec[]).map((s) => ({ url: s.url, publisher: s.publisher ?? null })),
            })),
          })),
        },
      };
    },
    peerDifference: 'returns the opposed positions flat, each with its holder, instead of grouped by holder',
  },
  {
    name: 'contestedTerms',
    title: 'Contested terms (top 20)',
    anchoredOnOneTerm: false,
    ours: () => ({ query: `query ContestedTerms { contestedTerms(first: 20) { term { id label } support opposition score } }`, variables: {} }),
    peer: () => ({ query: `query ContestedTerms { contestedTerms(first: 20) { term { id label } support opposition score } }`, variables: {} }),
    bare: async (run) => {
      const [answer] = await run('queries/contested-terms-kept', { limit: 20 });
      return {
        contestedTerms: (answer!.rows as Record<string, any>[]).map((r) => ({ term: { id: r.term.id, label: r.term.label }, support: r.support, opposition: r.opposition, score: r.score })),
      };
    },
    peerDifference: 'cannot express it natively: a `@cypher` field runs the same Cypher (cypher/queries/contested-terms-kept.cypher, the counts the ingest keeps on each term)',
  },
  {
    name: 'alignment5',
    title: 'Alignment of 5 stakeholders',
    anchoredOnOneTerm: false,
    ours: (a) => ({
      query: `query Alignment($ids: [ID!]!) {
  alignment(stakeholderIds: $ids) {
    stakeholders { id name }
    rows { term { id label } stances agreement }
    pairs { a { id } b { id } agreeOn { id } disagreeOn { id } }
  }
}`,
      variables: { ids: a.alignmentIds },
    }),
    peer: (a) => ({
      query: `query Alignment($ids: [ID!]!) {
  stakeholders(where: { id: { in: $ids } }) { id name }
  alignment(stakeholderIds: $ids) { holderId term { id label } stance }
}`,
      variables: { ids: a.alignmentIds },
    }),
    // alignment: the stakeholders (one batched nodes-loader query), then the alignment query; the
    // matrix and the pairs are built in memory, as the resolver does.
    bare: async (run, a, ctx) => {
      const ids = [...new Set(a.alignmentIds)];
      const nodes = firstById(await run('loaders/nodes-by-id', { ids, kinds: ctx.kinds }));
      const stakeholders = ids.map((id) => {
        const n = nodes.get(id);
        if (!n || (n.__typename !== 'Person' && n.__typename !== 'Institution')) throw new Error(`not found: ${id}`);
        return n;
      });
      const rows = await run('queries/alignment', { ids, asOf: null, asOfFirst: null });
      const terms = new Map<string, { term: Rec; stances: (string | null)[] }>();
      for (const r of rows) {
        const entry = terms.get(r.term.id) ?? { term: r.term, stances: ids.map(() => null) };
        entry.stances[ids.indexOf(r.holderId)] = r.stance;
        terms.set(r.term.id, entry);
      }
      const shared = [...terms.values()].filter((t) => t.stances.filter((s) => s !== null).length >= 2);
      const pairs = stakeholders.flatMap((sa, i) =>
        stakeholders.slice(i + 1).map((sb, k) => {
          const j = i + 1 + k;
          const both = shared.filter((t) => t.stances[i] && t.stances[j]);
          return {
            a: { id: sa.id },
            b: { id: sb.id },
            agreeOn: both.filter((t) => side(t.stances[i]!) === side(t.stances[j]!)).map((t) => ({ id: t.term.id })),
            disagreeOn: both.filter((t) => side(t.stances[i]!) !== side(t.stances[j]!)).map((t) => ({ id: t.term.id })),
          };
        }),
      );
      return {
        alignment: {
          stakeholders: stakeholders.map((s) => ({ id: s.id, name: s.name })),
          rows: shared.map((t) => ({
            term: { id: t.term.id, label: t.term.label },
            stances: t.stances,
            agreement: new Set(t.stances.filter((s): s is string => s !== null).map(side)).size === 1,
          })),
          pairs,
        },
      };
    },
    peerDifference:
      'cannot express it natively: a `@cypher` field runs the same Cypher (cypher/queries/alignment.cypher) and returns its raw rows; the peer does not build the matrix or the pairs',
  },
  {
    name: 'stakeholderTimeline',
    title: "A stakeholder's timeline",
    anchoredOnOneTerm: false,
    ours: (a) => ({ query: `query Timeline($id: ID!) { timeline(id: $id) { id stance date term { id label } } }`, variables: { id: a.stakeholderId } }),
    peer: (a) => ({
      query: `query Timeline($id: ID!) {
  stakeholders(where: { id: { eq: $id } }) {
    id
    positions(where: { status: { in: ${STATUSES_LITERAL} } }, sort: [{ dateFrom: ASC }]) { id stance date term { id label } }
  }
}`,
      variables: { id: a.stakeholderId },
    }),
    // timeline: the node with its positions and the term of each, in timeline order: one round trip.
    bare: async (run, a, ctx) => {
      const anchored = (await run('loaders/positions-of', { ids: [a.stakeholderId], kinds: ctx.kinds }))[0];
      if (!anchored) throw new Error(`not found: ${a.stakeholderId}`);
      return {
        timeline: (anchored.items as Rec[])
          .filter((p) => ctx.defaultStatuses.includes(p.status))
          .map((p) => ({ id: p.id, stance: p.stance, date: p.date ?? null, term: { id: p.term.id, label: p.term.label } })),
      };
    },
    peerDifference: 'asks for the stakeholder and its positions sorted by date; same content',
  },
  {
    name: 'neighbourhoodDepth2',
    title: 'Neighbourhood of a term at depth 2 (200 nodes)',
    anchoredOnOneTerm: true,
    ours: (a) => ({
      query: `query Neighbourhood($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 200) {
    nodes { id type label degree }
    edges { id source target type }
    truncated
  }
}`,
      variables: { id: a.termId },
    }),
    peer: (a) => ({
      query: `query Neighbourhood($id: ID!) {
  terms(where: { id: { eq: $id } }) {
    id label
    proposals(limit: 10) { id name }
    positions(where: { status: { in: ${STATUSES_LITERAL} } }, limit: 20) {
      id stance
      holder {
        id name
        positions(where: { status: { in: ${STATUSES_LITERAL} } }, limit: 10) { id stance term { id label } }
      }
    }
  }
}`,
      variables: { id: a.termId },
    }),
    // neighborhood: one expand query per level, then type/label/degree of every node.
    bare: async (run, a, ctx) => {
      const maxNodes = 200;
      const nodes = new Set([a.termId]);
      const edges = new Map<string, Rec>();
      let frontier = [a.termId];
      let truncated = false;
      for (let level = 0; level < 2 && frontier.length > 0; level++) {
        const rows = await run('graph/expand-positions-as-edges', {
          ids: frontier,
          statuses: ctx.defaultStatuses,
          stances: null,
          from: null,
          to: null,
          maxRows: maxNodes * 5,
        });
        if (rows.length >= maxNodes * 5 || rows.some((r) => r.cut)) truncated = true;
        const next: string[] = [];
        for (const row of rows) {
          if (!nodes.has(row.other)) {
            if (nodes.size >= maxNodes) {
              truncated = true;
              continue;
            }
            nodes.add(row.other);
            next.push(row.other);
          }
          const id = row.positionId ?? `${row.source}-${row.type}->${row.target}`;
          edges.set(id, { id, source: row.source, target: row.target, type: row.type });
        }
        frontier = next;
      }
      const info = await run('graph/node-info', { ids: [...nodes], kinds: ctx.kinds });
      const shown = new Set(info.map((n) => n.id as string));
      if (!shown.has(a.termId)) throw new Error(`not found: ${a.termId}`);
      return {
        neighborhood: {
          nodes: info.map((n) => ({ id: n.id, type: String(n.typename).toUpperCase(), label: n.label, degree: n.degree })),
          edges: [...edges.values()].filter((e) => shown.has(e.source) && shown.has(e.target)),
          truncated,
        },
      };
    },
    peerDifference:
      'has no neighbourhood view: nested relationship fields walk term → 20 positions → holders → 10 positions each → terms (about as many nodes as our 200), with no node degrees and no de-duplication',
  },
];

export const questionByName = new Map(QUESTIONS.map((q) => [q.name, q]));

/**
 * Anchors chosen by local size, not by rank: the term and the stakeholders whose position counts are
 * nearest ANCHOR_TARGET_POSITIONS. With skewed data the top term grows with the graph; these do
 * not, so latency growth across scales measures the effect of graph size, not of answer size.
 */
export async function chooseAnchors(db: Database): Promise<Anchors> {
  const [term] = await db.query<{ id: string; n: number }>(
    `MATCH (t:Term)
     WITH t, COUNT { (t)<-[:ON_TERM]-(:Position) } AS n
     WHERE n > 0 AND EXISTS { (t)<-[:ON_TERM]-(:Position {stance: 'OPPOSED'}) }
     RETURN t.id AS id, n ORDER BY abs(n - $target), t.id LIMIT 1`,
    { target: ANCHOR_TARGET_POSITIONS },
  );
  const holders = await db.query<{ id: string; n: number }>(
    `MATCH (s:Stakeholder)
     WITH s, COUNT { (s)-[:HOLDS]->(:Position) } AS n
     WHERE n > 0
     RETURN s.id AS id, n ORDER BY abs(n - $target), s.id LIMIT 5`,
    { target: ANCHOR_TARGET_POSITIONS },
  );
  if (!term || holders.length < 5) throw new Error('bench: the graph is too small to choose anchors (need a term with an opposition and 5 stakeholders)');
  return {
    termId: term.id,
    termPositions: term.n,
    stakeholderId: holders[0]!.id,
    stakeholderPositions: holders[0]!.n,
    alignmentIds: holders.map((h) => h.id),
    alignmentPositions: holders.map((h) => h.n),
  };
}
