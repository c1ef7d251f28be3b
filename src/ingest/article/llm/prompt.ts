import type { ParsedArticle } from '../types.js';

/**
 * The prompt: the stance model in a few lines, the JSON shape to return, and the article as numbered
 * sentences. Claims point at sentences by number, so offsets and citations come from our own parse,
 * never from the model.
 */
export const SYSTEM_PROMPT = `You extract stances from news articles about negotiations.
A stance is one of PROPOSED (put forward, demanded, included in a plan), SUPPORTED (welcomed, backed,
accepted, called for) or OPPOSED (rejected, pushed back on, ruled out). Report only stances a sentence
states about a named stakeholder (person, government, organisation, group). A negated support
("would not accept X") is OPPOSED; a negated opposition ("did not reject X") is no stance at all.
Answer with JSON only, in this shape:
{"claims": [{"sentence": <number>, "holder": "<stakeholder name as in the text>",
  "holderKind": "Person" | "Institution", "stance": "PROPOSED" | "SUPPORTED" | "OPPOSED",
  "term": "<the thing proposed, supported or opposed, as a short noun phrase>", "confidence": <0..1>}]}`;

export function userPrompt(article: ParsedArticle): string {
  const head = [article.meta.title && `Title: ${article.meta.title}`, article.meta.date && `Date: ${article.meta.date}`].filter(Boolean).join('\n');
  const sentences = article.sentences.filter((s) => !s.heading).map((s) => `[${s.index}] ${s.text.replace(/\s+/g, ' ')}`).join('\n');
  return `${head}\n\nSentences:\n${sentences}`;
}
