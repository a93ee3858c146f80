/** @module Vite config for the inspector: builds ui/ into dist/ui, and in dev proxies the API to a running hookbench. */
import type { ClientRequest, IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';

/** The hookbench the dev server talks to: `hookbench serve` on its default port unless HOOKBENCH_PORT says otherwise. */
const backend = `http://127.0.0.1:${process.env.HOOKBENCH_PORT ?? '4400'}`;

/**
 * hookbench refuses foreign Origin headers (DNS rebinding, cross-site requests), and the dev
 * server's own origin (http://localhost:5173) is foreign to it. The proxy presents the dev page as
 * the backend's own origin, but only for the dev page itself: a request from any other site keeps
 * its Origin, so hookbench still refuses it.
 */
function rewriteOrigin(proxyReq: ClientRequest, req: IncomingMessage): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  if (origin.toLowerCase() === `http://${req.headers.host ?? ''}`.toLowerCase()) proxyReq.setHeader('origin', backend);
}

const toBackend = (ws = false): ProxyOptions => ({
  target: backend,
  // Host: 127.0.0.1:4400, the only host names hookbench answers to.
  changeOrigin: true,
  ws,
  configure(proxy) {
    proxy.on('proxyReq', (proxyReq, req) => rewriteOrigin(proxyReq, req));
    proxy.on('proxyReqWs', (proxyReq, req) => rewriteOrigin(proxyReq, req));
  },
});

export default defineConfig({
  root: fileURLToPath(new URL('./ui', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('./dist/ui', import.meta.url)),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': toBackend(),
      '/sink': toBackend(),
      '/ws': toBackend(true),
    },
  },
});
