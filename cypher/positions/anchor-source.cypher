MATCH (:Source {id: $sourceId})<-[:CITES]-(p:Position)
