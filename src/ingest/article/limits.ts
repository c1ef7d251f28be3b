/**
 * Input limits for articles. One article is a news piece, not a corpus: above the limit the input is
 * refused with a message naming the limit, before anything is parsed or written.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export function maxArticleBytes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ARTICLE_MAX_BYTES;
  if (raw === undefined || raw === '') return DEFAULT_MAX_ARTICLE_BYTES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`Invalid ARTICLE_MAX_BYTES=${JSON.stringify(raw)}: expected a positive whole number of bytes`);
  return value;
}

export const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);

/** The message for an article over the limit; undefined when it fits. */
export function sizeProblem(bytes: number, limit: number): string | undefined {
  if (bytes <= limit) return undefined;
  return `article is ${formatBytes(bytes)}; the limit is ${formatBytes(limit)} per article (set ARTICLE_MAX_BYTES to change it), so nothing was read or written`;
}
