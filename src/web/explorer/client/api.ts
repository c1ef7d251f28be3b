import { apiKey } from './api-key.js';
import { NEIGHBORHOOD, NODE_DETAILS, PATH, SEARCH } from './queries.js';
import type { GraphPath, GraphView, NodeDetails, SearchHit } from './types.js';

/** Raised with the server's own message, so the status line can show it as it is. */
export class ApiError extends Error {}

/** The server wants an API key (or a valid one): the page asks for it. */
export class AuthRequiredError extends ApiError {}

/** POSTs one operation to the public GraphQL endpoint on the page's own origin. */
async function request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const key = apiKey();
  if (key) headers.authorization = `Bearer ${key}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`GraphQL answered HTTP ${response.status} without JSON`);
  }
  if (body.errors?.length) {
    const message = body.errors.map((e) => e.message).join('; ');
    throw body.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ? new AuthRequiredError(message) : new ApiError(message);
  }
  if (!response.ok || !body.data) throw new ApiError(`GraphQL answered HTTP ${response.status}`);
  return body.data;
}

export async function search(query: string, first = 10): Promise<SearchHit[]> {
  return (await request<{ search: SearchHit[] }>(SEARCH, { query, first })).search;
}

export async function neighborhood(id: string, limit = 200): Promise<GraphView> {
  return (await request<{ neighborhood: GraphView }>(NEIGHBORHOOD, { id, limit })).neighborhood;
}

export async function shortestPath(fromId: string, toId: string): Promise<GraphPath | null> {
  return (await request<{ path: GraphPath | null }>(PATH, { fromId, toId })).path;
}

export async function nodeDetails(id: string): Promise<NodeDetails | null> {
  return (await request<{ node: NodeDetails | null }>(NODE_DETAILS, { id })).node;
}
