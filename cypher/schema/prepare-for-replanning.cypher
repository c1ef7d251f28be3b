// After a large write, index statistics still describe the graph as it was (an empty index looks
// perfectly selective), and cached plans were made from them: measured right after a 10k-position
// ingest, alignment scanned every position (814k db hits) instead of starting from the five
// stakeholders (10k). This resamples outdated indexes, waits, and clears the query plan caches.
CALL db.prepareForReplanning(60)
