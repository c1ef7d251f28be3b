// Who changed what, when, and what it was before and after (as JSON text).
MATCH (target:Entity {id: $targetId})
CREATE (r:Revision {id: $id, at: datetime(), editor: $editor, action: $action, reason: $reason, before: $before, after: $after})
CREATE (r)-[:REVISION_OF]->(target)
RETURN r.id AS id
