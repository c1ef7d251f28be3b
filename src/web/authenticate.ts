import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { ApiKeyVerifier } from '../auth/api-keys.js';
import type { Principal } from '../auth/roles.js';

/** The key a client presented: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
function presentedKey(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const apiKey = req.headers['x-api-key'];
  return typeof apiKey === 'string' ? apiKey.trim() : undefined;
}

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/**
 * A wrong key fails the whole request (401), so a typo is never silently served as anonymous.
 * Without a key the caller is anonymous, which may read unless reads require a key.
 */
export async function authenticate(req: IncomingMessage, verifier: ApiKeyVerifier, readsRequireKey: boolean): Promise<Principal> {
  const key = presentedKey(req);
  if (key === undefined || key === '') {
    if (readsRequireKey) throw unauthenticated('This server requires an API key (Authorization: Bearer <key>)');
    return { kind: 'anonymous' };
  }
  const principal = await verifier.verify(key);
  if (!principal) throw unauthenticated('The API key is not valid');
  return principal;
}
