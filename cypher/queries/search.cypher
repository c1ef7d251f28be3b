// Full-text search over names, aliases, labels, descriptions and titles (index: entity_search).
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($limit * 4)}) YIELD node, score
WITH node, score, head([l IN labels(node) WHERE l IN $kinds]) AS typename
WHERE typename IS NOT NULL AND ($types IS NULL OR typename IN $types)
RETURN score, node {.*, __typename: typename} AS node
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
