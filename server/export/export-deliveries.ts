/**
 * @module Exports recorded deliveries as HAR, NDJSON or a curl script, streamed page by page so a
 * large store is never held whole; credentials are redacted on the way out.
 */
import type { Delivery } from '../delivery/types.ts';
import type { DeliveryFilter, DeliveryRepository } from '../store/delivery-repository.ts';
import { version } from '../version.ts';
import { curlCommand, secretVariable, secretVariables } from './curl-command.ts';
import { harEntry } from './har.ts';
import type { Redactor } from './redact.ts';
import type { Sample } from '../delivery/sample-event.ts';

export const exportFormats = ['har', 'ndjson', 'curl'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportContentTypes: Record<ExportFormat, string> = {
  har: 'application/json',
  ndjson: 'application/x-ndjson',
  curl: 'text/x-shellscript; charset=utf-8',
};

/** Every delivery the filter selects, newest first, a page at a time. */
export function* deliveriesOf(repository: DeliveryRepository, filter: Omit<DeliveryFilter, 'limit' | 'cursor'>, pageSize = 200): Generator<Delivery> {
  let cursor: string | undefined;
  do {
    // Whole records a page at a time, uncounted: a list page and a read per delivery cost twice as much.
    const page = repository.fullPage({ ...filter, limit: pageSize, ...(cursor ? { cursor } : {}) });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** A delivery with every attempt's headers, URL and bodies redacted. */
export function redactDelivery(delivery: Delivery, redactor: Redactor): Delivery {
  const p = delivery.provider;
  return {
    ...delivery,
    target: redactor.text(p, delivery.target),
    attempts: delivery.attempts.map((a) => ({
      ...a,
      request: { ...a.request, url: redactor.text(p, a.request.url), headers: redactor.headers(p, a.request.headers), body: redactor.text(p, a.request.body) },
      ...(a.response ? { response: { ...a.response, headers: redactor.headers(p, a.response.headers), body: redactor.text(p, a.response.body) } } : {}),
    })),
  };
}

/**
 * A sample as it is shown (API, CLI): signed with the credentials in force, whose auth headers are
 * secrets the settings view and `hookbench credentials` show instead.
 */
export function redactSample(sample: Sample, redactor: Redactor): Sample {
  return { ...sample, request: { ...sample.request, headers: redactor.headers(sample.provider, sample.request.headers) } };
}

export interface ExportOptions {
  /**
   * The attempt a curl command repeats (1-based); the last one when absent. Attempts can differ
   * (HubSpot counts `attemptNumber` in the body), so "the request" of a retried delivery is ambiguous.
   */
  attempt?: number;
}

/**
 * The export as chunks of text (write them in order).
 * @example for (const chunk of exportChunks('ndjson', deliveries, redactor)) out.write(chunk)
 */
export function* exportChunks(format: ExportFormat, deliveries: Iterable<Delivery>, redactor: Redactor, { attempt: n }: ExportOptions = {}): Generator<string> {
  if (format === 'ndjson') {
    for (const d of deliveries) yield `${JSON.stringify(redactDelivery(d, redactor))}\n`;
    return;
  }
  if (format === 'har') {
    yield `{"log":{"version":"1.2","creator":{"name":"hookbench","version":${JSON.stringify(version)}},"pages":[],"entries":[`;
    let first = true;
    for (const d of deliveries) {
      const safe = redactDelivery(d, redactor);
      for (const attempt of safe.attempts) {
        yield `${first ? '' : ','}\n${JSON.stringify(harEntry(safe, attempt))}`;
        first = false;
      }
    }
    yield '\n]}}\n';
    return;
  }
  // Streamed: the exact variables come as a trailer, once every command is out.
  yield ['#!/bin/sh', `# Exported by hookbench ${version}, newest first. Credentials are not exported: the commands read`, '# them from HOOKBENCH_* variables, listed at the end (values from `hookbench credentials`).', '', ''].join('\n');
  const labels = new Set<string>();
  for (const d of deliveries) {
    const { attempts } = redactDelivery(d, redactor);
    const attempt = n === undefined ? attempts.at(-1) : attempts.find((a) => a.n === n);
    if (!attempt) {
      if (n !== undefined) yield `# ${d.provider} ${d.event} (${d.id}): no attempt ${n}, it made ${attempts.length}\n\n`;
      continue;
    }
    const { request } = attempt;
    secretVariables([request.url, request.body, ...Object.values(request.headers)]).forEach((label) => labels.add(label));
    const command = `# ${d.provider} ${d.event} (${d.id}), attempt ${attempt.n}\n${curlCommand(request)}`;
    yield `${command}\n\n`;
  }
  if (labels.size) yield ['# Set these before running:', ...[...labels].sort().map((label) => `#   export ${secretVariable(label)}='…'   # ${label}`), ''].join('\n');
}
