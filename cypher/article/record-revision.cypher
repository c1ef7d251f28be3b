// Audit trail: who changed what, when, and what it was before and after (JSON text). The same
// shape as cypher/edit/record-revision.cypher, so one revision history serves both.
MATCH (target:Entity {id: $targetId})
CREATE (r:Revision {id: $id, at: datetime(), editor: $editor, action: $action, reason: $reason, before: $before, after: $after})
CREATE (r)-[:REVISION_OF]->(target)
RETURN r.id AS id
