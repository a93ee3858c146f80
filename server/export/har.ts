/** @module HAR 1.2 entries for attempts, as browsers' devtools and proxies read them. */
import type { Attempt, Delivery } from '../delivery/types.ts';

const pairs = (headers: Readonly<Record<string, string>>) => Object.entries(headers).map(([name, value]) => ({ name, value }));

function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
}

/** One entry per attempt; a failed attempt has status 0 and `_error`, as HAR tools expect. */
export function harEntry(delivery: Delivery, attempt: Attempt) {
  const url = new URL(attempt.request.url);
  const response = attempt.response;
  return {
    startedDateTime: attempt.startedAt,
    time: attempt.durationMs ?? 0,
    request: {
      method: attempt.request.method,
      url: attempt.request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(attempt.request.headers),
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      ...(attempt.request.body === '' ? {} : { postData: { mimeType: headerValue(attempt.request.headers, 'content-type') ?? '', text: attempt.request.body } }),
      headersSize: -1,
      bodySize: Buffer.byteLength(attempt.request.body),
    },
    response: {
      status: response?.status ?? 0,
      statusText: response?.statusText ?? '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(response?.headers ?? {}),
      content: {
        size: response?.bodyBytes ?? 0,
        mimeType: headerValue(response?.headers ?? {}, 'content-type') ?? '',
        text: response?.body ?? '',
        ...(response?.bodyEncoding === 'base64' ? { encoding: 'base64' } : {}),
      },
      redirectURL: headerValue(response?.headers ?? {}, 'location') ?? '',
      headersSize: -1,
      bodySize: response?.bodyBytes ?? 0,
      ...(response?.truncated ? { _truncated: true } : {}),
    },
    cache: {},
    timings: { send: 0, wait: attempt.durationMs ?? 0, receive: 0 },
    ...(attempt.error ? { _error: `${attempt.error.code}: ${attempt.error.message}` } : {}),
    _hookbench: {
      deliveryId: delivery.id,
      provider: delivery.provider,
      event: delivery.event,
      eventId: delivery.eventId,
      attempt: attempt.n,
      ...(attempt.faults ? { faults: attempt.faults } : {}),
    },
  };
}
