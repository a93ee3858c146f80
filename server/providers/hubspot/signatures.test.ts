import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hubspotRequestUri } from './request-uri.ts';
import { signatureV1, signatureV2, signatureV3 } from './signatures.ts';

// Vectors from ../shared/providers/ploomes-hubspot.md §2.4: HubSpot's v1 and v2 FAQ pages, and a v3
// sample computed there with the official SDK's algorithm.
const docSecret = 'yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy';
const docV1Body =
  '[{"eventId":1,"subscriptionId":12345,"portalId":62515,"occurredAt":1564113600000,"subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM","changeFlag":"NEW","appId":54321}]';
const exampleUri = 'https://www.example.com/webhook_uri';
const exampleBody = '{"example_field":"example_value"}';

describe('HubSpot signatures', () => {
  it('reproduces the v1 vector of HubSpot docs', () => {
    expect(signatureV1({ clientSecret: docSecret, body: docV1Body })).toBe('232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de');
  });

  it.each([
    ['GET with no body', 'GET', '', 'eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e'],
    ['POST with a JSON body', 'POST', exampleBody, '9569219f8ba981ffa6f6f16aa0f48637d35d728c7e4d93d0d52efaa512af7900'],
  ])('reproduces the v2 vector of HubSpot docs for a %s', (_, method, body, expected) => {
    expect(signatureV2({ clientSecret: docSecret, method, url: exampleUri, body })).toBe(expected);
  });

  it('reproduces the v3 sample', () => {
    expect(signatureV3({ clientSecret: docSecret, method: 'POST', url: exampleUri, body: exampleBody, timestamp: '1700000000000' })).toBe(
      'rQEKkaNUiu+1qGF//O/pw4BCzstSqO1PyUnGICmf+7o=',
    );
  });

  it('hashes v1 as a plain SHA-256 of secret then body, not an HMAC', () => {
    const expected = createHash('sha256').update(`s3cret[]`).digest('hex');
    expect(signatureV1({ clientSecret: 's3cret', body: '[]' })).toBe(expected);
    expect(signatureV1({ clientSecret: 's3cret', body: '[]' })).not.toBe(createHmac('sha256', 's3cret').update('[]').digest('hex'));
  });

  it('signs UTF-8 bytes: a non-ASCII body gives the digest of its UTF-8 encoding', () => {
    const body = '[{"propertyValue":"Zoë Müller"}]';
    const expected = createHmac('sha256', 'k').update(Buffer.from(`POSThttps://x.test/h${body}1`, 'utf8')).digest('base64');
    expect(signatureV3({ clientSecret: 'k', method: 'POST', url: 'https://x.test/h', body, timestamp: '1' })).toBe(expected);
  });

  it.each([
    ['method', { method: 'PUT' }],
    ['URL', { url: `${exampleUri}?a=1` }],
    ['body', { body: `${exampleBody} ` }],
    ['timestamp', { timestamp: '1700000000001' }],
    ['secret', { clientSecret: `${docSecret}z` }],
  ])('changes the v3 signature when the %s changes', (_, change) => {
    const base = { clientSecret: docSecret, method: 'POST', url: exampleUri, body: exampleBody, timestamp: '1700000000000' };
    expect(signatureV3({ ...base, ...change })).not.toBe(signatureV3(base));
  });
});

describe('hubspotRequestUri', () => {
  it('decodes the characters HubSpot lists, in either case, and nothing else', () => {
    expect(hubspotRequestUri('https://x.test/h?next=%2Fdone%3Fok%3a1&who=%40me&l=%21%24%27%28%29%2A%2C%3B')).toBe("https://x.test/h?next=/done?ok:1&who=@me&l=!$'()*,;");
    expect(hubspotRequestUri('https://x.test/a%20b?q=%26%3D%25')).toBe('https://x.test/a%20b?q=%26%3D%25');
  });

  it('leaves a plain URL as it is', () => {
    expect(hubspotRequestUri('http://127.0.0.1:4400/sink/default/hook?x=1')).toBe('http://127.0.0.1:4400/sink/default/hook?x=1');
  });
});
