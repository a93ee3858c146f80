/**
 * @module Loads and validates `fixtures/connectif/`: the default send event types
 * (`send.<slug>.json`, each a CustomEventTypeCreation) and the Email Integration templates
 * (`email.<event>.json`). An invalid file fails start-up with the file and the JSON path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HookbenchError } from '../../errors.ts';
import { fromPackageRoot } from '../../package-root.ts';
import { displayPath, jsonPath } from '../../generate/fixture-file.ts';
import { jsonValueSchema, parseJson, type JsonValue } from '../../util/json.ts';
import { emailEvents, isEmailEvent, type EmailEvent } from './email-events.ts';
import { sendEventKey, sendEventTypeSchema, type SendEventType } from './send-event-type.ts';

export const defaultFixturesFolder = fromPackageRoot('fixtures', 'connectif');

const emailFixtureSchema = z
  .object({
    $comment: z.string().optional(),
    description: z.string().min(10).max(160),
    /** A template of the payload: the query parameters (GET) or the JSON body (POST). */
    payload: z.record(z.string(), jsonValueSchema),
  })
  .strict();

export interface EmailFixture {
  description: string;
  payload: Record<string, JsonValue>;
  /** Where it came from, for template error messages. */
  source: string;
}

export interface ConnectifFixtures {
  /** In file-name order. */
  sendEvents: SendEventType[];
  email: Readonly<Record<EmailEvent, EmailFixture>>;
}

/**
 * Reads every file of `folder` synchronously (once, at module load).
 * @example loadFixtures(defaultFixturesFolder).sendEvents.map(sendEventKey) // ['send.carrito-abandonado', …]
 */
export function loadFixtures(folder: URL | string): ConnectifFixtures {
  const dir = typeof folder === 'string' ? folder : fileURLToPath(folder);
  const sendEvents: SendEventType[] = [];
  const email: Partial<Record<EmailEvent, EmailFixture>> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const source = displayPath(join(dir, name));
    const key = name.slice(0, -'.json'.length);
    const json = parseJson(readFileSync(join(dir, name), 'utf8'), source);
    if (isEmailEvent(key)) {
      const { description, payload } = validate(emailFixtureSchema, json, source);
      email[key] = { description, payload, source };
    } else if (key.startsWith('send.')) {
      const { $comment: _, ...definition } = validate(z.object({ $comment: z.string().optional() }).loose(), json, source);
      const type = validate(sendEventTypeSchema, definition, source);
      if (sendEventKey(type) !== key) fail(source, '$.name', `the name "${type.name}" gives the key ${sendEventKey(type)}: rename the file ${sendEventKey(type)}.json`);
      sendEvents.push(type);
    } else {
      fail(source, '$', `"${key}" is neither an Email Integration event (${emailEvents.join(', ')}) nor a send.<slug> event type`);
    }
  }
  const missing = emailEvents.filter((e) => !email[e]);
  if (missing.length > 0) fail(displayPath(dir), '$', `missing ${missing.map((e) => `${e}.json`).join(', ')}`);
  return { sendEvents, email: email as Record<EmailEvent, EmailFixture> };
}

function validate<T>(schema: z.ZodType<T>, value: JsonValue | Record<string, unknown>, source: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return fail(source, jsonPath(issue?.path ?? []), issue?.message ?? 'invalid fixture');
}

function fail(source: string, path: string, message: string): never {
  throw new HookbenchError('INVALID_TEMPLATE', `${source} at ${path}: ${message}`, { path });
}

/** `$.fields[2].options`, as template.ts writes paths. */

