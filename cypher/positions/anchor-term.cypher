MATCH (:Term {id: $termId})<-[:ON_TERM]-(p:Position)
