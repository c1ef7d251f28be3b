// New persons only, with the affiliation their title gave ("Ukrainian President …").
UNWIND $rows AS row
MERGE (p:Entity {id: row.id})
ON CREATE SET p = row.props, p:Stakeholder:Person
WITH p, row WHERE p.origin = 'EXTRACTED' AND row.affiliation IS NOT NULL AND NOT (p)-[:AFFILIATED_WITH]->()
CALL (p, row) {
  MATCH (i:Institution {id: row.affiliation})
  CREATE (p)-[:AFFILIATED_WITH {role: row.role, from: null, until: null}]->(i)
}
