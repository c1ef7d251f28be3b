// One level of a neighbourhood with positions folded into holder→term edges typed by stance.
// A position's own neighbours (holder, term, sources, document) show when it is the node expanded.
// Each node expanded contributes at most its share of $maxRows, so a hub (a stakeholder with tens of
// thousands of positions) costs its share, not its degree: the view stays bounded as the graph grows.
// One row more than a node's share is read, so `cut` can tell the view it is partial.
UNWIND $ids AS fid
MATCH (f:Entity {id: fid})
CALL (f) {
  CALL (f) {
    MATCH (f)-[:HOLDS]->(p:Position)-[:ON_TERM]->(t:Term)
    RETURN f.id AS source, t.id AS target, p, null AS type, t.id AS other
    UNION ALL
    MATCH (f)<-[:ON_TERM]-(p:Position)<-[:HOLDS]-(h:Stakeholder)
    RETURN h.id AS source, f.id AS target, p, null AS type, h.id AS other
    UNION ALL
    MATCH (f)-[r]->(o:Entity)
    WHERE NOT o:Position AND (f:Position OR NOT type(r) IN ['HOLDS', 'ON_TERM'])
    RETURN f.id AS source, o.id AS target, null AS p, type(r) AS type, o.id AS other
    UNION ALL
    MATCH (f)<-[r]-(o:Entity)
    WHERE NOT o:Position AND (f:Position OR NOT type(r) IN ['HOLDS', 'ON_TERM'])
    RETURN o.id AS source, f.id AS target, null AS p, type(r) AS type, o.id AS other
  }
  WITH source, target, p, type, other
  WHERE p IS NULL
     OR (p.status IN $statuses
         AND ($stances IS NULL OR p.stance IN $stances)
         AND ($from IS NULL OR p.until IS NULL OR p.dateTo >= $from)
         AND ($to IS NULL OR coalesce(p.dateFrom, '0000-00-00') <= $to))
  RETURN source, target, p, type, other
  LIMIT toInteger(ceil(toFloat($maxRows) / size($ids))) + 1
}
WITH f, collect({source: source, target: target, p: p, type: type, other: other}) AS found
WITH found, toInteger(ceil(toFloat($maxRows) / size($ids))) AS share
UNWIND found[0..share] AS r
WITH r.source AS source, r.target AS target, r.p AS p, r.type AS type, r.other AS other, size(found) > share AS cut
RETURN source, target, coalesce(type, p.stance) AS type, p.stance AS stance, p.id AS positionId, p.date AS date, other, cut
ORDER BY other, positionId
LIMIT toInteger($maxRows)
