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
WITH collect({n: n, key: key}) AS all
RETURN size(all) AS total,
       [x IN [x IN all WHERE $afterKey IS NULL OR x.key > $afterKey OR (x.key = $afterKey AND x.n.id > $afterId)][0..toInteger($limit) + 1]
        | x.n {.*, __typename: 'Term', sortKey: x.key}] AS page
