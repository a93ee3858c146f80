/**
 * @module Parallel credentials: the subscription's Ed25519 signature keys (one to five, in header
 * order) and the API token the mock REST API accepts as `Authorization: Bearer`.
 *
 * Keys are base64 DER as Parallel generates them (`util/keyPairs.ts`): PKCS#8 private, SPKI public
 * (what the UI shows, always `MCowBQYDK2VwAyEA…`). Private keys never leave `generate`/`sign`.
 */
import { z } from 'zod';
import { ed25519FromSeed, signEd25519, verifyEd25519 } from '../../signing/ed25519.ts';
import type { CredentialsSpec } from '../types.ts';
import { encodeBase58 } from './base58.ts';

/** Parallel lets a subscription hold up to five keys (help centre; research §1.4). */
export const maxSignatureKeys = 5;

const keyPairSchema = z
  .object({
    /** base64 of the PKCS#8 DER private key. */
    privateKey: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64 of a PKCS#8 DER Ed25519 private key'),
    /** base64 of the SPKI DER public key, as Parallel shows it. */
    publicKey: z.string().regex(/^MCowBQYDK2VwAyEA[A-Za-z0-9+/]{43}=$/, 'must be base64 of an SPKI DER Ed25519 public key (MCowBQYDK2VwAyEA…)'),
  })
  .strict()
  .superRefine((pair, ctx) => {
    const problem = pairProblem(pair);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });

export const parallelCredentialsSchema = z
  .object({
    keys: z.array(keyPairSchema).min(1).max(maxSignatureKeys),
    /** Parallel's public API only takes `Bearer [A-Za-z0-9]+` (api/public/index.ts). */
    apiToken: z.string().regex(/^[A-Za-z0-9]+$/, 'must be letters and digits only, as Parallel requires'),
  })
  .strict();

export type ParallelCredentials = z.output<typeof parallelCredentialsSchema>;
export type ParallelKeyPair = ParallelCredentials['keys'][number];

/**
 * @example parallelCredentials.verification(credentials) // { publicKey1: 'MCowBQYDK2VwAyEA…', apiToken: '…' }
 */
export const parallelCredentials: CredentialsSpec<ParallelCredentials> = {
  schema: parallelCredentialsSchema,
  generate(randomBytes) {
    return { keys: [ed25519FromSeed(randomBytes(32))], apiToken: apiTokenFrom(randomBytes) };
  },
  verification({ keys, apiToken }) {
    return { ...Object.fromEntries(keys.map((k, i) => [`publicKey${i + 1}`, k.publicKey])), apiToken };
  },
  rotate(current, randomBytes) {
    // "Add a key" in Parallel's UI; past five, the oldest goes, so the new key is always the last.
    const keys = [...current.keys, ed25519FromSeed(randomBytes(32))].slice(-maxSignatureKeys);
    return { ...current, keys };
  },
};

/** Token format not published [inferred]: base58 of 32 random bytes, like Parallel's own tokens. */
function apiTokenFrom(randomBytes: (size: number) => Uint8Array): string {
  return encodeBase58(randomBytes(32));
}

const probe = 'hookbench key check';

/** Both keys parse and belong together: the public key verifies what the private key signs. */
function pairProblem({ privateKey, publicKey }: { privateKey: string; publicKey: string }): { path: string; message: string } | undefined {
  let signature: string;
  try {
    signature = signEd25519(privateKey, probe);
  } catch {
    return { path: 'privateKey', message: 'is not a PKCS#8 DER Ed25519 private key (base64)' };
  }
  return verifyEd25519(publicKey, probe, signature) ? undefined : { path: 'publicKey', message: 'is not the public key of this privateKey' };
}
