import { describe, expect, it } from 'vitest';
import { connectifEventId, eventOfId } from './event-id.ts';

describe('connectif event id', () => {
  it('is the event, the e-mail and the first 16 hex of the sha256 of the compact JSON content', () => {
    // sha256('{"email":"ana.garcia@gmail.com","ip":""}'), computed with `node -e` outside the code under test.
    expect(connectifEventId('email.unsubscription', { email: 'ana.garcia@gmail.com', ip: '' })).toBe(
      'connectif:email.unsubscription:ana.garcia@gmail.com:ec010eef12ffef88',
    );
  });

  it('reads the e-mail from the primary key field of a send event', () => {
    expect(connectifEventId('send.x', { correo: 'a@b.es', n: 1 }, 'correo')).toMatch(/^connectif:send\.x:a@b\.es:[0-9a-f]{16}$/);
  });

  it('changes when any value changes, so two different events never share an id', () => {
    expect(connectifEventId('send.x', { email: 'a@b.es', n: 1 })).not.toBe(connectifEventId('send.x', { email: 'a@b.es', n: 2 }));
  });

  it('gives back the event it was made for, and nothing for ids of other providers', () => {
    expect(eventOfId('connectif:email.bounce:a@b.es:0123')).toBe('email.bounce');
    expect(eventOfId('ploomes:1:Deals:2:Win:x')).toBeUndefined();
  });
});
