/**
 * @module Where a delivery says which trigger fired it. idloom documents nothing of the kind: the body is
 * the bare record and each webhook has its own URL, so by default the name travels nowhere. Settings
 * can put it in a header, a query parameter or a body key, for receivers that share one URL.
 */
import type { IdloomSettings, TriggerLocation } from './settings.ts';
import { manualTriggerOf } from './settings.ts';

export const defaultTriggerKeys: Readonly<Record<Exclude<TriggerLocation, 'none'>, string>> = {
  header: 'X-Idloom-Trigger',
  query: 'trigger',
  body: 'trigger',
};

export interface WireTrigger {
  location: Exclude<TriggerLocation, 'none'>;
  key: string;
  /** The trigger (`guest.update`), or for manual triggers the name the organiser clicked (`Sync to CRM`). */
  value: string;
}

/**
 * @example wireTrigger('guest.manual', settings) // { location: 'header', key: 'X-Idloom-Trigger', value: 'Sync to CRM' }
 */
export function wireTrigger(event: string, settings: Pick<IdloomSettings, 'trigger' | 'manualTrigger' | 'manualTriggers'>): WireTrigger | undefined {
  const { in: location, key } = settings.trigger;
  if (location === 'none') return undefined;
  return { location, key: key ?? defaultTriggerKeys[location], value: triggerValue(event, settings) };
}

/** What names the trigger: the manual trigger's own name, or the trigger. */
export function triggerValue(event: string, settings: Pick<IdloomSettings, 'manualTrigger' | 'manualTriggers'>): string {
  return event.endsWith('.manual') ? manualTriggerOf(settings) : event;
}

/**
 * A header value must be ASCII: other names are percent-encoded (UTF-8), as RFC 8187 values are.
 * @example headerSafe('Exporter vers l’ERP') // 'Exporter%20vers%20l%E2%80%99ERP'
 */
export function headerSafe(value: string): string {
  return /^[\x20-\x7e]*$/.test(value) ? value : encodeURIComponent(value);
}
