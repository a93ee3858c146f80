/**
 * @module The request URI HubSpot's v3 signature covers: the full URL (scheme, host, path, query)
 * with a few percent-encoded characters decoded first, as HubSpot's request-validation docs tell
 * receivers to do (the table is research §2.4, marked unverified).
 */

// %3A : %2F / %3F ? %40 @ %21 ! %24 $ %27 ' %28 ( %29 ) %2A * %2C , %3B ;
const decoded = /%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi;

/**
 * @example hubspotRequestUri('https://example.com/hook?next=%2Fdone%3Fok') // 'https://example.com/hook?next=/done?ok'
 */
export function hubspotRequestUri(url: string): string {
  return url.replace(decoded, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
