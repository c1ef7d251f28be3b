import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { Principal, Role } from './roles.js';

/**
 * API keys look like `sg_<id>_<secret>`. Only a SHA-256 of the secret is stored (the secret is
 * 256 random bits, so a fast hash is enough); the key itself is shown once, at creation.
 */
const KEY_PATTERN = /^sg_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export async function createApiKey(db: Database, name: string, role: Role): Promise<{ id: string; key: string }> {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  await db.write((tx) => tx.run(cypher('auth/create-key'), { id, name, role, hash: hashSecret(secret) }));
  return { id, key: `sg_${id}_${secret}` };
}

export async function revokeApiKey(db: Database, id: string): Promise<boolean> {
  const result = await db.write((tx) => tx.run(cypher('auth/revoke-key'), { id }));
  return result.records.length > 0;
}

export function listApiKeys(db: Database) {
  return db.query<{ id: string; name: string; role: Role; createdAt: string; revokedAt: string | null }>(cypher('auth/list-keys'));
}

/**
 * Resolves presented keys to principals. Verified keys are cached briefly so authentication costs
 * no round trip on most requests; a revoked key stops working within the cache's lifetime.
 */
export class ApiKeyVerifier {
  private readonly cache = new Map<string, { principal: Principal | null; expires: number }>();

  constructor(
    private readonly db: Database,
    private readonly ttlMs = 30_000,
  ) {}

  async verify(key: string): Promise<Principal | null> {
    const match = KEY_PATTERN.exec(key);
    if (!match) return null;
    const cached = this.cache.get(key);
    if (cached && cached.expires > Date.now()) return cached.principal;
    const [, id, secret] = match;
    const [row] = await this.db.query<{ id: string; name: string; role: Role; hash: string }>(cypher('auth/find-key'), { id });
    const presented = Buffer.from(hashSecret(secret!), 'hex');
    const principal: Principal | null =
      row && timingSafeEqual(presented, Buffer.from(row.hash, 'hex')) ? { kind: 'key', keyId: row.id, name: row.name, role: row.role } : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { principal, expires: Date.now() + this.ttlMs });
    return principal;
  }
}
