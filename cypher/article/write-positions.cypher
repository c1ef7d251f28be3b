// Extracted positions. The guard repeats the classification: a position an editor confirmed,
// corrected (CURATED) or rejected (RETRACTED) is never touched by extraction.
UNWIND $rows AS row
MERGE (p:Entity {id: row.id})
WITH p, row WHERE p.status IS NULL OR p.status = 'EXTRACTED'
SET p = row.props, p:Position
WITH p, row
CALL (p) { MATCH (p)-[r:ON_TERM|CITES|REPORTED_IN]->() DELETE r }
CALL (p) { MATCH (p)<-[r:HOLDS]-() DELETE r }
CALL (p, row) {
  MATCH (holder:Stakeholder {id: row.holder})
  MERGE (holder)-[:HOLDS]->(p)
}
CALL (p, row) {
  MATCH (term:Term {id: row.term})
  MERGE (p)-[:ON_TERM]->(term)
}
CALL (p, row) {
  UNWIND row.sources AS source
  MATCH (s:Source {id: source})
  MERGE (p)-[:CITES]->(s)
}
CALL (p, row) {
  MATCH (d:Document {id: row.document})
  MERGE (p)-[:REPORTED_IN]->(d)
}
