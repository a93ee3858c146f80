/**
 * @module The European market hookbench's EU data covers (idloom's: Benelux and its neighbours): the
 * countries, their languages and the facts every other eu-* module keys on.
 */

/** ISO 3166-1 alpha-2 codes, in the order pickers and tests list them. */
export const euCountries = ['BE', 'FR', 'NL', 'DE', 'IT', 'LU'] as const;
export type EuCountry = (typeof euCountries)[number];

/** ISO 639-1 codes of the languages generated data can be written in. */
export const euLanguages = ['fr', 'nl', 'en', 'de', 'it'] as const;
export type EuLanguage = (typeof euLanguages)[number];

export const isEuCountry = (value: unknown): value is EuCountry => (euCountries as readonly unknown[]).includes(value);
export const isEuLanguage = (value: unknown): value is EuLanguage => (euLanguages as readonly unknown[]).includes(value);

/** ITU-T E.164 country calling codes. */
export const callingCodes: Readonly<Record<EuCountry, string>> = { BE: '32', FR: '33', NL: '31', DE: '49', IT: '39', LU: '352' };

/** The IANA time zone of each country (one each: none of them spans two). */
export const timeZones: Readonly<Record<EuCountry, string>> = {
  BE: 'Europe/Brussels',
  FR: 'Europe/Paris',
  NL: 'Europe/Amsterdam',
  DE: 'Europe/Berlin',
  IT: 'Europe/Rome',
  LU: 'Europe/Luxembourg',
};
