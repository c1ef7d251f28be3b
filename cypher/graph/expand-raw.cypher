// One level of a neighbourhood with positions as nodes of their own.
UNWIND $ids AS fid
MATCH (f:Entity {id: fid})-[r]-(o:Entity)
WITH f, r, o, CASE WHEN f:Position THEN f WHEN o:Position THEN o END AS p
WHERE p IS NULL
   OR (p.status IN $statuses
       AND ($stances IS NULL OR p.stance IN $stances)
       AND ($from IS NULL OR p.until IS NULL OR p.dateTo >= $from)
       AND ($to IS NULL OR coalesce(p.dateFrom, '0000-00-00') <= $to))
RETURN startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, p.stance AS stance,
       null AS positionId, p.date AS date, o.id AS other
ORDER BY other
LIMIT toInteger($maxRows)
