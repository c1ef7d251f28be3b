// Whether any term's kept stance counts are out of date (index: term_stats_stale).
OPTIONAL MATCH (t:Term) WHERE t.statsStale = true
WITH t LIMIT 1
RETURN t IS NOT NULL AS stale
