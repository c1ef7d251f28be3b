import crypto, { createHash } from 'node:crypto';

/**
 * One-shot SHA-256 as base64url. crypto.hash (Node ≥ 20.12) skips the Hash object and is about twice
 * as fast; every extracted position is hashed for its id, so it shows in extraction throughput.
 * Older Node (the engines field allows 20.11) falls back to createHash; the digest is the same.
 */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64url') => string }).hash;
const sha256 = oneShot ? (data: string) => oneShot('sha256', data, 'base64url') : (data: string) => createHash('sha256').update(data).digest('base64url');

/** URL-safe, short content hash (same scheme as src/ingest/dataset/rows.ts). */
export const hash = (value: unknown, length = 22) => sha256(typeof value === 'string' ? value : JSON.stringify(value)).slice(0, length);

/** Lower-case ASCII slug: accents folded, everything else a single dash. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary and keep the ids of long labels apart with a hash of the whole.
  const cut = slug.slice(0, maxLength - 9).replace(/-[^-]*$/, '');
  return `${cut}-${createHash('sha256').update(slug).digest('hex').slice(0, 8)}`;
}

/** `prefix:slug`, valid for ID_PATTERN in src/model/dataset.ts (the slug starts with a letter or digit). */
export function entityId(prefix: 'person' | 'inst' | 'term' | 'src' | 'doc', name: string): string {
  const slug = slugify(name) || hash(name, 10).toLowerCase().replace(/[^a-z0-9]/g, 'x');
  return `${prefix}:${slug}`;
}
