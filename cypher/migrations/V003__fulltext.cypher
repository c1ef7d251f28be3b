// Full-text search over names, aliases and term labels (aliases are string lists, which
// full-text indexes accept). The standard analyzer folds case; ASCII folding handles diacritics.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Institution|Term|Event|Proposal|Source)
ON EACH [n.name, n.aliases, n.label, n.description, n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
