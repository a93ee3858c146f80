/** @module A receiver as a developer writes one, used by the README's library example (test/programmatic-api.test.ts). */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Accepts Ploomes deliveries carrying the validation key from PLOOMES_VALIDATION_KEY; refuses the rest with 401. */
export function app(req: IncomingMessage, res: ServerResponse): void {
  const expected = Buffer.from(process.env.PLOOMES_VALIDATION_KEY ?? '');
  const got = Buffer.from(String(req.headers['x-ploomes-validation-key'] ?? ''));
  req.resume();
  req.on('end', () => {
    const ok = expected.length > 0 && got.length === expected.length && timingSafeEqual(got, expected);
    res.writeHead(ok ? 200 : 401).end(ok ? 'thanks' : 'who are you?');
  });
}
