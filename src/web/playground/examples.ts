/**
 * Example operations preloaded in the playground, one per analyst question. Tests run every one of
 * them against the example dataset, so they keep working as the schema evolves.
 */
export interface ExampleQuery {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    title: 'Who opposed ceding the Donbas, and on what evidence',
    query: `# Who proposed, supported and opposed a term (optionally as of a date), with sources.
query TermStances($termId: ID!, $asOf: String) {
  termStances(termId: $termId, asOf: $asOf) {
    term { label }
    proposed { holder { name } positions { date quote sources { url publisher } } }
    opposed { holder { name } positions { date quote confidence sources { url publisher } } }
  }
}`,
    variables: { termId: 'term:ukraine-cedes-donbas', asOf: '2025-12-08' },
  },
  {
    title: 'Who proposed the permanent NATO bar',
    query: `query NatoBar {
  node(id: "term:permanent-nato-bar") {
    ... on Term {
      label
      proposedBy { name }
      opposedBy { name }
      positions(stance: [PROPOSED]) { holder { name } quote sources { url } }
    }
  }
}`,
  },
  {
    title: 'Contested terms',
    query: `# Terms with both support and opposition, most contested first.
query Contested {
  contestedTerms(first: 10) { term { id label } support opposition score }
}`,
  },
  {
    title: 'Alignment: where the U.S., Ukraine and Russia agree',
    query: `query Alignment($ids: [ID!]!) {
  alignment(stakeholderIds: $ids) {
    stakeholders { name }
    rows { term { label } stances agreement }
    pairs { a { name } b { name } agreeOn { label } disagreeOn { label } }
  }
}`,
    variables: { ids: ['inst:united-states', 'inst:ukraine', 'inst:russia'] },
  },
  {
    title: "Timeline: how the U.S. plan's terms changed after the pushback",
    query: `query PlanHistory {
  proposalHistory(family: "us-ukraine-peace-plan") {
    name version date
    terms { label }
    changes { added { label } removed { label } }
  }
  timeline(id: "term:ukraine-cedes-donbas") { date stance holder { name } quote }
}`,
  },
  {
    title: 'How Zelenskyy and Putin are connected',
    query: `query Path {
  path(fromId: "person:volodymyr-zelenskyy", toId: "person:vladimir-putin") {
    length relationshipTypes
    nodes { id type label }
  }
}`,
  },
  {
    title: 'Where a claim comes from',
    query: `query Provenance {
  welcomed: search(query: "Kremlin", first: 1) {
    node { ... on Institution { name positions { stance term { label } quote sources { url } document { title publishedAt } } } }
  }
  source: node(id: "src:reuters-world-europe-us") {
    ... on Source { url publisher positions { stance holder { name } term { label } } citedBy { number document { title } } }
  }
}`,
  },
  {
    title: 'Full-text search (aliases included)',
    query: `query Search {
  search(query: "Zelensky") { score node { id ... on Stakeholder { name aliases } ... on Term { label } } }
}`,
  },
];
