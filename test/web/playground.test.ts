import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { startApi } from '../helpers/api.js';
import { testDatabase } from '../helpers/db.js';

type Api = Awaited<ReturnType<typeof startApi>>;

describe('the offline GraphQL playground', () => {
  let db: Database;
  let api: Api;
  beforeAll(async () => {
    db = testDatabase();
    api = await startApi(db);
  });
  afterAll(async () => {
    await api.http.close();
    await db.close();
  });

  it.each(['/', '/graphql'])('GET %s from a browser serves GraphiQL with nothing loaded from another host', async (path) => {
    const res = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('graphiql.min.js');
    const refs = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThanOrEqual(4);
    for (const ref of refs) expect(ref.startsWith('/')).toBe(true);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const ref of refs) expect((await fetch(`${api.url}${ref}`)).status).toBe(200);
  });

  it('links to the explorer', async () => {
    const html = await (await fetch(`${api.url}/`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('href="/explore"');
  });

  it('preloads the example questions', async () => {
    const script = await (await fetch(`${api.url}/playground/init.js`)).text();
    expect(script).toContain('termStances');
    expect(script).toContain('contestedTerms');
    expect(script).toContain('alignment');
  });

  it('leaves API clients to the API (GET with a query string)', async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect((await res.json()).data).toEqual({ __typename: 'Query' });
  });
});
