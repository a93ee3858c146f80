/** @module `{name}` templates of custom signing schemes: filling them, and reading values back out. */

export type TemplateValues = Partial<Record<'body' | 'timestamp' | 'id' | 'url' | 'method' | 'signature' | 'secret', string>>;

/**
 * @example fillTemplate('t={timestamp},v1={signature}', { timestamp: '1', signature: 'ab' }) // 't=1,v1=ab'
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{(body|timestamp|id|url|method|signature|secret)\}/g, (whole, name: keyof TemplateValues) => values[name] ?? whole);
}

const captures: Record<string, string> = {
  signature: '(?<signature>[A-Za-z0-9+/=_-]+)',
  timestamp: '(?<timestamp>\\d+)',
  id: '(?<id>[^,;\\s]+)',
};

/**
 * Reads signature, timestamp and id back out of a header value made by `template`.
 * @example readTemplate('t={timestamp},v1={signature}', 't=1,v1=ab') // { timestamp: '1', signature: 'ab' }
 */
export function readTemplate(template: string, value: string): TemplateValues | undefined {
  const pattern = template
    .split(/(\{signature\}|\{timestamp\}|\{id\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name && captures[name] ? captures[name] : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const match = new RegExp(`^${pattern}$`).exec(value.trim());
  return match?.groups ? { ...match.groups } : undefined;
}
