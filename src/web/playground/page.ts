import type { ExampleQuery } from './examples.js';

/** The playground page: GraphiQL from the project's own node_modules, no CDN, no inline script. */
export const PLAYGROUND_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Stancegraph · GraphQL playground</title>
  <link rel="stylesheet" href="/playground/graphiql.min.css">
  <link rel="stylesheet" href="/playground/playground.css">
</head>
<body>
  <header class="sg-header">
    <strong>Stancegraph</strong> GraphQL playground
    <nav><a href="/explore">Open the relationship explorer →</a></nav>
  </header>
  <div id="graphiql">Loading the playground…</div>
  <script src="/playground/react.production.min.js"></script>
  <script src="/playground/react-dom.production.min.js"></script>
  <script src="/playground/graphiql.min.js"></script>
  <script src="/playground/init.js"></script>
</body>
</html>
`;

export const PLAYGROUND_CSS = `html, body { height: 100%; margin: 0; font-family: system-ui, sans-serif; }
body { display: flex; flex-direction: column; }
.sg-header { display: flex; gap: 1rem; align-items: center; padding: 0.4rem 1rem; background: #1f2937; color: #f9fafb; font-size: 14px; }
.sg-header nav { margin-left: auto; }
.sg-header a { color: #93c5fd; }
#graphiql { flex: 1; min-height: 0; }
`;

/** Starts GraphiQL with one tab per example question. */
export function playgroundScript(examples: ExampleQuery[]): string {
  const tabs = examples.map((e) => ({ query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined }));
  return `(function () {
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultTabs: ${JSON.stringify(tabs)}, defaultEditorToolsVisibility: true }));
})();
`;
}
