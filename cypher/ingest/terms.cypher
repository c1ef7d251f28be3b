UNWIND $rows AS row
MERGE (t:Entity {id: row.id})
// `SET t = row.props` also drops the term's kept stance counts, so they are recounted.
SET t = row.props, t:Term, t.statsStale = true
