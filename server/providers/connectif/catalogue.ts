/**
 * @module The Connectif catalogue: the three Email Integration webhooks, then one `send.<slug>` event
 * per custom send event type in the settings, in their order.
 */
import type { EventSpec } from '../types.ts';
import { emailEventMethods, emailEvents } from './email-events.ts';
import type { ConnectifFixtures } from './fixtures.ts';
import { primaryKeyOf, sendEventKey, type SendEventType } from './send-event-type.ts';
import type { ConnectifSettings } from './settings.ts';

/**
 * @example buildCatalogue(fixtures.email, settings)['send.cupon-emitido'].group // 'Send events'
 */
export function buildCatalogue(email: ConnectifFixtures['email'], settings: ConnectifSettings): Record<string, EventSpec> {
  const catalogue: Record<string, EventSpec> = {};
  for (const event of emailEvents) {
    catalogue[event] = { description: email[event].description, group: 'Email integration', meta: { method: emailEventMethods[event] } };
  }
  for (const type of settings.sendEvents) {
    catalogue[sendEventKey(type)] = {
      description: type.description ?? describe(type),
      group: 'Send events',
      meta: {
        name: type.name,
        method: settings.send.method,
        primaryKey: primaryKeyOf(type)?.id ?? null,
        fields: type.fields.map((f) => f.id),
      },
    };
  }
  return catalogue;
}

/** `Custom send event "Pedido enviado": email, pedidoId, transportista (+2 more)`, cut to one line. */
function describe(type: SendEventType): string {
  const ids = type.fields.map((f) => f.id);
  const shown = ids.slice(0, 4).join(', ');
  const line = `Custom send event "${type.name}": ${shown}${ids.length > 4 ? ` (+${ids.length - 4} more)` : ''}`;
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
