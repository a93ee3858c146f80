/** @module Spanish places that agree with themselves: city, province, its two-digit code, postal codes. */
import type { Faker } from '@faker-js/faker';

export interface EsPlace {
  city: string;
  province: string;
  /** INE province code: the first two digits of the province's postal codes and of a CIF registered there. */
  provinceCode: number;
  community: string;
  /** Postal codes of the city, as numbers (28001–28055). */
  postalCodes: readonly [number, number];
}

// Public data (INE province codes, Correos postal-code ranges of the city proper) for large cities.
export const esPlaces: readonly EsPlace[] = [
  { city: 'Madrid', province: 'Madrid', provinceCode: 28, community: 'Comunidad de Madrid', postalCodes: [28001, 28055] },
  { city: 'Barcelona', province: 'Barcelona', provinceCode: 8, community: 'Cataluña', postalCodes: [8001, 8042] },
  { city: 'Valencia', province: 'Valencia', provinceCode: 46, community: 'Comunitat Valenciana', postalCodes: [46001, 46026] },
  { city: 'Sevilla', province: 'Sevilla', provinceCode: 41, community: 'Andalucía', postalCodes: [41001, 41020] },
  { city: 'Zaragoza', province: 'Zaragoza', provinceCode: 50, community: 'Aragón', postalCodes: [50001, 50021] },
  { city: 'Málaga', province: 'Málaga', provinceCode: 29, community: 'Andalucía', postalCodes: [29001, 29018] },
  { city: 'Murcia', province: 'Murcia', provinceCode: 30, community: 'Región de Murcia', postalCodes: [30001, 30012] },
  { city: 'Palma', province: 'Illes Balears', provinceCode: 7, community: 'Illes Balears', postalCodes: [7001, 7015] },
  { city: 'Las Palmas de Gran Canaria', province: 'Las Palmas', provinceCode: 35, community: 'Canarias', postalCodes: [35001, 35019] },
  { city: 'Bilbao', province: 'Bizkaia', provinceCode: 48, community: 'País Vasco', postalCodes: [48001, 48015] },
  { city: 'Alicante', province: 'Alicante', provinceCode: 3, community: 'Comunitat Valenciana', postalCodes: [3001, 3016] },
  { city: 'Valladolid', province: 'Valladolid', provinceCode: 47, community: 'Castilla y León', postalCodes: [47001, 47016] },
  { city: 'Vigo', province: 'Pontevedra', provinceCode: 36, community: 'Galicia', postalCodes: [36201, 36216] },
  { city: 'Gijón', province: 'Asturias', provinceCode: 33, community: 'Principado de Asturias', postalCodes: [33201, 33213] },
  { city: 'A Coruña', province: 'A Coruña', provinceCode: 15, community: 'Galicia', postalCodes: [15001, 15011] },
  { city: 'Granada', province: 'Granada', provinceCode: 18, community: 'Andalucía', postalCodes: [18001, 18015] },
  { city: 'Pamplona', province: 'Navarra', provinceCode: 31, community: 'Comunidad Foral de Navarra', postalCodes: [31001, 31016] },
  { city: 'Donostia-San Sebastián', province: 'Gipuzkoa', provinceCode: 20, community: 'País Vasco', postalCodes: [20001, 20018] },
];

/** @example formatPostalCode(8001) // '08001' */
export function formatPostalCode(value: number): string {
  return String(value).padStart(5, '0');
}

/** A postal code of the place's city, `00000`. */
export function randomPostalCode(faker: Faker, place: EsPlace): string {
  return formatPostalCode(faker.number.int({ min: place.postalCodes[0], max: place.postalCodes[1] }));
}
