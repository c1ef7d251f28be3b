/**
 * Input limits for articles. One article is a news piece, not a corpus: above the limit the input is
 * refused with a message naming the limit, before anything is parsed or written. The limit is
 * ARTICLE_MAX_BYTES, read and validated with the rest of the configuration (src/config.ts).
 */
export { DEFAULT_MAX_ARTICLE_BYTES } from '../../config.js';

export const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);

/** The message for an article over the limit; undefined when it fits. */
export function sizeProblem(bytes: number, limit: number): string | undefined {
  if (bytes <= limit) return undefined;
  return `article is ${formatBytes(bytes)}; the limit is ${formatBytes(limit)} per article (set ARTICLE_MAX_BYTES to change it), so nothing was read or written`;
}
