/**
 * @module US phone numbers as US CRMs hold them, `(415) 555-0132` style but valid: a real
 * geographic area code and an exchange that is not N11 or 555 (faker's en formats use area codes
 * that do not exist about a third of the time).
 */
import type { Faker } from '@faker-js/faker';

/** The pattern every number from this module matches. */
export const usPhonePattern = /^\([2-9]\d{2}\) [2-9]\d{2}-\d{4}$/;

// Area codes in service in large metro areas (NANPA), so a number also says where it is.
const areaCodes = [
  201, 202, 203, 205, 206, 212, 213, 214, 215, 216, 224, 248, 267, 281, 301, 303, 305, 310, 312, 313, 314, 317, 323, 332, 347, 404,
  407, 408, 410, 412, 414, 415, 424, 425, 469, 480, 503, 504, 510, 512, 513, 516, 571, 602, 609, 612, 614, 615, 617, 619, 626, 630,
  646, 650, 678, 702, 703, 704, 713, 714, 718, 720, 727, 732, 773, 786, 801, 813, 816, 818, 832, 858, 901, 904, 914, 916, 917, 919,
  925, 949, 954, 972, 973,
] as const;

/**
 * @example usPhoneNumber(faker) // '(614) 382-9071'
 */
export function usPhoneNumber(faker: Faker): string {
  const area = faker.helpers.arrayElement(areaCodes);
  let exchange = faker.number.int({ min: 200, max: 999 });
  // N11 codes are service numbers (411, 911); 555 is reserved for fiction and directory assistance.
  while (exchange % 100 === 11 || exchange === 555) exchange = faker.number.int({ min: 200, max: 999 });
  return `(${area}) ${exchange}-${faker.string.numeric({ length: 4, allowLeadingZeros: true })}`;
}
