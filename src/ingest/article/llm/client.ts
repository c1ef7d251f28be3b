import { type LlmConfig, completionsUrl } from './config.js';

export class LlmError extends Error {
  override name = 'LlmError';
}

/** One chat completion from an OpenAI-compatible endpoint; returns the message text. */
export async function chatCompletion(config: LlmConfig, messages: { role: 'system' | 'user'; content: string }[]): Promise<string> {
  let response: Response;
  try {
    response = await fetch(completionsUrl(config.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}) },
      body: JSON.stringify({ model: config.model, messages, temperature: 0, response_format: { type: 'json_object' } }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (error) {
    throw new LlmError(`the LLM endpoint did not answer (${(error as Error).message})`);
  }
  const body = await response.text();
  if (!response.ok) throw new LlmError(`the LLM endpoint answered ${response.status}: ${body.slice(0, 200)}`);
  let content: unknown;
  try {
    content = (JSON.parse(body) as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message?.content;
  } catch {
    throw new LlmError('the LLM endpoint did not answer with JSON');
  }
  if (typeof content !== 'string') throw new LlmError('the LLM answer has no choices[0].message.content');
  return content;
}
