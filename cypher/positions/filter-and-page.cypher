// Follows one of the anchor-*.cypher fragments, which binds p. Pages in date order (undated
// first), then by id; `from`/`to` keep positions whose period overlaps the range.
WHERE p.status IN $statuses
  AND ($stances IS NULL OR p.stance IN $stances)
  AND ($from IS NULL OR p.until IS NULL OR p.dateTo >= $from)
  AND ($to IS NULL OR coalesce(p.dateFrom, '0000-00-00') <= $to)
  AND ($holderId IS NULL OR EXISTS { (:Stakeholder {id: $holderId})-[:HOLDS]->(p) })
  AND ($termId IS NULL OR EXISTS { (p)-[:ON_TERM]->(:Term {id: $termId}) })
  AND ($sourceId IS NULL OR EXISTS { (p)-[:CITES]->(:Source {id: $sourceId}) })
WITH p, coalesce(p.dateFrom, '') AS key
ORDER BY key, p.id
WITH collect({p: p, key: key}) AS matches
WITH size(matches) AS total,
     [x IN matches WHERE $afterKey IS NULL OR x.key > $afterKey OR (x.key = $afterKey AND x.p.id > $afterId)][0..toInteger($limit) + 1] AS page
// Map projections need a variable, so the page is unwound and projected in a subquery.
CALL (page) {
  UNWIND page AS x
  WITH x.p AS p, x.key AS key
  RETURN collect(p {.*, __typename: 'Position', sortKey: key}) AS rows
}
RETURN total, rows AS page
