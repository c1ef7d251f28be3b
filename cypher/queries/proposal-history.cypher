MATCH (p:Proposal {family: $family})
RETURN p {.*, __typename: 'Proposal'} AS proposal
ORDER BY p.version, p.date, p.id
