import type { InstitutionKind, Stance } from '../../model/vocabulary.js';

/**
 * Shared shapes of the article pipeline. Every offset is a UTF-16 index into the article text exactly
 * as it was given (nothing is stripped before offsets are taken), end exclusive, so
 * `text.slice(start, end)` always returns the evidence.
 */

export interface Reference {
  number: number;
  /** Normalised: a scheme is added to bare domains; a trailing "…" is kept (the article cut it). */
  url: string;
  title?: string;
  publisher?: string;
  line: number;
}

export interface Marker {
  numbers: number[];
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface Link {
  url: string;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** The original text of the sentence (markers inside it included). */
  text: string;
  /** Blank-line delimited block; citation scope never crosses it. */
  paragraph: number;
  line: number;
  /** A heading or a lead-in label ("NATO Stance:"), not prose. */
  heading: boolean;
  /** Reference numbers this sentence cites after the scope rule (docs/extraction.md#citations). */
  citations: number[];
  /** Links and plain URLs inside the sentence: citations too. */
  links: string[];
}

export interface ArticleMeta {
  title?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  author?: string;
  url?: string;
  publisher?: string;
}

export interface ArticleProblem {
  line?: number;
  column?: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ParsedArticle {
  text: string;
  /** Same length as `text`: markup, markers and URLs blanked out, so NLP offsets are text offsets. */
  analysis: string;
  meta: ArticleMeta;
  sentences: Sentence[];
  references: Reference[];
  problems: ArticleProblem[];
}

/** A stakeholder the graph already holds, as loaded by cypher/article/known-entities.cypher. */
export interface KnownStakeholder {
  id: string;
  name: string;
  aliases: string[];
  kind: 'Person' | 'Institution';
  institutionKind?: InstitutionKind | null;
}

export interface KnownTerm {
  id: string;
  label: string;
  aliases: string[];
}

export type { InstitutionKind, Stance };
