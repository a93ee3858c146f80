/** @module The built inspector (dist/ui), with a deep-link fallback and a strict CSP. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { fromPackageRoot } from '../../package-root.ts';
import { securityHeaders } from '../security-headers.ts';

export const defaultUiDir = fromPackageRoot('dist', 'ui');

const notBuilt = `<!doctype html><meta charset="utf-8"><title>hookbench</title>
<p>The inspector has not been built. Run <code>npm run build</code> (or start with <code>npm start</code>, which builds it),
then reload. The API at <a href="/api/health">/api/health</a> works meanwhile.</p>`;

export function uiRoutes(uiDir = defaultUiDir) {
  const app = new Hono();
  const indexPath = join(uiDir, 'index.html');
  app.use('*', securityHeaders('inspector'));
  // Mounted only when built: serveStatic warns about a missing root, and the fallback below explains it.
  if (existsSync(uiDir)) {
    app.use('/assets/*', serveStatic({ root: uiDir }));
    app.use('/favicon.svg', serveStatic({ root: uiDir }));
  }
  // Every other GET is a view of the single-page inspector (deep links like /deliveries/dlv_…).
  app.get('*', (c) => (existsSync(indexPath) ? c.html(readFileSync(indexPath, 'utf8')) : c.html(notBuilt, 503)));
  return app;
}
