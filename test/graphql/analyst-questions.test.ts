import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { exampleDataset } from '../../src/paths.js';
import { EXAMPLE_QUERIES } from '../../src/web/playground/examples.js';
import { dataOf, startApi } from '../helpers/api.js';
import { useCleanGraph } from '../helpers/db.js';

type Api = Awaited<ReturnType<typeof startApi>>;
const names = (list: { name: string }[]) => list.map((x) => x.name).sort();

describe('analyst questions on the example dataset', () => {
  const db = useCleanGraph();
  let api: Api;
  beforeAll(async () => {
    await ingestDatasets(db(), [exampleDataset]);
    api = await startApi(db());
  });
  afterAll(async () => {
    await api.http.close();
  });

  it('who opposed ceding territory: Ukraine and its European allies, each with sources', async () => {
    const { termStances } = dataOf(
      await api.graphql(`{ termStances(termId: "term:ukraine-cedes-donbas") {
        term { label } opposed { holder { name } positions { quote sources { url publisher } } } } }`),
    );
    expect(names(termStances.opposed.map((o: any) => o.holder))).toEqual(['European allies', 'Ukraine']);
    for (const o of termStances.opposed) {
      for (const p of o.positions) expect(p.sources.length).toBeGreaterThan(0);
    }
    const ukraine = termStances.opposed.find((o: any) => o.holder.name === 'Ukraine');
    expect(ukraine.positions.some((p: any) => p.quote.includes('Ukraine is unwilling to formally cede territory'))).toBe(true);
  });

  it('termStances gives each stance group the same holders whether it is asked alone, with others, or through a fragment', async () => {
    const group = '{ holder { id } positions { id stance } }';
    const all = dataOf(
      await api.graphql(`{ termStances(termId: "term:ukraine-cedes-donbas") { ...G } }
        fragment G on TermStances { proposed ${group} ... on TermStances { supported ${group} } opposed ${group} }`),
    ).termStances;
    expect(all.proposed.length).toBeGreaterThan(0);
    expect(all.opposed.length).toBeGreaterThan(0);
    for (const name of ['proposed', 'supported', 'opposed']) {
      const alone = dataOf(await api.graphql(`{ termStances(termId: "term:ukraine-cedes-donbas") { ${name} ${group} } }`)).termStances;
      expect(alone[name]).toEqual(all[name]);
      for (const g of alone[name]) for (const p of g.positions) expect(p.stance).toBe(name.toUpperCase());
    }
  });

  it('termStances brings the sources it is asked for in its one round trip, the same ones each position gives alone', async () => {
    const uncached = await startApi(db(), { RESPONSE_CACHE_MB: '0' });
    try {
      const response = await uncached.graphql(`{ termStances(termId: "term:ukraine-cedes-donbas") {
        ...G opposed { positions { id } } } } fragment G on TermStances { proposed { positions { id sources { id url } } } }`);
      expect(response.extensions?.roundTrips).toBe(1);
      const { termStances } = dataOf(response);
      const positions = [...termStances.proposed, ...termStances.opposed].flatMap((g: any) => g.positions);
      expect(positions.filter((p: any) => p.sources?.length).length).toBeGreaterThan(0);
      for (const p of termStances.proposed.flatMap((g: any) => g.positions)) {
        const { node } = dataOf(await uncached.graphql(`{ node(id: "${p.id}") { ... on Position { sources { id url } } } }`));
        expect(p.sources).toEqual(node.sources);
      }
    } finally {
      await uncached.http.close();
    }
  });

  it('who proposed the permanent NATO bar: the U.S. side, with sources', async () => {
    const { node } = dataOf(
      await api.graphql(`{ node(id: "term:permanent-nato-bar") { ... on Term {
        proposedBy { id name } positions(stance: [PROPOSED]) { holder { id } sources { url } } } } }`),
    );
    expect(node.proposedBy.map((h: any) => h.id).sort()).toEqual(['inst:united-states', 'person:jared-kushner', 'person:steve-witkoff']);
    for (const p of node.positions) expect(p.sources.map((s: any) => s.url)).toContain('https://reuters.com/world/europe/us-…');
  });

  it('who welcomed the 2025 NSS: the Kremlin, with sources', async () => {
    const { node } = dataOf(
      await api.graphql(`{ node(id: "proposal:us-nss-2025") { ... on Proposal {
        terms { label positions(stance: [SUPPORTED]) { holder { id name } quote sources { url } } } } } }`),
    );
    const supporters = node.terms.flatMap((t: any) => t.positions);
    const kremlin = supporters.filter((p: any) => p.holder.id === 'inst:kremlin');
    expect(kremlin.length).toBeGreaterThan(0);
    expect(kremlin.some((p: any) => /Kremlin has praised/.test(p.quote))).toBe(true);
    for (const p of kremlin) expect(p.sources.length).toBeGreaterThan(0);
  });

  it('as of a date: before the initial U.S. plan, nobody had proposed ceding the Donbas', async () => {
    const early = dataOf(await api.graphql(`{ node(id: "term:ukraine-cedes-donbas") { ... on Term { proposedBy(asOf: "2025-10") { id } } } }`));
    const later = dataOf(await api.graphql(`{ node(id: "term:ukraine-cedes-donbas") { ... on Term { proposedBy(asOf: "2025-12-08") { id } } } }`));
    expect(early.node.proposedBy).toEqual([]);
    expect(later.node.proposedBy.map((h: any) => h.id)).toContain('inst:united-states');
  });

  it('contested terms include the territorial question, ranked by score', async () => {
    const { contestedTerms } = dataOf(await api.graphql('{ contestedTerms(first: 20) { term { id } support opposition score } }'));
    const ids = contestedTerms.map((c: any) => c.term.id);
    expect(ids).toContain('term:ukraine-cedes-donbas');
    for (const c of contestedTerms) expect(c.support > 0 && c.opposition > 0).toBe(true);
    const scores = contestedTerms.map((c: any) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('alignment of the U.S. and Ukraine: they disagree on ceding the Donbas', async () => {
    const { alignment } = dataOf(
      await api.graphql(`{ alignment(stakeholderIds: ["inst:united-states", "inst:ukraine"]) {
        rows { term { id } stances agreement } pairs { disagreeOn { id } agreeOn { id } } } }`),
    );
    const donbas = alignment.rows.find((r: any) => r.term.id === 'term:ukraine-cedes-donbas');
    expect(donbas).toEqual({ term: { id: 'term:ukraine-cedes-donbas' }, stances: ['PROPOSED', 'OPPOSED'], agreement: false });
    expect(alignment.pairs[0].disagreeOn.map((t: any) => t.id)).toContain('term:ukraine-cedes-donbas');
  });

  it("a term's timeline is in date order, and the plan's history shows what the revision changed", async () => {
    const { timeline, proposalHistory } = dataOf(
      await api.graphql(`{ timeline(id: "term:ukraine-cedes-donbas") { date stance }
        proposalHistory(family: "us-ukraine-peace-plan") { id version changes { added { id } removed { id } } } }`),
    );
    const dates = timeline.map((p: any) => p.date ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(timeline.map((p: any) => p.stance)).toEqual(expect.arrayContaining(['PROPOSED', 'OPPOSED']));
    expect(proposalHistory.map((p: any) => p.version)).toEqual([1, 2]);
    expect(proposalHistory[0].changes).toBeNull();
    expect(proposalHistory[1].changes).not.toBeNull();
  });

  it('the shortest path between Zelenskyy and Putin, with the relationship types along it', async () => {
    const { path } = dataOf(
      await api.graphql(`{ path(fromId: "person:volodymyr-zelenskyy", toId: "person:vladimir-putin") { length relationshipTypes nodes { id } edges { source target type } } }`),
    );
    expect(path.length).toBeGreaterThan(0);
    expect(path.relationshipTypes).toHaveLength(path.length);
    expect(path.nodes[0].id).toBe('person:volodymyr-zelenskyy');
    expect(path.nodes.at(-1).id).toBe('person:vladimir-putin');
  });

  it('where a claim comes from: from a source to the positions it supports, and back', async () => {
    const { node } = dataOf(
      await api.graphql(`{ node(id: "src:reuters-world-europe-us") { ... on Source { url
        positions { id quote sources { id } } citedBy { number document { id } } } } }`),
    );
    expect(node.citedBy).toEqual([{ number: 9, document: { id: 'doc:novakhov-2025-12-08-nss-ukraine-peace-talks' } }]);
    expect(node.positions.length).toBeGreaterThan(0);
    for (const p of node.positions) expect(p.sources.map((s: any) => s.id)).toContain('src:reuters-world-europe-us');
  });

  it('full-text search finds stakeholders by alias', async () => {
    const { search } = dataOf(await api.graphql('{ search(query: "Zelensky") { score node { id } } }'));
    expect(search[0].node.id).toBe('person:volodymyr-zelenskyy');
  });

  it('the neighbourhood view gives nodes with degrees and stance-typed edges', async () => {
    const { neighborhood } = dataOf(
      await api.graphql(`{ neighborhood(id: "term:permanent-nato-bar") { truncated nodes { id type label degree } edges { source target type stance positionId } } }`),
    );
    expect(neighborhood.nodes.find((n: any) => n.id === 'term:permanent-nato-bar').degree).toBeGreaterThan(0);
    const opposed = neighborhood.edges.filter((e: any) => e.stance === 'OPPOSED').map((e: any) => e.source);
    expect(opposed).toEqual(expect.arrayContaining(['inst:ukraine', 'inst:european-allies']));
    for (const e of neighborhood.edges) expect(e.positionId ?? e.type).toBeTruthy();
  });

  it.each(EXAMPLE_QUERIES.map((e) => [e.title, e] as const))('the playground example "%s" runs without errors', async (_, example) => {
    const response = await api.graphql(example.query, example.variables);
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response.data)).not.toBe('{}');
  });
});
