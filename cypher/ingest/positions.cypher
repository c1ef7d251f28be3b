// A position is a node of its own: (holder)-[:HOLDS]->(position)-[:ON_TERM]->(term),
// with its evidence in (position)-[:CITES]->(source) and (position)-[:REPORTED_IN]->(document).
UNWIND $rows AS row
MERGE (p:Entity {id: row.id})
SET p = row.props, p:Position
WITH p, row
// The term a position leaves, and (at the end) the terms rows join, need their counts recomputed.
CALL (p) { MATCH (p)-[:ON_TERM]->(old:Term) WHERE old.statsStale IS NULL SET old.statsStale = true }
CALL (p) { MATCH (p)-[r:ON_TERM|CITES|REPORTED_IN|AT_EVENT]->() DELETE r }
CALL (p) { MATCH (p)<-[r:HOLDS]-() DELETE r }
MERGE (holder:Entity {id: row.holder})
MERGE (holder)-[:HOLDS]->(p)
MERGE (term:Entity {id: row.term})
MERGE (p)-[:ON_TERM]->(term)
WITH p, row
CALL (p, row) {
  UNWIND row.sources AS source
  MERGE (s:Entity {id: source})
  MERGE (p)-[:CITES]->(s)
}
CALL (p, row) {
  WITH p, row WHERE row.document IS NOT NULL
  MERGE (d:Entity {id: row.document})
  MERGE (p)-[:REPORTED_IN]->(d)
}
CALL (p, row) {
  WITH p, row WHERE row.event IS NOT NULL
  MERGE (e:Entity {id: row.event})
  MERGE (p)-[:AT_EVENT]->(e)
}

// Stance counts of the terms these rows joined are out of date (cypher/terms/recount-stale.cypher).
WITH DISTINCT row.term AS termId
MATCH (t:Term {id: termId}) WHERE t.statsStale IS NULL
SET t.statsStale = true
