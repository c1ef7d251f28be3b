UNWIND $ids AS id
MATCH (:Position {id: id})-[:REPORTED_IN]->(d:Document)
RETURN id, collect(d {.*, __typename: 'Document'}) AS items
