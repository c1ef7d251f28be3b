// Everything the article extractor resolves names and terms against, in one round trip:
// every named stakeholder with its aliases, and every term with its label and aliases.
CALL () {
  MATCH (s:Stakeholder) WHERE s.name IS NOT NULL
  RETURN collect({
    id: s.id, name: s.name, aliases: coalesce(s.aliases, []),
    kind: CASE WHEN s:Person THEN 'Person' ELSE 'Institution' END, institutionKind: s.kind
  }) AS stakeholders
}
CALL () {
  MATCH (t:Term) WHERE t.label IS NOT NULL
  RETURN collect({id: t.id, label: t.label, aliases: coalesce(t.aliases, [])}) AS terms
}
RETURN stakeholders, terms
