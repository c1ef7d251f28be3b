// What a renderer needs for each node: type, label, degree (so counts show before expanding), date.
// Degrees are read from the counts Neo4j keeps per node (and per type) instead of visiting every
// relationship; audit revisions are not part of the domain graph, so they are not counted.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, head([l IN labels(n) WHERE l IN $kinds]) AS typename
RETURN n.id AS id, typename,
       CASE typename WHEN 'Position' THEN n.stance + coalesce(' · ' + n.date, '') ELSE coalesce(n.name, n.label, n.title, n.url, n.id) END AS label,
       COUNT { (n)--() } - COUNT { (n)<-[:REVISION_OF]-() } AS degree,
       coalesce(n.date, n.publishedAt) AS date
