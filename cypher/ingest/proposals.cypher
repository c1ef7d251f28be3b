UNWIND $rows AS row
MERGE (p:Entity {id: row.id})
SET p = row.props, p:Proposal
WITH p, row
CALL (p) { MATCH (p)-[r:REVISES|INCLUDES|REPORTED_IN|CITES]->() DELETE r }
CALL (p) { MATCH (p)<-[r:AUTHORED]-() DELETE r }
CALL (p, row) {
  WITH p, row WHERE row.revises IS NOT NULL
  MERGE (previous:Entity {id: row.revises})
  MERGE (p)-[:REVISES]->(previous)
}
CALL (p, row) {
  UNWIND row.authors AS author
  MERGE (a:Entity {id: author})
  MERGE (a)-[:AUTHORED]->(p)
}
CALL (p, row) {
  UNWIND row.terms AS term
  MERGE (t:Entity {id: term})
  MERGE (p)-[:INCLUDES]->(t)
}
CALL (p, row) {
  WITH p, row WHERE row.document IS NOT NULL
  MERGE (d:Entity {id: row.document})
  MERGE (p)-[:REPORTED_IN]->(d)
}
CALL (p, row) {
  UNWIND row.sources AS source
  MERGE (s:Entity {id: source})
  MERGE (p)-[:CITES]->(s)
}
