/**
 * @module The helpers a Connectif template can call: generic ones (dates in ISO 8601), `es.*`, and
 * `connectif.origin` / `connectif.ip` (where a subscription change came from, and its IP).
 */
import type { Faker } from '@faker-js/faker';
import { z } from 'zod';
import { commonHelpers } from '../../generate/common-helpers.ts';
import { esIpv4 } from '../../generate/es-network.ts';
import { esHelpers } from '../../generate/es-helpers.ts';
import { mergeHelpers } from '../../generate/merge-helpers.ts';
import type { TemplateHelper } from '../../generate/template.ts';
import { HookbenchError } from '../../errors.ts';
import { changeOrigins, type ChangeOrigin } from './email-events.ts';
import type { ConnectifSettings } from './settings.ts';

export interface ConnectifHelperOptions {
  faker: Faker;
  now: Date;
  settings: ConnectifSettings;
}

/** Connectif writes dates as ISO 8601 (REST resources, e.g. `_birthdate`); we use UTC with milliseconds. */
export const formatConnectifDate = (date: Date): string => date.toISOString();
export const parseConnectifDate = (text: string): Date | undefined => {
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : new Date(t);
};

const weightsSchema = z.partialRecord(z.enum(changeOrigins), z.number().nonnegative());

/**
 * @example connectifHelpers({ faker, now, settings })['connectif.ip']('import') // ''
 */
export function connectifHelpers({ faker, now, settings }: ConnectifHelperOptions): Record<string, TemplateHelper> {
  return mergeHelpers(commonHelpers({ faker, now, formatDate: formatConnectifDate, parseDate: parseConnectifDate }), esHelpers({ faker, now, formatDate: formatConnectifDate, storeUrl: settings.storeUrl }), {
    'connectif.origin': (weights) => {
      // Drawn even when a setting fixes the origin, so the rest of the event stays the same either way.
      const drawn = drawOrigin(faker, weights ?? { form: 1 });
      return settings.emailIntegration.origin === 'seeded' ? drawn : settings.emailIntegration.origin;
    },
    'connectif.ip': (origin) => {
      const ip = esIpv4(faker);
      // Documented: ip is empty when the change did not come from a form.
      return origin === 'form' ? ip : '';
    },
  });
}

function drawOrigin(faker: Faker, weights: unknown): ChangeOrigin {
  const parsed = weightsSchema.safeParse(weights);
  const entries = parsed.success ? Object.entries(parsed.data).filter(([, w]) => (w ?? 0) > 0) : [];
  if (entries.length === 0) {
    throw new HookbenchError('INVALID_TEMPLATE', `connectif.origin: pass weights like {"form":0.8,"import":0.2} over ${changeOrigins.join(', ')}`);
  }
  return faker.helpers.weightedArrayElement(entries.map(([value, weight]) => ({ value: value as ChangeOrigin, weight: weight ?? 0 })));
}
