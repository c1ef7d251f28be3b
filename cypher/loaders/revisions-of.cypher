UNWIND $ids AS id
MATCH (r:Revision)-[:REVISION_OF]->(:Entity {id: id})
WITH id, r ORDER BY r.at
RETURN id, collect(r {.id, .editor, .action, .reason, .before, .after, at: toString(r.at)}) AS items
