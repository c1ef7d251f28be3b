/**
 * The optional LLM extractor's settings, from the environment. It is off unless
 * EXTRACTOR_LLM_URL is set; the rule extractor is the default and needs no network.
 *   EXTRACTOR_LLM_URL      base URL of an OpenAI-compatible API (…/v1) or its /chat/completions URL
 *   EXTRACTOR_LLM_MODEL    model name (required with the URL)
 *   EXTRACTOR_LLM_API_KEY  bearer token, if the endpoint wants one
 *   EXTRACTOR_LLM_TIMEOUT_MS  per request, default 60000
 */
export interface LlmConfig {
  url: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig | undefined {
  const url = env.EXTRACTOR_LLM_URL?.trim();
  if (!url) return undefined;
  if (!/^https?:\/\/[^\s]+$/.test(url)) throw new Error(`Invalid EXTRACTOR_LLM_URL=${JSON.stringify(url)}: expected an http(s) URL`);
  const model = env.EXTRACTOR_LLM_MODEL?.trim();
  if (!model) throw new Error('EXTRACTOR_LLM_MODEL must be set when EXTRACTOR_LLM_URL is');
  const timeoutMs = Number(env.EXTRACTOR_LLM_TIMEOUT_MS ?? 60_000);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error(`Invalid EXTRACTOR_LLM_TIMEOUT_MS=${JSON.stringify(env.EXTRACTOR_LLM_TIMEOUT_MS)}`);
  return { url, model, timeoutMs, ...(env.EXTRACTOR_LLM_API_KEY ? { apiKey: env.EXTRACTOR_LLM_API_KEY } : {}) };
}

export const completionsUrl = (base: string) => (/\/chat\/completions\/?$/.test(base) ? base : `${base.replace(/\/+$/, '')}/chat/completions`);
