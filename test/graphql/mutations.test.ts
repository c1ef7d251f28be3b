import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../../src/auth/api-keys.js';
import { Database } from '../../src/db/database.js';
import { ingestDatasets } from '../../src/ingest/dataset/ingest-datasets.js';
import { exampleDataset, projectRoot } from '../../src/paths.js';
import { dataOf, startApi } from '../helpers/api.js';
import { useCleanGraph } from '../helpers/db.js';

type Api = Awaited<ReturnType<typeof startApi>>;

const CREATE = `mutation($input: PositionInput!) { createPosition(input: $input) { id stance status holder { id } term { id } sources { id } revisions { editor action before after } } }`;
const NEW_POSITION = {
  id: 'pos:test-uk-supports-guarantees',
  holderId: 'inst:united-kingdom',
  termId: 'term:security-guarantees',
  stance: 'SUPPORTED',
  date: '2025-12-08',
  quote: 'The UK backed security guarantees.',
  confidence: 0.8,
  sourceIds: ['src:reuters-world-europe-us'],
};

describe('audited edits through GraphQL mutations', () => {
  const db = useCleanGraph();
  let api: Api;
  let editor: string;
  let reader: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    await ingestDatasets(db(), [exampleDataset]);
    editor = (await createApiKey(db(), 'Erin Editor', 'editor')).key;
    reader = (await createApiKey(db(), 'Rey Reader', 'reader')).key;
    api = await startApi(db(), {}, logLines);
  });
  afterAll(async () => {
    await api.http.close();
    await db().runAutoCommit('MATCH (n) WHERE n:ApiKey OR n:Revision DETACH DELETE n');
  });

  it('refuses anonymous callers (UNAUTHENTICATED), readers (FORBIDDEN) and wrong keys (UNAUTHENTICATED)', async () => {
    expect((await api.graphql(CREATE, { input: NEW_POSITION })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(CREATE, { input: NEW_POSITION }, reader)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrong = `sg_${'0'.repeat(16)}_${'x'.repeat(43)}`;
    expect((await api.graphql(CREATE, { input: NEW_POSITION }, wrong)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(CREATE, { input: NEW_POSITION }, 'garbage')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const [row] = await db().query<{ n: number }>('MATCH (p:Position {id: $id}) RETURN count(p) AS n', { id: NEW_POSITION.id });
    expect(row!.n).toBe(0);
  });

  it('lets an editor create a position, recording who, when and what', async () => {
    const { createPosition } = dataOf(await api.graphql(CREATE, { input: NEW_POSITION }, editor));
    expect(createPosition).toMatchObject({ id: NEW_POSITION.id, stance: 'SUPPORTED', status: 'CURATED', holder: { id: 'inst:united-kingdom' } });
    expect(createPosition.revisions).toHaveLength(1);
    expect(createPosition.revisions[0]).toMatchObject({ editor: 'Erin Editor', action: 'CREATE', before: null });
    expect(JSON.parse(createPosition.revisions[0].after)).toMatchObject({ stance: 'SUPPORTED', holder: 'inst:united-kingdom' });
  });

  it('records before and after when a position is corrected', async () => {
    const { correctPosition } = dataOf(
      await api.graphql(
        `mutation { correctPosition(id: "${NEW_POSITION.id}", input: { stance: PROPOSED, confidence: 0.6 }, reason: "misread the source") {
          stance confidence revisions { action reason before after } } }`,
        undefined,
        editor,
      ),
    );
    expect(correctPosition.stance).toBe('PROPOSED');
    const last = correctPosition.revisions.at(-1);
    expect(last.action).toBe('CORRECT');
    expect(last.reason).toBe('misread the source');
    expect(JSON.parse(last.before).stance).toBe('SUPPORTED');
    expect(JSON.parse(last.after).stance).toBe('PROPOSED');
  });

  it('keeps retracted positions, visible only when asked for', async () => {
    dataOf(await api.graphql(`mutation { retractPosition(id: "${NEW_POSITION.id}", reason: "duplicate") { status } }`, undefined, editor));
    const { node } = dataOf(
      await api.graphql(`{ node(id: "term:security-guarantees") { ... on Term {
        current: positions { id } retracted: positions(status: [RETRACTED]) { id status } } } }`),
    );
    expect(node.current.map((p: any) => p.id)).not.toContain(NEW_POSITION.id);
    expect(node.retracted).toEqual([{ id: NEW_POSITION.id, status: 'RETRACTED' }]);
    const { revisions } = dataOf(await api.graphql(`{ revisions(id: "${NEW_POSITION.id}") { action } }`));
    expect(revisions.map((r: any) => r.action)).toEqual(['CREATE', 'CORRECT', 'RETRACT']);
  });

  it('refuses edits that point at nothing, with BAD_USER_INPUT and no change', async () => {
    const response = await api.graphql(CREATE, { input: { ...NEW_POSITION, id: 'pos:test-bad', holderId: 'inst:atlantis' } }, editor);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/holderId: no person or institution with id "inst:atlantis"/);
    const noSources = await api.graphql(CREATE, { input: { ...NEW_POSITION, id: 'pos:test-bad', sourceIds: [] } }, editor);
    expect(noSources.errors?.[0]?.message).toMatch(/at least one source/);
    const [row] = await db().query<{ n: number }>("MATCH (p:Position {id: 'pos:test-bad'}) RETURN count(p) AS n");
    expect(row!.n).toBe(0);
  });

  it('upserts entities, keeping what the input leaves out', async () => {
    const { upsertInstitution } = dataOf(
      await api.graphql(`mutation { upsertInstitution(input: { id: "inst:united-kingdom", aliases: ["UK", "Britain", "Whitehall"] }) {
        name aliases memberOf { id } } }`, undefined, editor),
    );
    expect(upsertInstitution.name).toBe('United Kingdom');
    expect(upsertInstitution.aliases).toContain('Whitehall');
    expect(upsertInstitution.memberOf.map((i: any) => i.id)).toContain('inst:nato');
    const { upsertTerm } = dataOf(
      await api.graphql(`mutation { upsertTerm(input: { id: "term:test-grain-corridor", label: "Black Sea grain corridor" }) { id label } }`, undefined, editor),
    );
    expect(upsertTerm).toEqual({ id: 'term:test-grain-corridor', label: 'Black Sea grain corridor' });
  });

  it('ingests an article as extracted claims, which an editor can confirm', async () => {
    const text = fs.readFileSync(path.join(projectRoot, 'data/articles/eu-us-steel-digital-tax-talks.md'), 'utf8');
    const anonymous = await api.graphql('mutation($text: String!) { ingestArticle(text: $text) { documentId } }', { text });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { ingestArticle } = dataOf(
      await api.graphql(
        'mutation($text: String!) { ingestArticle(text: $text) { title positionsExtracted positionsCreated positions { id status stance evidenceStart evidenceEnd quote sources { id } } } }',
        { text },
        editor,
      ),
    );
    expect(ingestArticle.positionsExtracted).toBeGreaterThan(0);
    expect(ingestArticle.positionsCreated).toBe(ingestArticle.positionsExtracted);
    const claim = ingestArticle.positions[0];
    expect(claim.status).toBe('EXTRACTED');
    expect(text.slice(claim.evidenceStart, claim.evidenceEnd)).toBe(claim.quote);
    expect(claim.sources.length).toBeGreaterThan(0);

    const extracted = dataOf(await api.graphql('{ positions(filter: { status: [EXTRACTED] }) { totalCount } }'));
    expect(extracted.positions.totalCount).toBe(ingestArticle.positionsExtracted);
    const { confirmPosition } = dataOf(await api.graphql(`mutation { confirmPosition(id: "${claim.id}") { status revisions { action editor } } }`, undefined, editor));
    expect(confirmPosition).toEqual({ status: 'CURATED', revisions: [{ action: 'CONFIRM', editor: 'Erin Editor' }] });

    const again = dataOf(await api.graphql('mutation($text: String!) { ingestArticle(text: $text) { positionsCreated positionsKeptReviewed } }', { text }, editor));
    expect(again.ingestArticle).toEqual({ positionsCreated: 0, positionsKeptReviewed: 1 });
  });

  it('stops accepting a revoked key', async () => {
    const { id, key } = await createApiKey(db(), 'Short-lived', 'editor');
    await revokeApiKey(db(), id);
    const fresh = await startApi(db());
    try {
      expect((await fresh.graphql('{ __typename }', undefined, key)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await fresh.http.close();
    }
  });

  it('can require a key for reads too', async () => {
    const closed = await startApi(db(), { READS_REQUIRE_KEY: 'true' });
    try {
      expect((await closed.graphql('{ terms { totalCount } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await closed.graphql('{ terms { totalCount } }', undefined, reader)).errors).toBeUndefined();
    } finally {
      await closed.http.close();
    }
  });

  it('never shows Neo4j credentials in logs or errors', async () => {
    const { uri, user, database } = inject('neo4j');
    const wrong = new Database({ uri, user, password: 'leaky-password-123', database, maxRetryMs: 200 });
    const lines: string[] = [];
    const broken = await startApi(wrong, {}, lines);
    try {
      const response = await broken.graphql('{ terms { totalCount } }');
      expect(response.errors?.[0]?.extensions?.code).toBe('DATABASE_AUTH_FAILED');
      expect(JSON.stringify(response)).not.toContain('leaky-password-123');
      expect(lines.join('\n')).not.toContain('leaky-password-123');
      expect(lines.join('\n')).not.toContain(inject('neo4j').password);
    } finally {
      await broken.http.close();
      await wrong.close();
    }
    expect(logLines.join('\n')).not.toContain(inject('neo4j').password);
  });
});
