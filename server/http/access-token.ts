/**
 * @module The access token a workbench listening beyond this machine requires on its API, inspector and
 * WebSocket: made at start (or pinned), checked in constant time, carried by browsers in a cookie.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { HookbenchError } from '../errors.ts';

export interface AccessToken {
  token: string;
  /** The inspector's cookie: per port, since cookies ignore ports and two workbenches may share a host. */
  cookieName: string;
  /** What the cookie holds: derived from the token, so the browser never stores the token itself. */
  cookieValue: string;
}

/** Tokens go in URLs, headers and cookies unescaped; a short one could be guessed. */
const tokenPattern = /^[A-Za-z0-9._~-]{16,256}$/;

/**
 * @example const access = accessToken({ port: 4400 }); access.token // 32 random URL-safe characters
 */
export function accessToken({ token, port }: { token?: string | undefined; port: number }): AccessToken {
  const value = token === undefined ? newToken() : checkedToken(token);
  return { token: value, cookieName: `hookbench_session_${port}`, cookieValue: createHmac('sha256', value).update('hookbench inspector session').digest('base64url') };
}

/** 32 random URL-safe characters, never starting with "-": `--token -abc…` would read as another flag. */
function newToken(): string {
  for (;;) {
    const token = randomBytes(24).toString('base64url');
    if (!token.startsWith('-')) return token;
  }
}

/** A pinned token as given, or INVALID_INPUT saying what a token may be (without repeating it). */
export function checkedToken(token: string): string {
  if (tokenPattern.test(token)) return token;
  throw new HookbenchError('INVALID_INPUT', 'the access token must be 16 to 256 characters of A-Z a-z 0-9 . _ ~ - (leave it out and hookbench makes one)', {
    path: '--token',
  });
}

/** Constant-time, and blind to length: both sides are hashed to 32 bytes first. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHmac('sha256', 'hookbench compare').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export interface CredentialHeaders {
  authorization?: string | undefined;
  cookie?: string | undefined;
}

/** True when the request carries the token as `Authorization: Bearer` or the inspector's cookie. */
export function carriesToken(headers: CredentialHeaders, access: AccessToken): boolean {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
  if (bearer !== undefined) return sameSecret(bearer, access.token);
  const cookie = cookieValue(headers.cookie, access.cookieName);
  return cookie !== undefined && sameSecret(cookie, access.cookieValue);
}

/** Throws UNAUTHORIZED unless the request carries the token (or none is required). */
export function checkToken(headers: CredentialHeaders, access: AccessToken | undefined): void {
  if (access && !carriesToken(headers, access)) throw unauthorized();
}

/** Says where the token is to be found, and never repeats what was sent. */
export function unauthorized(): HookbenchError {
  return new HookbenchError(
    'UNAUTHORIZED',
    'this workbench listens beyond this machine, so it needs its access token: open the Inspector URL printed in the start-up banner of `hookbench serve` (it ends in ?token=…), or send `Authorization: Bearer <token>` (the CLI reads --token or HOOKBENCH_TOKEN)',
    { path: 'headers.authorization' },
  );
}

/**
 * The cookie the inspector gets for presenting the token once in its URL. HttpOnly: page scripts never
 * read it. SameSite=Strict: no other site's page or form sends it. No Secure: hookbench speaks plain HTTP.
 */
export function sessionCookie(access: AccessToken): string {
  return `${access.cookieName}=${access.cookieValue}; Path=/; HttpOnly; SameSite=Strict`;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** Addresses that only this machine can reach; anything else (0.0.0.0, a LAN address, a name) needs the token. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice(7) : bare;
  return isIP(v4) === 4 && v4.startsWith('127.');
}
