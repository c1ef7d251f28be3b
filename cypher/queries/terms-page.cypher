// Terms by label (keyset pagination on lower-cased label, then id), optionally narrowed by search.
CALL () {
  WITH $search AS q WHERE q IS NULL
  MATCH (n:Term) RETURN n
  UNION
  WITH $search AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', q) YIELD node
  WITH node WHERE node:Term
  RETURN node AS n
}
WITH n, toLower(n.label) AS key
ORDER BY key, n.id
WITH collect({n: n, key: key}) AS matches
WITH size(matches) AS total,
     [x IN matches WHERE $afterKey IS NULL OR x.key > $afterKey OR (x.key = $afterKey AND x.n.id > $afterId)][0..toInteger($limit) + 1] AS page
// Map projections need a variable, so the page is unwound and projected in a subquery.
CALL (page) {
  UNWIND page AS x
  WITH x.n AS n, x.key AS key
  RETURN collect(n {.*, __typename: 'Term', sortKey: key}) AS rows
}
RETURN total, rows AS page
