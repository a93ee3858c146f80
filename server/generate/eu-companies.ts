/**
 * @module What a European company's name and a person's e-mail look like per country: legal forms
 * (Belgium's depend on the language of the region: SRL in Wallonia, BV in Flanders) and the personal
 * mail providers people there use.
 */
import type { EuCountry, EuLanguage } from './eu-countries.ts';

/** Legal forms by country, then by the company's language; `local` is the country's own. */
export const legalForms: Readonly<Record<EuCountry, { local: readonly string[] } & Partial<Record<EuLanguage, readonly string[]>>>> = {
  // Code des sociétés et des associations (2019): SRL/BV, SA/NV, SC/CV; German-speaking region GmbH/AG.
  BE: { local: ['SRL', 'SA', 'SC'], nl: ['BV', 'NV', 'CV'], de: ['GmbH', 'AG'] },
  FR: { local: ['SAS', 'SARL', 'SA', 'SASU'] },
  NL: { local: ['B.V.', 'N.V.'] },
  DE: { local: ['GmbH', 'AG', 'GmbH & Co. KG'] },
  IT: { local: ['S.r.l.', 'S.p.A.'] },
  LU: { local: ['S.à r.l.', 'S.A.'] },
};

/** Personal mail providers common in each country. */
export const personalMailDomains: Readonly<Record<EuCountry, readonly string[]>> = {
  BE: ['gmail.com', 'outlook.com', 'skynet.be', 'telenet.be', 'proximus.be'],
  FR: ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'outlook.fr'],
  NL: ['gmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com', 'hotmail.nl'],
  DE: ['gmail.com', 'web.de', 'gmx.de', 't-online.de'],
  IT: ['gmail.com', 'libero.it', 'virgilio.it', 'tiscali.it'],
  LU: ['gmail.com', 'pt.lu', 'outlook.com'],
};

/**
 * @example legalFormsFor('BE', 'nl') // ['BV', 'NV', 'CV']
 */
export function legalFormsFor(country: EuCountry, language: EuLanguage): readonly string[] {
  const forms = legalForms[country];
  return forms[language] ?? forms.local;
}
