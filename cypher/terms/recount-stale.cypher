// Recomputes support, opposition and contestedScore of up to $limit terms marked statsStale, by the
// rule of contested-terms.cypher without asOf: each stakeholder counts once per term, by its latest
// position. Every writer of positions or terms marks the terms it changes; this clears the mark.
MATCH (t:Term) WHERE t.statsStale = true
WITH t LIMIT toInteger($limit)
CALL (t) {
  OPTIONAL MATCH (t)<-[:ON_TERM]-(p:Position)<-[:HOLDS]-(h:Stakeholder)
  WHERE p.status IN ['CURATED', 'EXTRACTED']
  WITH h, p ORDER BY p.dateFrom DESC, p.id DESC
  WITH h, collect(p.stance)[0] AS stance
  RETURN count(CASE WHEN stance IN ['PROPOSED', 'SUPPORTED'] THEN 1 END) AS support,
         count(CASE WHEN stance = 'OPPOSED' THEN 1 END) AS opposition
}
SET t.support = support,
    t.opposition = opposition,
    t.contestedScore = CASE WHEN support > 0 AND opposition > 0
      THEN toFloat(support + opposition) * toFloat(CASE WHEN support < opposition THEN support ELSE opposition END)
           / toFloat(CASE WHEN support < opposition THEN opposition ELSE support END)
    END
REMOVE t.statsStale
RETURN count(t) AS recounted
