// All positions on each term, oldest first; resolvers filter by stance, status and date.
UNWIND $ids AS id
MATCH (:Term {id: id})<-[:ON_TERM]-(p:Position)
WITH id, p ORDER BY p.dateFrom, p.id
RETURN id, collect(p {.*, __typename: 'Position'}) AS items
