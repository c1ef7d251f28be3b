// Which of these ids the graph already holds, and as what, for reference checks.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l IN $kinds][0] AS kind
