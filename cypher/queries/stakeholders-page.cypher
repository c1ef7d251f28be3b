// Stakeholders by name (keyset pagination on lower-cased name, then id), optionally narrowed by
// full-text search. One round trip returns the total and the page.
CALL () {
  WITH $search AS q WHERE q IS NULL
  MATCH (n:Stakeholder) RETURN n
  UNION
  WITH $search AS q WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', q) YIELD node
  WITH node WHERE node:Stakeholder
  RETURN node AS n
}
WITH n, toLower(n.name) AS key
ORDER BY key, n.id
WITH collect({n: n, key: key}) AS matches
WITH size(matches) AS total,
     [x IN matches WHERE $afterKey IS NULL OR x.key > $afterKey OR (x.key = $afterKey AND x.n.id > $afterId)][0..toInteger($limit) + 1] AS page
// Map projections need a variable, so the page is unwound and projected in a subquery.
CALL (page) {
  UNWIND page AS x
  WITH x.n AS n, x.key AS key
  RETURN collect(n {.*, __typename: head([l IN labels(n) WHERE l IN ['Person', 'Institution']]), sortKey: key}) AS rows
}
RETURN total, rows AS page
