import { beforeAll, describe, expect, it } from 'vitest';
import { BadInputError, NotFoundError } from '../../../src/errors.js';
import { ingestArticle } from '../../../src/ingest/article/ingest-article.js';
import { confirmPosition, correctPosition, retractPosition } from '../../../src/edit/positions.js';
import { useCleanGraph } from '../../helpers/db.js';
import { article } from './fixtures.js';

type Claim = { id: string; status: string; stance: string; holder: string; term: string; quote: string; start: number | null; end: number | null; confidence: number };
const CLAIM = `
  MATCH (h:Stakeholder)-[:HOLDS]->(p:Position {id: $id})-[:ON_TERM]->(t:Term)
  RETURN p.id AS id, p.status AS status, p.stance AS stance, h.id AS holder, t.id AS term, p.quote AS quote,
         p.evidenceStart AS start, p.evidenceEnd AS end, p.confidence AS confidence`;
const REVISIONS = `
  MATCH (r:Revision)-[:REVISION_OF]->(:Position {id: $id})
  RETURN r.action AS action, r.editor AS editor, r.reason AS reason, r.before AS before, r.after AS after, toString(r.at) AS at
  ORDER BY r.at`;

/** Review goes through the same edit path as every other change to a position (src/edit/positions.ts). */
describe('reviewing extracted claims', () => {
  const db = useCleanGraph();
  let ids: string[];
  const text = article('eu-us-steel-digital-tax-talks.md');
  const claim = async (id: string) => (await db().query<Claim>(CLAIM, { id }))[0]!;
  const revisions = async (id: string) => db().query<{ action: string; editor: string; reason: string | null; before: string; after: string; at: string }>(REVISIONS, { id });

  beforeAll(async () => {
    ids = (await ingestArticle(db(), { text })).positionIds;
  });

  it('confirming makes a claim curated and records who, when, before and after', async () => {
    const result = await confirmPosition(db(), ids[0]!, 'ana@example.org');
    expect(result).toMatchObject({ id: ids[0], status: 'CURATED', revisionId: expect.stringMatching(/^rev:/) });
    expect((await claim(ids[0]!)).status).toBe('CURATED');
    const [rev] = await revisions(ids[0]!);
    expect(rev).toMatchObject({ action: 'CONFIRM', editor: 'ana@example.org', reason: null });
    expect(JSON.parse(rev!.before)).toMatchObject({ status: 'EXTRACTED' });
    expect(JSON.parse(rev!.after)).toMatchObject({ status: 'CURATED' });
    const { evidenceStart, evidenceEnd, extractor } = (await db().query<{ p: Record<string, unknown> }>('MATCH (p:Position {id: $id}) RETURN p {.*} AS p', { id: ids[0] }))[0]!.p;
    expect(text.slice(evidenceStart as number, evidenceEnd as number)).toBe((await claim(ids[0]!)).quote);
    expect(extractor).toBe('rules@1');
    expect(Date.parse(rev!.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('correcting changes stance, holder, term, quote and confidence, and makes the claim curated', async () => {
    const id = ids[1]!;
    const before = await claim(id);
    const other = await claim(ids[2]!);
    const quote = before.quote.slice(0, 20);
    await correctPosition(db(), id, { stance: 'OPPOSED', holderId: other.holder, termId: other.term, quote, confidence: 0.4 }, 'ben@example.org');
    const after = await claim(id);
    expect(after).toMatchObject({ status: 'CURATED', stance: 'OPPOSED', holder: other.holder, term: other.term, quote, confidence: 0.4, start: before.start, end: before.start! + 20 });
    expect(text.slice(after.start!, after.end!)).toBe(quote);
    const [rev] = await revisions(id);
    expect(rev!.action).toBe('CORRECT');
    expect(JSON.parse(rev!.before)).toMatchObject({ stance: before.stance, holder: before.holder, term: before.term, status: 'EXTRACTED' });
    expect(JSON.parse(rev!.after)).toMatchObject({ stance: 'OPPOSED', holder: other.holder, term: other.term, status: 'CURATED' });
    const holders = await db().query<{ n: number }>('MATCH (h)-[:HOLDS]->(:Position {id: $id}) RETURN count(h) AS n', { id });
    expect(holders[0]!.n).toBe(1);
  });

  it('drops the evidence offsets when a corrected quote is not in the evidence any more', async () => {
    const id = ids[1]!;
    await correctPosition(db(), id, { quote: 'Words the article never used.' }, 'ben@example.org', 'paraphrase');
    expect(await claim(id)).toMatchObject({ quote: 'Words the article never used.', start: null, end: null });
    const revs = await revisions(id);
    expect(revs.map((r) => r.action)).toEqual(['CORRECT', 'CORRECT']);
    expect(revs[1]!.reason).toBe('paraphrase');
  });

  it('rejecting retracts a claim, keeps it, and records the reason', async () => {
    const id = ids[3]!;
    await retractPosition(db(), id, 'ana@example.org', 'the article says the opposite');
    expect((await claim(id)).status).toBe('RETRACTED');
    const [rev] = await revisions(id);
    expect(rev).toMatchObject({ action: 'RETRACT', reason: 'the article says the opposite' });
  });

  it('lets queries filter by status', async () => {
    const rows = await db().query<{ status: string; n: number }>('MATCH (p:Position) WHERE p.status IN $statuses RETURN p.status AS status, count(*) AS n ORDER BY status', { statuses: ['CURATED', 'RETRACTED'] });
    expect(rows).toEqual([{ status: 'CURATED', n: 2 }, { status: 'RETRACTED', n: 1 }]);
  });

  it('refuses what would be wrong, and changes nothing then', async () => {
    const id = ids[4]!;
    const before = await claim(id);
    await expect(confirmPosition(db(), 'pos:no-such', 'ana')).rejects.toBeInstanceOf(NotFoundError);
    await expect(confirmPosition(db(), ids[0]!, 'ana')).rejects.toThrow(/only EXTRACTED claims can be confirmed/);
    await expect(confirmPosition(db(), ids[3]!, 'ana')).rejects.toThrow(/is RETRACTED; only EXTRACTED/);
    await expect(confirmPosition(db(), id, ' ')).rejects.toThrow(/editor is required/);
    await expect(correctPosition(db(), 'pos:no-such', { confidence: 0.5 }, 'ana')).rejects.toBeInstanceOf(NotFoundError);
    await expect(correctPosition(db(), id, { stance: 'MAYBE' as never }, 'ana')).rejects.toBeInstanceOf(BadInputError);
    await expect(correctPosition(db(), id, { confidence: 2 }, 'ana')).rejects.toThrow(/between 0 and 1/);
    await expect(correctPosition(db(), id, { termId: 'term:nope' }, 'ana')).rejects.toThrow(/termId: no term with id "term:nope"/);
    await expect(correctPosition(db(), id, { holderId: 'term:nope' }, 'ana')).rejects.toThrow(/holderId: no person or institution with id/);
    await expect(correctPosition(db(), id, { id: 'pos:other' }, 'ana')).rejects.toThrow(/id cannot be changed/);
    await expect(retractPosition(db(), 'pos:no-such', 'ana', 'gone')).rejects.toBeInstanceOf(NotFoundError);
    expect(await claim(id)).toEqual(before);
    expect(await revisions(id)).toEqual([]);
  });
});
