// Stance counts kept on each term (support, opposition, contestedScore) so contestedTerms reads the
// contested terms instead of aggregating every position (cypher/terms/recount-stale.cypher).
CREATE INDEX term_contested_score IF NOT EXISTS FOR (t:Term) ON (t.contestedScore);
CREATE INDEX term_stats_stale IF NOT EXISTS FOR (t:Term) ON (t.statsStale);
// A graph written before this migration has no counts yet: the next recount computes them all.
MATCH (t:Term) SET t.statsStale = true;
