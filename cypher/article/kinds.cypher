// Which of these ids exist, and as stakeholder or term (for review corrections).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n:Stakeholder AS stakeholder, n:Term AS term
