import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const load = (env: Record<string, string>) => loadConfig(env, { dotenv: false });

describe('loadConfig', () => {
  it('has working defaults: local Neo4j, port 4000', () => {
    const config = load({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.http.port).toBe(4000);
    expect(config.neo4j.database).toBe('neo4j');
    expect(config.local.boltPort).toBe(7687);
    expect(config.articles).toEqual({ maxBytes: 5 * 1024 * 1024, llm: undefined });
  });

  it('reads the article extractor settings: the LLM endpoint only when its URL is set, empty meaning unset', () => {
    expect(load({ EXTRACTOR_LLM_MODEL: 'm', EXTRACTOR_LLM_API_KEY: 'k' }).articles.llm).toBeUndefined();
    expect(load({ EXTRACTOR_LLM_URL: '', ARTICLE_MAX_BYTES: '' }).articles).toEqual({ maxBytes: 5 * 1024 * 1024, llm: undefined });
    expect(load({ EXTRACTOR_LLM_URL: ' https://models.example/v1 ', EXTRACTOR_LLM_MODEL: 'small', EXTRACTOR_LLM_TIMEOUT_MS: '5000', ARTICLE_MAX_BYTES: '2048' }).articles).toEqual({
      maxBytes: 2048,
      llm: { url: 'https://models.example/v1', model: 'small', timeoutMs: 5000 },
    });
    expect(load({ EXTRACTOR_LLM_URL: 'http://127.0.0.1:8080/v1/chat/completions', EXTRACTOR_LLM_MODEL: 'm', EXTRACTOR_LLM_API_KEY: 'sk-1' }).articles.llm).toEqual({
      url: 'http://127.0.0.1:8080/v1/chat/completions', model: 'm', apiKey: 'sk-1', timeoutMs: 60_000,
    });
  });

  it('sizes the answer cache in megabytes, 0 turning it off', () => {
    expect(load({}).api.responseCache).toEqual({ maxBytes: 64 * 1024 * 1024, ttlSeconds: 60, freshnessMs: 100 });
    expect(load({ RESPONSE_CACHE_MB: '8', RESPONSE_CACHE_TTL_S: '5', RESPONSE_CACHE_FRESHNESS_MS: '0' }).api.responseCache).toEqual({
      maxBytes: 8 * 1024 * 1024,
      ttlSeconds: 5,
      freshnessMs: 0,
    });
    expect(load({ RESPONSE_CACHE_MB: '0' }).api.responseCache).toBeUndefined();
    expect(() => load({ RESPONSE_CACHE_FRESHNESS_MS: '-1' })).toThrow(/RESPONSE_CACHE_FRESHNESS_MS/);
  });

  it('never puts the LLM API key in an error message', () => {
    expect(() => load({ EXTRACTOR_LLM_URL: 'http://x.example/v1', EXTRACTOR_LLM_API_KEY: 'sk-secret-value' })).toThrow(ConfigError);
    try {
      load({ EXTRACTOR_LLM_URL: 'http://x.example/v1', EXTRACTOR_LLM_API_KEY: 'sk-secret-value' });
    } catch (error) {
      expect((error as Error).message).not.toContain('sk-secret-value');
    }
  });

  it.each([
    ['bolt://localhost:7687'],
    ['neo4j://cluster.example:7687'],
    ['neo4j+s://abc.databases.neo4j.io'],
  ])('accepts %s', (uri) => {
    expect(load({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid PORT="abc": expected a port number/],
    [{ PORT: '70000' }, /^Invalid PORT="70000"/],
    [{ NEO4J_URI: 'http://x' }, /^Invalid NEO4J_URI="http:\/\/x": expected a Neo4j URI/],
    [{ NEO4J_PASSWORD: 'short' }, /^Invalid NEO4J_PASSWORD=.*at least 8 characters/],
    [{ LOG_LEVEL: 'loud' }, /^Invalid LOG_LEVEL="loud"/],
    [{ NEO4J_HEAP: 'lots' }, /^Invalid NEO4J_HEAP="lots"/],
    [{ EXTRACTOR_LLM_URL: 'ftp://models.example' }, /^Invalid EXTRACTOR_LLM_URL="ftp:\/\/models\.example": expected an http\(s\) URL/],
    [{ EXTRACTOR_LLM_URL: 'http://127.0.0.1:8080/v1' }, /^Invalid EXTRACTOR_LLM_MODEL="": expected a model name; it is required when EXTRACTOR_LLM_URL is set/],
    [{ EXTRACTOR_LLM_URL: 'http://127.0.0.1:8080/v1', EXTRACTOR_LLM_MODEL: 'm', EXTRACTOR_LLM_TIMEOUT_MS: 'soon' }, /^Invalid EXTRACTOR_LLM_TIMEOUT_MS="soon": expected a positive whole number/],
    [{ ARTICLE_MAX_BYTES: '-5' }, /^Invalid ARTICLE_MAX_BYTES="-5": expected a positive whole number/],
    [{ ARTICLE_MAX_BYTES: '1.5' }, /^Invalid ARTICLE_MAX_BYTES="1.5"/],
    [{ RESPONSE_CACHE_MB: '-1' }, /^Invalid RESPONSE_CACHE_MB="-1"/],
    [{ RESPONSE_CACHE_MB: 'lots' }, /^Invalid RESPONSE_CACHE_MB="lots": expected a number of megabytes/],
  ])('rejects %o with one clear line', (env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
    try {
      load(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
