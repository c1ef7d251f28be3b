// A term and its positions with one of $stances and one of $statuses (undated first, then by date and
// id), each with its holder: what termStances groups by stance and holder. Stances the operation does
// not ask for are not read. With $withSources, each position also carries its sources (ordered by
// id, as loaders/position-sources.cypher gives them), so "who opposed, on what evidence" is one
// round trip.
MATCH (t:Term {id: $termId})
RETURN t {.*, __typename: 'Term'} AS term,
       COLLECT {
         MATCH (t)<-[:ON_TERM]-(p:Position)<-[:HOLDS]-(h:Stakeholder)
         WHERE p.stance IN $stances AND p.status IN $statuses
         WITH p, h ORDER BY coalesce(p.dateFrom, ''), p.id
         RETURN p {.*, __typename: 'Position',
                   holder: h {.*, __typename: head([l IN labels(h) WHERE l IN $kinds])},
                   sources: CASE WHEN $withSources THEN COLLECT {
                     MATCH (p)-[:CITES]->(s:Source)
                     WITH s ORDER BY s.id
                     RETURN s {.*, __typename: 'Source'}
                   } END}
       } AS positions
