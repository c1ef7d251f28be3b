import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/ingest/article/ingest-article.js';
import { LlmError } from '../../../src/ingest/article/llm/client.js';
import { ConfigError, type LlmConfig, loadConfig } from '../../../src/config.js';
import { extractArticleWithLlm } from '../../../src/ingest/article/llm/extract.js';
import { parseArticle } from '../../../src/ingest/article/parse.js';
import { validateExtraction } from '../../../src/ingest/article/schema.js';
import { testDatabase, useCleanGraph } from '../../helpers/db.js';
import { example, seedText } from './fixtures.js';

/** The extractor's settings, read and validated with the rest of the configuration (src/config.ts). */
const llmConfig = (env: Record<string, string>) => loadConfig(env, { dotenv: false }).articles.llm;

/** A real OpenAI-compatible HTTP endpoint on localhost that answers with canned JSON. */
describe('the optional LLM extractor', () => {
  let server: http.Server;
  let config: LlmConfig;
  let answer: { status: number; body: unknown } = { status: 200, body: {} };
  const requests: { url: string; auth: string | undefined; body: { model: string; messages: { role: string; content: string }[] } }[] = [];
  const sentence = (fragment: string) => parseArticle(seedText).sentences.findIndex((s) => s.text.includes(fragment));
  const completion = (content: unknown) => ({ status: 200, body: { choices: [{ message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content) } }] } });

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        requests.push({ url: req.url!, auth: req.headers.authorization, body: JSON.parse(body) });
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    config = llmConfig({ EXTRACTOR_LLM_URL: `http://127.0.0.1:${port}/v1`, EXTRACTOR_LLM_MODEL: 'test-model', EXTRACTOR_LLM_API_KEY: 'secret' })!;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('is off unless configured', () => {
    expect(llmConfig({})).toBeUndefined();
    expect(llmConfig({ EXTRACTOR_LLM_URL: '', EXTRACTOR_LLM_MODEL: 'm' })).toBeUndefined();
    expect(config).toEqual({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v1$/), model: 'test-model', apiKey: 'secret', timeoutMs: 60_000 });
    expect(() => llmConfig({ EXTRACTOR_LLM_URL: 'http://x.example/v1' })).toThrow(ConfigError);
    expect(() => llmConfig({ EXTRACTOR_LLM_URL: 'http://x.example/v1' })).toThrow(/^Invalid EXTRACTOR_LLM_MODEL="": .*required when EXTRACTOR_LLM_URL is set/);
    expect(() => llmConfig({ EXTRACTOR_LLM_URL: 'not a url', EXTRACTOR_LLM_MODEL: 'm' })).toThrow(/^Invalid EXTRACTOR_LLM_URL="not a url": expected an http\(s\) URL/);
  });

  it('maps the model\'s claims through the same resolution and validation as the rules', async () => {
    answer = completion({ claims: [
      { sentence: sentence('unwilling to formally cede'), holder: 'Ukraine', holderKind: 'Institution', stance: 'OPPOSED', term: 'ceding territory', confidence: 0.9 },
      { sentence: sentence('unwilling to formally cede'), holder: 'Russia', stance: 'PROPOSED', term: 'control over the annexed regions' },
      { sentence: sentence('which the Kremlin has praised'), holder: 'Petro Example', holderKind: 'Person', stance: 'SUPPORTED', term: 'a brand new idea' },
    ] });
    const x = await extractArticleWithLlm(seedText, example.stakeholders, example.terms, config);
    expect(validateExtraction(x, seedText).errors).toEqual([]);
    expect(x.article.extractor).toBe('llm:test-model');
    expect(x.positions.map((p) => `${p.holderId} ${p.stance} ${p.termId} [${p.citations}]`)).toEqual([
      'person:petro-example SUPPORTED term:a-brand-new-idea [1,2,3,4]',
      'inst:ukraine OPPOSED term:ukraine-cedes-donbas [4,10]',
      'inst:russia PROPOSED term:russian-control-annexed-regions [4,10]',
    ]);
    const request = requests.at(-1)!;
    expect(request.url).toBe('/v1/chat/completions');
    expect(request.auth).toBe('Bearer secret');
    expect(request.body.model).toBe('test-model');
    expect(request.body.messages[1]!.content).toContain(`[${sentence('unwilling to formally cede')}] The talks are ongoing`);
  });

  it('refuses output that does not pass validation, and endpoint failures, with a clear error', async () => {
    answer = completion({ claims: [{ sentence: 1, holder: 'Ukraine', stance: 'MAYBE', term: 'x' }] });
    await expect(extractArticleWithLlm(seedText, [], [], config)).rejects.toThrow(/expected shape: claims\.0\.stance/);
    answer = completion({ claims: [{ sentence: 999, holder: 'Ukraine', stance: 'OPPOSED', term: 'x' }] });
    await expect(extractArticleWithLlm(seedText, [], [], config)).rejects.toThrow(/sentence 999/);
    answer = completion('Sure! Here are the claims you asked for.');
    await expect(extractArticleWithLlm(seedText, [], [], config)).rejects.toBeInstanceOf(LlmError);
    answer = { status: 500, body: { error: 'overloaded' } };
    await expect(extractArticleWithLlm(seedText, [], [], config)).rejects.toThrow(/answered 500/);
  });

  it('is refused, naming the variables, when asked for but not configured', async () => {
    const db = testDatabase();
    try {
      await expect(ingestArticle(db, { text: seedText, extractor: 'llm', llm: llmConfig({}) })).rejects.toThrow(/set EXTRACTOR_LLM_URL and EXTRACTOR_LLM_MODEL/);
    } finally {
      await db.close();
    }
  });

  describe('ingesting with it', () => {
    const db = useCleanGraph();

    it('writes the model\'s claims as extracted positions, marked with the model', async () => {
      answer = completion({ claims: [{ sentence: sentence('unwilling to formally cede'), holder: 'Ukraine', stance: 'OPPOSED', term: 'cede territory' }] });
      const report = await ingestArticle(db(), { text: seedText, extractor: 'llm', llm: config });
      expect(report).toMatchObject({ extractor: 'llm:test-model', positions: { extracted: 1, created: 1 } });
      const [row] = await db().query<{ extractor: string; status: string }>('MATCH (p:Position) RETURN p.extractor AS extractor, p.status AS status');
      expect(row).toEqual({ extractor: 'llm:test-model', status: 'EXTRACTED' });
    });
  });
});
