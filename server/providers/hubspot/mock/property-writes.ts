/**
 * @module Property values a write sends, checked and stored as HubSpot stores them: strings (numbers
 * and booleans as their text), datetimes as ISO instants (ISO or epoch milliseconds accepted), an
 * empty string or null clearing the value; read-only properties and malformed e-mails refused.
 */
import { z } from 'zod';
import { dateProperties, readOnlyProperties } from './crm-object-types.ts';
import { instant } from './crm-record.ts';
import { propertyErrors } from './hubspot-errors.ts';

export const propertyValuesSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type PropertyValues = z.output<typeof propertyValuesSchema>;

const internalName = /^[A-Za-z][A-Za-z0-9_]*$/;
const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The stored properties after a write: `null` in the result means "cleared". Throws HubSpot's 400
 * listing every invalid property.
 * @example normalizeWrite({ closedate: 1767268800000, amount: 100 }) // { closedate: '2026-01-01T12:00:00Z', amount: '100' }
 */
export function normalizeWrite(values: PropertyValues): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  const failures: { name: string; error: string; message: string; value?: string }[] = [];
  for (const [name, raw] of Object.entries(values)) {
    const value = raw === null ? '' : String(raw);
    if (!internalName.test(name)) failures.push({ name, error: 'PROPERTY_DOESNT_EXIST', message: `Property "${name}" does not exist` });
    else if (readOnlyProperties.has(name)) failures.push({ name, error: 'READ_ONLY_VALUE', message: `"${name}" is a calculated property; its value cannot be set.`, value });
    else if (value === '') out[name] = null;
    else if (dateProperties.has(name)) {
      const date = /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);
      if (Number.isNaN(date.getTime())) failures.push({ name, error: 'INVALID_DATE', message: `${value} was not a valid date.`, value });
      else out[name] = instant(date);
    } else if (name === 'email' && !email.test(value)) failures.push({ name, error: 'INVALID_EMAIL', message: `Email address ${value} is invalid`, value });
    else out[name] = value;
  }
  if (failures.length > 0) throw propertyErrors(failures);
  return out;
}

/** Applies a normalized write; returns the new properties and the names whose value changed. */
export function applyWrite(current: Readonly<Record<string, string>>, write: Readonly<Record<string, string | null>>): { properties: Record<string, string>; changed: string[] } {
  const properties = { ...current };
  const changed: string[] = [];
  for (const [name, value] of Object.entries(write)) {
    if ((current[name] ?? null) === value) continue;
    changed.push(name);
    if (value === null) delete properties[name];
    else properties[name] = value;
  }
  return { properties, changed };
}
