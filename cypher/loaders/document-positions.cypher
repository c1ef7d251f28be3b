UNWIND $ids AS id
MATCH (:Document {id: id})<-[:REPORTED_IN]-(p:Position)
WITH id, p ORDER BY p.dateFrom, p.id
RETURN id, collect(p {.*, __typename: 'Position'}) AS items
