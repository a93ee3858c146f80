/** The WebSocket upgrade refuses with a plain HTTP answer naming what was wrong, and no request target takes the server down. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { errorOf, rawRequest, upgrade } from './raw-http.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.dispose());

// Node hands the request target over as sent; `//[` read against a base is a host that cannot parse.
it.each(['//[', '//[::1/ws', '//user@[/ws'])('an upgrade to the unparsable address %s is refused, and the server lives on', async (path) => {
  const res = await upgrade(`${server.url}${path}`);
  expect(res.status).toBe(404);
  expect(errorOf(res)).toMatchObject({ code: 'NOT_FOUND', path: 'url' });
  expect((await rawRequest(`${server.url}/api/health`)).status).toBe(200);
  expect((await upgrade(`${server.url}/ws`)).status).toBe(101);
});

it('names what was wrong when it refuses: the header, or the resume point', async () => {
  expect(errorOf(await upgrade(`${server.url}/ws`, { host: 'elsewhere.example' }))).toMatchObject({ code: 'FORBIDDEN_HOST', path: 'headers.host' });
  expect(errorOf(await upgrade(`${server.url}/ws`, { origin: 'http://elsewhere.example' }))).toMatchObject({ code: 'FORBIDDEN_ORIGIN', path: 'headers.origin' });
  expect(errorOf(await upgrade(`${server.url}/ws?since=%zz`))).toMatchObject({ code: 'INVALID_INPUT', path: 'query.since' });
});
