// What an earlier extraction of this article left that this one no longer yields: its positions that
// are not among $keep, still EXTRACTED, written by an extractor (a dataset's positions have no
// `extractor`) and never reviewed (no Revision). With them, the stakeholders, terms and sources that
// only these positions use: created by the extractor (origin EXTRACTED), never edited (no Revision),
// not named by the current extraction ($keepEntities), and with no relationship left but their own
// PART_OF / AFFILIATED_WITH. Read-only: a dry run reports it, an ingest then removes it.
MATCH (p:Position)-[:REPORTED_IN]->(:Document {id: $document})
WHERE p.status = 'EXTRACTED' AND p.extractor IS NOT NULL AND NOT p.id IN $keep
  AND NOT EXISTS { (:Revision)-[:REVISION_OF]->(p) }
WITH collect(p) AS stale
CALL (stale) {
  UNWIND stale AS p
  UNWIND [(h:Stakeholder)-[:HOLDS]->(p) | h] + [(p)-[:ON_TERM|CITES]->(n) | n] AS n
  WITH DISTINCT n
  WHERE n.origin = 'EXTRACTED' AND NOT n.id IN $keepEntities
    AND NOT EXISTS { (:Revision)-[:REVISION_OF]->(n) }
    AND NOT EXISTS {
      MATCH (n)-[r]-(x)
      WHERE NOT (x IN stale OR (startNode(r) = n AND type(r) IN ['PART_OF', 'AFFILIATED_WITH']))
    }
  RETURN collect(n) AS orphans
}
RETURN [p IN stale | p.id] AS positions,
       [n IN orphans WHERE n:Stakeholder | n.id] AS stakeholders,
       [n IN orphans WHERE n:Term | n.id] AS terms,
       [n IN orphans WHERE n:Source | n.id] AS sources
