// Terms with stakeholders on both sides. Each stakeholder counts once per term, by its latest
// position (as of $asOf when given); score = (support + opposition) × min/max.
MATCH (h:Stakeholder)-[:HOLDS]->(p:Position)-[:ON_TERM]->(t:Term)
WHERE p.status IN ['CURATED', 'EXTRACTED']
  AND ($asOf IS NULL OR coalesce(p.dateFrom, '0000-00-00') <= $asOf)
  AND ($asOf IS NULL OR p.until IS NULL OR p.dateTo >= $asOfFirst)
WITH t, h, p ORDER BY p.dateFrom DESC, p.id DESC
WITH t, h, collect(p.stance)[0] AS stance
WITH t,
     count(CASE WHEN stance IN ['PROPOSED', 'SUPPORTED'] THEN 1 END) AS support,
     count(CASE WHEN stance = 'OPPOSED' THEN 1 END) AS opposition
WHERE support > 0 AND opposition > 0
WITH t, support, opposition,
     toFloat(support + opposition) * toFloat(CASE WHEN support < opposition THEN support ELSE opposition END)
       / toFloat(CASE WHEN support < opposition THEN opposition ELSE support END) AS score
RETURN t {.*, __typename: 'Term'} AS term, support, opposition, score
ORDER BY score DESC, support + opposition DESC, t.id
LIMIT toInteger($limit)
