/** @module Public IPv4 addresses that look like Spanish home connections (a form submitted from Spain). */
import type { Faker } from '@faker-js/faker';

/** Blocks RIPE allocated to Telefónica de España's residential access network, as [first octet, second from, second to]. */
const esResidentialBlocks: readonly (readonly [number, number, number])[] = [
  [80, 24, 31], // 80.24.0.0/13
  [83, 32, 63], // 83.32.0.0/11
  [88, 0, 31], // 88.0.0.0/11
];

/**
 * @example esIpv4(faker) // '83.45.112.7'
 */
export function esIpv4(faker: Faker): string {
  const [a, from, to] = faker.helpers.arrayElement(esResidentialBlocks);
  // Host parts 1–254: no network or broadcast-looking addresses.
  return `${a}.${faker.number.int({ min: from, max: to })}.${faker.number.int({ min: 0, max: 255 })}.${faker.number.int({ min: 1, max: 254 })}`;
}
