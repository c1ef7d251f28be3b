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
