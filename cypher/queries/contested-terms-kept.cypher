// contested-terms.cypher without asOf, from the counts kept on each term (cypher/terms/recount-stale.cypher):
// reads the contested terms only (index: term_contested_score), not every position. `stale` says
// whether some term's counts are out of date, so the caller recounts and asks again.
CALL () {
  OPTIONAL MATCH (s:Term) WHERE s.statsStale = true
  WITH s LIMIT 1
  RETURN s IS NOT NULL AS stale
}
CALL () {
  MATCH (t:Term) WHERE t.contestedScore IS NOT NULL
  WITH t ORDER BY t.contestedScore DESC, t.support + t.opposition DESC, t.id
  LIMIT toInteger($limit)
  RETURN collect({term: t {.*, __typename: 'Term'}, support: t.support, opposition: t.opposition, score: t.contestedScore}) AS rows
}
RETURN stale, rows
