// Any node by id, typed by its one domain label.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH id, n, head([l IN labels(n) WHERE l IN $kinds]) AS typename
WHERE typename IS NOT NULL
RETURN id, [n {.*, __typename: typename}] AS items
