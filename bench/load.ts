import fs from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';

export interface LoadTarget {
  url: string;
  body: string;
  /** Processes whose CPU time is charged to the requests served (server, Neo4j). */
  cpuPids: { server?: number | undefined; neo4j?: number | undefined };
}

export interface LoadOptions {
  connections: number;
  /** Measured seconds per target, split into `rounds` slices that alternate between the targets. */
  durationS: number;
  warmupS: number;
  rounds: number;
  /**
   * Waits until the database has finished the work a slice left behind (queries still running when
   * the load generator stopped), so it is not charged to the next slice. Resolves to the ms waited.
   */
  drain?: () => Promise<number>;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  /** Exact percentiles from every response time (autocannon's own histogram has 1 ms buckets); null when nothing completed. */
  latencyMs: { p50: number | null; p90: number | null; p99: number | null; mean: number | null; min: number | null; max: number | null };
  non2xx: number;
  /** Socket errors and timeouts. */
  errors: number;
  timeouts: number;
  /** 2xx responses whose body carried GraphQL `errors`. */
  graphqlErrors: number;
  /** The first error message a response carried, if any. */
  firstError: string | null;
  bytesPerResponse: number;
  /** CPU time per request, in ms, of the server process and of Neo4j (null when not measurable). */
  cpuMsPerRequest: { server: number | null; neo4j: number | null };
  /** The load generator's own CPU per request (it shares the cores). */
  loadGeneratorCpuMsPerRequest: number | null;
  /** 1-minute load average before and after (it counts Neo4j's own busy threads too). */
  loadavg: [number, number];
  /** Share of the machine's CPU (all cores) used by processes other than the server, Neo4j and the load generator. */
  foreignCpuShare: number | null;
  /** Time spent after the slices waiting for queries the load left running in Neo4j. */
  drainMs: number;
}

const CLOCK_TICKS_PER_S = 100;

/** Busy CPU time of the whole machine (all cores), in ms, from /proc/stat. */
export function machineBusyMs(): number | undefined {
  try {
    const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal …: everything but idle and iowait.
    const busy = cpu.reduce((a, b) => a + b, 0) - (cpu[3] ?? 0) - (cpu[4] ?? 0);
    return (busy * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return undefined;
  }
}

/** utime + stime of a process, in ms, from /proc (Linux); undefined elsewhere or when it is gone. */
export function cpuMsOf(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name; utime and stime are fields 14 and 15 of stat.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return undefined;
  }
}

function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const round = (v: number | null, digits = 2) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

interface Slice {
  times: number[];
  requests: number;
  seconds: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  graphqlErrors: number;
  firstError: string | null;
  bytes: number;
  serverCpuMs: number | undefined;
  neo4jCpuMs: number | undefined;
  ownCpuMs: number;
  machineBusyMs: number | undefined;
  drainMs: number;
}

async function cannon(target: LoadTarget, connections: number, durationS: number, drain?: () => Promise<number>): Promise<Slice> {
  const times: number[] = [];
  let graphqlErrors = 0;
  let firstError: string | null = null;
  const server0 = cpuMsOf(target.cpuPids.server);
  const neo0 = cpuMsOf(target.cpuPids.neo4j);
  const busy0 = machineBusyMs();
  const own0 = process.cpuUsage();
  const slice = await new Promise<Omit<Slice, 'drainMs' | 'machineBusyMs' | 'serverCpuMs' | 'neo4jCpuMs' | 'ownCpuMs'>>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration: durationS,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: target.body,
            onResponse: (status: number, body: string) => {
              const failed = body.includes('"errors":[');
              if (failed && status >= 200 && status < 300) graphqlErrors++;
              if ((failed || status >= 300) && firstError === null) {
                try {
                  firstError = String((JSON.parse(body) as { errors?: { message?: string }[] }).errors?.[0]?.message ?? `HTTP ${status}`).slice(0, 300);
                } catch {
                  firstError = `HTTP ${status}: ${body.slice(0, 200)}`;
                }
              }
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          times,
          requests: result.requests.total,
          seconds: result.duration,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          graphqlErrors,
          firstError,
          bytes: result.throughput.total,
        });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) times.push(responseTime);
    });
  });
  // CPU is read after the drain: the work the slice left running belongs to the slice.
  const drainMs = drain ? await drain() : 0;
  const own = process.cpuUsage(own0);
  const server1 = cpuMsOf(target.cpuPids.server);
  const neo1 = cpuMsOf(target.cpuPids.neo4j);
  const busy1 = machineBusyMs();
  return {
    ...slice,
    serverCpuMs: server0 === undefined || server1 === undefined ? undefined : server1 - server0,
    neo4jCpuMs: neo0 === undefined || neo1 === undefined ? undefined : neo1 - neo0,
    ownCpuMs: (own.user + own.system) / 1000,
    machineBusyMs: busy0 === undefined || busy1 === undefined ? undefined : busy1 - busy0,
    drainMs,
  };
}

