import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';

/** One article is a news piece, not a corpus. */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** A configuration problem, reported as one line that names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

const port = (fallback: number) =>
  z
    .string()
    .default(String(fallback))
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 65535, {
      message: 'expected a port number between 1 and 65535',
    })
    .transform(Number);

const positiveInt = (fallback: number) =>
  z
    .string()
    .default(String(fallback))
    .refine((v) => /^\d+$/.test(v) && Number(v) > 0, { message: 'expected a positive whole number' })
    .transform(Number);

const flag = (fallback: boolean | undefined) =>
  z
    .enum(['true', 'false', '1', '0', ''], { error: 'expected true or false' })
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : v === 'true' || v === '1'));

/** Unset and empty mean the same: the default. */
const blankAsUnset = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || NEO4J_SCHEMES.some((s) => v.startsWith(`${s}//`)), {
      message: `expected a Neo4j URI starting with ${NEO4J_SCHEMES.map((s) => `${s}//`).join(', ')}`,
    }),
  NEO4J_USER: z.string().min(1, 'expected a user name').default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'expected at least 8 characters').default('stancegraph-local'),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'expected a Neo4j database name such as "neo4j"')
    .default('neo4j'),
  NEO4J_BOLT_PORT: port(7687),
  NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i, 'expected a JVM size such as 512m or 1g')
    .default('1g'),
  NEO4J_PAGECACHE_MB: positiveInt(512),
  NEO4J_TX_TIMEOUT_MS: positiveInt(15_000),
  NEO4J_MAX_RETRY_MS: positiveInt(800),
  READS_REQUIRE_KEY: flag(false),
  INTROSPECTION: flag(undefined),
  PLAYGROUND: flag(undefined),
  PORT: port(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Article extraction (src/ingest/article/). The LLM extractor is off unless EXTRACTOR_LLM_URL is set.
  EXTRACTOR_LLM_URL: blankAsUnset(
    z.string().trim().regex(/^https?:\/\/\S+$/, 'expected an http(s) URL of an OpenAI-compatible API (…/v1 or …/chat/completions)').optional(),
  ),
  EXTRACTOR_LLM_MODEL: blankAsUnset(z.string().trim().optional()),
  EXTRACTOR_LLM_API_KEY: blankAsUnset(z.string().optional()),
  EXTRACTOR_LLM_TIMEOUT_MS: blankAsUnset(positiveInt(60_000)),
  ARTICLE_MAX_BYTES: blankAsUnset(positiveInt(DEFAULT_MAX_ARTICLE_BYTES)),
  // Whole answers, until the graph changes (src/web/answer-cache.ts). 0 MB turns it off.
  RESPONSE_CACHE_MB: z.coerce.number({ message: 'expected a number of megabytes (0 turns the cache off)' }).int().min(0).default(64),
  RESPONSE_CACHE_TTL_S: positiveInt(60),
  RESPONSE_CACHE_FRESHNESS_MS: z.coerce.number({ message: 'expected milliseconds (0: check the graph version for every request)' }).int().min(0).default(100),
}).superRefine((e, ctx) => {
  if (e.EXTRACTOR_LLM_URL && !e.EXTRACTOR_LLM_MODEL) {
    ctx.addIssue({ code: 'custom', path: ['EXTRACTOR_LLM_MODEL'], message: 'expected a model name; it is required when EXTRACTOR_LLM_URL is set' });
  }
});

/** The optional LLM extractor's endpoint (see docs/extraction.md, "The LLM extractor"). */
export interface LlmConfig {
  /** Base URL of an OpenAI-compatible API (…/v1) or its /chat/completions URL. */
  url: string;
  model: string;
  /** Bearer token, if the endpoint wants one. */
  apiKey?: string;
  /** Per request. */
  timeoutMs: number;
}

/** The answer cache; its TTL bounds staleness only after writes made outside Stancegraph. */
export interface ResponseCacheConfig {
  maxBytes: number;
  ttlSeconds: number;
  /** How old a graph version read may be when a cached answer is served (writes through this process are seen at once). */
  freshnessMs: number;
}

export interface Config {
  neo4j: {
    /** Undefined means: use (and start if needed) the project's local instance. */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
    txTimeoutMs: number;
    /** How long a transaction keeps retrying transient failures before the caller gets an error. */
    maxRetryMs: number;
  };
  local: { boltPort: number; dataDir: string; heap: string; pageCacheMb: number };
  http: { port: number; host: string };
  api: {
    /** Off by default: reads are open (bind to loopback); mutations always need an editor key. */
    readsRequireKey: boolean;
    introspection: boolean;
    playground: boolean;
    /** Undefined: every query runs against the database. */
    responseCache: ResponseCacheConfig | undefined;
  };
  articles: {
    /** Per article; a bigger one is refused before it is read. */
    maxBytes: number;
    /** Undefined: the LLM extractor is off (the rule extractor needs no configuration). */
    llm: LlmConfig | undefined;
  };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  production: boolean;
}

/** Reads and validates the environment once; the result is passed to whoever needs it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { dotenv?: boolean } = {}): Config {
  if (options.dotenv ?? true) dotenv.config({ quiet: true });
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`Invalid ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      maxRetryMs: e.NEO4J_MAX_RETRY_MS,
    },
    local: {
      boltPort: e.NEO4J_BOLT_PORT,
      dataDir: path.resolve(e.NEO4J_DATA_DIR),
      heap: e.NEO4J_HEAP,
      pageCacheMb: e.NEO4J_PAGECACHE_MB,
    },
    http: { port: e.PORT, host: e.HOST },
    api: {
      readsRequireKey: e.READS_REQUIRE_KEY ?? false,
      introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
      playground: e.PLAYGROUND ?? e.NODE_ENV !== 'production',
      responseCache: e.RESPONSE_CACHE_MB > 0 ? { maxBytes: e.RESPONSE_CACHE_MB * 1024 * 1024, ttlSeconds: e.RESPONSE_CACHE_TTL_S, freshnessMs: e.RESPONSE_CACHE_FRESHNESS_MS } : undefined,
    },
    articles: {
      maxBytes: e.ARTICLE_MAX_BYTES,
      llm: e.EXTRACTOR_LLM_URL
        ? {
            url: e.EXTRACTOR_LLM_URL,
            model: e.EXTRACTOR_LLM_MODEL!,
            timeoutMs: e.EXTRACTOR_LLM_TIMEOUT_MS,
            ...(e.EXTRACTOR_LLM_API_KEY ? { apiKey: e.EXTRACTOR_LLM_API_KEY } : {}),
          }
        : undefined,
    },
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
  };
}
