// New institutions only; an existing stakeholder is never modified by extraction.
UNWIND $rows AS row
MERGE (i:Entity {id: row.id})
ON CREATE SET i = row.props, i:Stakeholder:Institution
WITH i, row WHERE i.origin = 'EXTRACTED' AND row.partOf IS NOT NULL AND NOT (i)-[:PART_OF]->()
CALL (i, row) {
  MATCH (t:Institution {id: row.partOf})
  MERGE (i)-[:PART_OF]->(t)
}
