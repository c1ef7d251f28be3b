import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts Cypher round trips per unit of work (a GraphQL operation, an ingest run) without
 * threading a counter through every call: whatever runs inside `countRoundTrips` is counted.
 */
const store = new AsyncLocalStorage<{ count: number }>();

export async function countRoundTrips<T>(work: () => Promise<T>): Promise<{ result: T; roundTrips: number }> {
  const counter = { count: 0 };
  const result = await store.run(counter, work);
  return { result, roundTrips: counter.count };
}

export function recordRoundTrip(): void {
  const counter = store.getStore();
  if (counter) counter.count++;
}

export function currentRoundTrips(): number | undefined {
  return store.getStore()?.count;
}

export function runWithRoundTripCounter<T>(work: () => T): { counter: { count: number }; result: T } {
  const counter = { count: 0 };
  return { counter, result: store.run(counter, work) };
}
