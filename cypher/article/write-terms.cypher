UNWIND $rows AS row
MERGE (t:Entity {id: row.id})
ON CREATE SET t = row.props, t:Term
