UNWIND $ids AS id
MATCH (:Event {id: id})<-[:AT_EVENT]-(p:Position)
WITH id, p ORDER BY p.dateFrom, p.id
RETURN id, collect(p {.*, __typename: 'Position'}) AS items
