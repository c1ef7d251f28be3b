/**
 * A memoised `compute` whose cache is bounded: past `maxEntries` entries it is cleared and starts
 * again. The extractor's word-level caches (word forms, stems, phrase stems) see the same few
 * thousand keys in every article, so clearing now and then costs little, and a long-running server
 * never grows a module-level Map without bound.
 *
 * `compute` must be pure, and must not return undefined (undefined means "not cached").
 */
export function boundedMemo<K, V>(compute: (key: K) => V, maxEntries: number): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K): V => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= maxEntries) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