/** CPU used by other processes during the slices, as a share of all cores' time. */
function foreignShare(parts: Slice[]): number | null {
  if (parts.some((s) => s.machineBusyMs === undefined || s.serverCpuMs === undefined || s.neo4jCpuMs === undefined)) return null;
  const wallMs = parts.reduce((n, s) => n + s.seconds * 1000 + s.drainMs, 0);
  const foreign = parts.reduce((n, s) => n + s.machineBusyMs! - s.serverCpuMs! - s.neo4jCpuMs! - s.ownCpuMs, 0);
  return round(Math.max(0, foreign) / (wallMs * os.availableParallelism()), 3);
}

/**
 * Loads several targets (the three servers answering one question) under the same conditions: a
 * warm-up of each, then `rounds` measured slices that alternate between them, so a change in the
 * machine's load during the run falls on every target alike.
 */
export async function runLoads(targets: LoadTarget[], options: LoadOptions): Promise<LoadResult[]> {
  for (const t of targets) if (options.warmupS > 0) await cannon(t, options.connections, options.warmupS, options.drain);
  const slices: Slice[][] = targets.map(() => []);
  const loadavg: [number, number][] = targets.map(() => [os.loadavg()[0]!, 0]);
  const rounds = Math.max(1, Math.round(options.rounds));
  for (let round = 0; round < rounds; round++) {
    for (const [i, t] of targets.entries()) {
      if (round === 0) loadavg[i]![0] = os.loadavg()[0]!;
      slices[i]!.push(await cannon(t, options.connections, options.durationS / rounds, options.drain));
      if (round === rounds - 1) loadavg[i]![1] = os.loadavg()[0]!;
    }
  }
  return slices.map((parts, i) => {
    const sum = (f: (s: Slice) => number) => parts.reduce((n, s) => n + f(s), 0);
    const cpu = (f: (s: Slice) => number | undefined) => (parts.some((s) => f(s) === undefined) ? undefined : sum((s) => f(s)!));
    const requests = sum((s) => s.requests);
    const seconds = sum((s) => s.seconds);
    const sorted = Float64Array.from(parts.flatMap((s) => s.times)).sort();
    const perRequest = (total: number | undefined) => (total === undefined || requests === 0 ? null : round(total / requests, 3));
    return {
      requests,
      seconds,
      rps: round(requests / seconds, 1)!,
      latencyMs: {
        p50: round(percentile(sorted, 50)),
        p90: round(percentile(sorted, 90)),
        p99: round(percentile(sorted, 99)),
        mean: sorted.length ? round(sorted.reduce((a, b) => a + b, 0) / sorted.length) : null,
        min: round(sorted[0] ?? null),
        max: round(sorted[sorted.length - 1] ?? null),
      },
      non2xx: sum((s) => s.non2xx),
      errors: sum((s) => s.errors),
      timeouts: sum((s) => s.timeouts),
      graphqlErrors: sum((s) => s.graphqlErrors),
      firstError: parts.find((s) => s.firstError !== null)?.firstError ?? null,
      bytesPerResponse: requests ? Math.round(sum((s) => s.bytes) / requests) : 0,
      cpuMsPerRequest: { server: perRequest(cpu((s) => s.serverCpuMs)), neo4j: perRequest(cpu((s) => s.neo4jCpuMs)) },
      loadGeneratorCpuMsPerRequest: perRequest(sum((s) => s.ownCpuMs)),
      loadavg: [round(loadavg[i]![0])!, round(loadavg[i]![1])!],
      foreignCpuShare: foreignShare(parts),
      drainMs: Math.round(sum((s) => s.drainMs)),
    };
  });
}
