/**
 * The optional LLM extractor's settings are read and validated with the rest of the configuration
 * (src/config.ts: EXTRACTOR_LLM_URL, EXTRACTOR_LLM_MODEL, EXTRACTOR_LLM_API_KEY,
 * EXTRACTOR_LLM_TIMEOUT_MS) and passed in as `Config['articles']['llm']`; nothing here reads the
 * environment.
 */
export type { LlmConfig } from '../../../config.js';

export const completionsUrl = (base: string) => (/\/chat\/completions\/?$/.test(base) ? base : `${base.replace(/\/+$/, '')}/chat/completions`);
