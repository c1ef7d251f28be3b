import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestArticle, ingestArticleFile } from '../../../src/ingest/article/ingest-article.js';
import { loadConfig } from '../../../src/config.js';
import { InputProblemsError } from '../../../src/ingest/problems.js';
import { cleanGraph, countNodes, useCleanGraph } from '../../helpers/db.js';

const problemsOf = async (p: Promise<unknown>) => {
  const error = await p.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputProblemsError);
  return (error as InputProblemsError).problems;
};

describe('malformed articles get a clear message and write nothing wrong', () => {
  const db = useCleanGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'articles-'));
  const file = (name: string, content: string | Buffer) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, content);
    return f;
  };
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an empty file', async () => {
    const problems = await problemsOf(ingestArticleFile(db(), file('empty.txt', '')));
    expect(problems[0]).toMatchObject({ message: 'file is empty' });
    expect((await problemsOf(ingestArticle(db(), { text: ' \n\t ' })))[0]!.message).toBe('article is empty');
    expect(await countNodes(db())).toBe(0);
  });

  it('refuses a binary file', async () => {
    const problems = await problemsOf(ingestArticleFile(db(), file('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49]))));
    expect(problems[0]!.message).toMatch(/binary/);
    expect(await countNodes(db())).toBe(0);
  });

  it('refuses a 20 MB file at once, naming the size and the limit', async () => {
    const big = file('huge.txt', Buffer.alloc(20 * 1024 * 1024, 'The EU rejected the plan. '));
    const started = Date.now();
    const problems = await problemsOf(ingestArticleFile(db(), big));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(problems[0]!.file).toBe(big);
    expect(problems[0]!.message).toMatch(/article is 20\.0 MB; the limit is 5\.0 MB per article \(set ARTICLE_MAX_BYTES/);
    const text = fs.readFileSync(big, 'utf8');
    expect((await problemsOf(ingestArticle(db(), { text })))[0]!.message).toMatch(/20\.0 MB/);
    expect(await countNodes(db())).toBe(0);
    const maxBytes = loadConfig({ ARTICLE_MAX_BYTES: '1000' }, { dotenv: false }).articles.maxBytes;
    expect(maxBytes).toBe(1000);
    const small = await problemsOf(ingestArticle(db(), { text: 'The EU rejected the plan. '.repeat(50), maxBytes }));
    expect(small[0]!.message).toMatch(/article is 1\.3 KB; the limit is 1\.0 KB per article/);
    expect(() => loadConfig({ ARTICLE_MAX_BYTES: 'lots' }, { dotenv: false })).toThrow(/^Invalid ARTICLE_MAX_BYTES="lots"/);
  });

  it('extracts from an article with no reference list, citing the article itself', async () => {
    const report = await ingestArticle(db(), { text: 'Talks stall\nDate: 2026-04-02\n\nThe Great Lakes Nurses Union rejected the latest wage offer on Tuesday.\n', url: 'https://news.example/talks-stall' });
    expect(report.positions.created).toBeGreaterThan(0);
    expect(report.warnings.map((w) => w.message)).toContain('article has no reference list; positions cite the article itself');
    const rows = await db().query<{ urls: string[] }>('MATCH (p:Position) RETURN [(p)-[:CITES]->(s:Source) | s.url] AS urls');
    for (const r of rows) expect(r.urls).toEqual(['https://news.example/talks-stall']);
    await cleanGraph(db());
    await ingestArticle(db(), { text: 'Talks stall\nDate: 2026-04-02\n\nThe Great Lakes Nurses Union rejected the latest wage offer on Tuesday.\n' });
    const [row] = await db().query<{ url: string; id: string }>('MATCH (:Position)-[:CITES]->(s:Source) RETURN s.url AS url, s.id AS id');
    expect(row!.id).toMatch(/^src:article-/);
    expect(row!.url).toMatch(/^urn:stancegraph:article:/);
  });

  it('warns about markers that point to missing references, naming marker and line, and invents no source', async () => {
    await cleanGraph(db());
    const text = 'Talks stall\nDate: 2026-04-02\n\nThe Great Lakes Nurses Union rejected the latest wage offer. [2]\n\nLakeshore Health System proposed a pay freeze. [1, 9]\n\n[1] https://news.example/one\n';
    const report = await ingestArticle(db(), { text, file: 'stall.md' });
    const messages = report.warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^stall\.md:4:\d+ citation marker \[2\] points to no entry of the reference list/),
      expect.stringMatching(/^stall\.md:6:\d+ citation marker \[9\] points to no entry/),
    ]));
    const sources = await db().query<{ url: string }>('MATCH (s:Source) RETURN s.url AS url ORDER BY url');
    expect(sources.map((s) => s.url).filter((u) => !u.startsWith('urn:'))).toEqual(['https://news.example/one']);
    const cited = await db().query<{ quote: string; urls: string[] }>('MATCH (p:Position) RETURN p.quote AS quote, [(p)-[:CITES]->(s) | s.url] AS urls');
    expect(cited.find((c) => c.quote.includes('pay freeze'))!.urls).toEqual(['https://news.example/one']);
    expect(cited.find((c) => c.quote.includes('wage offer'))!.urls[0]).toMatch(/^urn:stancegraph:article:/);
  });

  it('refuses an article with nothing but references', async () => {
    await cleanGraph(db());
    const problems = await problemsOf(ingestArticle(db(), { text: 'References\n\n[1] https://a.example/x\n[2] https://b.example/y\n' }));
    expect(problems.map((p) => p.message).join(' ')).toMatch(/no prose/);
    expect(await countNodes(db())).toBe(0);
  });
});
