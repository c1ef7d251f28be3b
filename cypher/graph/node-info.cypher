// What a renderer needs for each node: type, label, degree (so counts show before expanding), date.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH n, head([l IN labels(n) WHERE l IN $kinds]) AS typename
RETURN n.id AS id, typename,
       CASE typename WHEN 'Position' THEN n.stance + coalesce(' · ' + n.date, '') ELSE coalesce(n.name, n.label, n.title, n.url, n.id) END AS label,
       COUNT { (n)--(:Entity) } AS degree,
       coalesce(n.date, n.publishedAt) AS date
