UNWIND $rows AS row
MERGE (t:Entity {id: row.id})
SET t = row.props, t:Term
