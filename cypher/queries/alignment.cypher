// Each stakeholder's latest stance on each term it took a position on (as of $asOf if given).
UNWIND $ids AS holderId
MATCH (:Stakeholder {id: holderId})-[:HOLDS]->(p:Position)-[:ON_TERM]->(t:Term)
WHERE p.status IN ['CURATED', 'EXTRACTED']
  AND ($asOf IS NULL OR coalesce(p.dateFrom, '0000-00-00') <= $asOf)
  AND ($asOf IS NULL OR p.until IS NULL OR p.dateTo >= $asOfFirst)
WITH holderId, t, p ORDER BY p.dateFrom DESC, p.id DESC
WITH holderId, t, collect(p.stance)[0] AS stance
RETURN holderId, t {.*, __typename: 'Term'} AS term, stance
ORDER BY t.label, t.id
