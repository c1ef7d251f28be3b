import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { EXAMPLE_QUERIES } from './examples.js';
import { PLAYGROUND_CSS, PLAYGROUND_HTML, playgroundScript } from './page.js';

const require = createRequire(import.meta.url);

/** A file inside an installed package; their `exports` maps hide these builds from require.resolve. */
const packageFile = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

/** Files served from the project's own dependencies, so the playground works offline. */
const VENDOR_FILES: Record<string, string> = {
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
};

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // GraphiQL's editors set inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function wantsHtml(req: express.Request): boolean {
  return req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html';
}

/** GET / and browser GETs of /graphql get GraphiQL; API clients get the API. */
export function playgroundRoutes(): Router {
  const router = express.Router();
  const script = playgroundScript(EXAMPLE_QUERIES);
  const page: express.RequestHandler = (_req, res) => {
    res.set('Content-Security-Policy', CSP).type('html').send(PLAYGROUND_HTML);
  };
  router.get('/', page);
  router.get('/graphql', (req, res, next) => (wantsHtml(req) ? page(req, res, next) : next()));
  router.get('/playground/init.js', (_req, res) => {
    res.type('js').send(script);
  });
  router.get('/playground/playground.css', (_req, res) => {
    res.type('css').send(PLAYGROUND_CSS);
  });
  for (const [name, file] of Object.entries(VENDOR_FILES)) {
    router.get(`/playground/${name}`, (_req, res) => {
      res.sendFile(file, { maxAge: '1d', immutable: true });
    });
  }
  return router;
}
