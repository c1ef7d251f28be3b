UNWIND $rows AS row
MERGE (p:Entity {id: row.id})
SET p = row.props, p:Stakeholder:Person
WITH p, row
CALL (p) { MATCH (p)-[r:AFFILIATED_WITH]->() DELETE r }
CALL (p, row) {
  UNWIND row.affiliations AS a
  MERGE (i:Entity {id: a.institution})
  CREATE (p)-[:AFFILIATED_WITH {role: a.role, from: a.from, until: a.until}]->(i)
}
