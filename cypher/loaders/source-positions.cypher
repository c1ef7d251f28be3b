UNWIND $ids AS id
MATCH (:Source {id: id})<-[:CITES]-(p:Position)
WITH id, p ORDER BY p.dateFrom, p.id
RETURN id, collect(p {.*, __typename: 'Position'}) AS items
