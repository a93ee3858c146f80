/**
 * @module European cities whose facts agree with each other: name in each language, postcodes, the
 * landline area code, real street and venue names, and who lives there (which languages). Public data
 * (postal services, numbering plans); a drawn address is a real street with a drawn number.
 */
import type { NumberRange } from './e164-phones.ts';
import type { EuCountry, EuLanguage } from './eu-countries.ts';

/** A name as the city's own people write it, with its spelling in other languages where it differs. */
export type Localized = string | ({ local: string } & Partial<Record<EuLanguage, string>>);

export interface EuPlace {
  /** Stable key (`be-brussels`), what templates pass back to the other `eu.*` helpers. */
  id: string;
  country: EuCountry;
  name: Localized;
  /** Languages of people who plausibly live or work here; the first is the city's own. */
  languages: readonly [EuLanguage, ...EuLanguage[]];
  /** Real postcodes of the city (NL: the four digits; the two letters are drawn). */
  postcodes: readonly string[];
  landline: NumberRange;
  streets: readonly Localized[];
  /** Real conference venues of the city. */
  venues: readonly string[];
  /** Italy: the provincial office code inside a partita IVA (ISTAT province code). */
  italianOffice?: string;
}

/**
 * The name in `language`, else the local one.
 * @example localize({ local: 'Bruxelles', nl: 'Brussel' }, 'nl') // 'Brussel'
 */
export function localize(value: Localized, language: EuLanguage): string {
  return typeof value === 'string' ? value : (value[language] ?? value.local);
}

const brusselsStreets: Localized[] = [
  { local: 'Rue de la Loi', nl: 'Wetstraat' },
  { local: 'Avenue Louise', nl: 'Louizalaan' },
  { local: 'Boulevard du Régent', nl: 'Regentlaan' },
  { local: 'Rue Royale', nl: 'Koningsstraat' },
  { local: 'Avenue de Tervueren', nl: 'Tervurenlaan' },
  { local: 'Chaussée de Charleroi', nl: 'Charleroisesteenweg' },
  { local: 'Boulevard du Souverain', nl: 'Vorstlaan' },
];

export const euPlaces: readonly EuPlace[] = [
  {
    id: 'be-brussels', country: 'BE', name: { local: 'Bruxelles', nl: 'Brussel', en: 'Brussels', de: 'Brüssel' }, languages: ['fr', 'nl', 'en', 'it'],
    postcodes: ['1000', '1040', '1050', '1060', '1160', '1180', '1200'], landline: { prefixes: ['22', '23', '25', '26', '27', '28'], length: 8 },
    streets: brusselsStreets, venues: ['Square – Brussels Convention Centre', 'Tour & Taxis', 'The EGG Brussels', 'BOZAR'],
  },
  {
    id: 'be-antwerp', country: 'BE', name: { local: 'Antwerpen', fr: 'Anvers', en: 'Antwerp', it: 'Anversa' }, languages: ['nl', 'en'],
    postcodes: ['2000', '2018', '2060', '2140', '2600'], landline: { prefixes: ['32', '33', '38'], length: 8 },
    streets: ['Meir', 'Frankrijklei', 'Italiëlei', 'Mechelsesteenweg', 'Generaal Lemanstraat', 'Kattendijkdok-Westkaai'],
    venues: ['Flanders Meeting & Convention Center Antwerp', 'Antwerp Expo'],
  },
  {
    id: 'be-ghent', country: 'BE', name: { local: 'Gent', fr: 'Gand', en: 'Ghent' }, languages: ['nl'],
    postcodes: ['9000', '9030', '9040', '9050'], landline: { prefixes: ['92', '93'], length: 8 },
    streets: ['Veldstraat', 'Kortrijksesteenweg', 'Coupure Links', 'Sint-Pietersnieuwstraat', 'Zuidparklaan'], venues: ['ICC Ghent', 'Flanders Expo'],
  },
  {
    id: 'be-leuven', country: 'BE', name: { local: 'Leuven', fr: 'Louvain' }, languages: ['nl', 'en'],
    postcodes: ['3000', '3001', '3010'], landline: { prefixes: ['16'], length: 8 },
    streets: ['Bondgenotenlaan', 'Tiensestraat', 'Naamsestraat', 'Kapucijnenvoer', 'Interleuvenlaan'], venues: ['Het Depot', 'Irish College Leuven'],
  },
  {
    id: 'be-liege', country: 'BE', name: { local: 'Liège', nl: 'Luik', de: 'Lüttich', it: 'Liegi' }, languages: ['fr'],
    postcodes: ['4000', '4020', '4030'], landline: { prefixes: ['42', '43'], length: 8 },
    streets: ["Boulevard d'Avroy", 'Rue Féronstrée', 'Quai de Rome', 'Rue Saint-Gilles', 'Boulevard de la Sauvenière'],
    venues: ['Palais des Congrès de Liège', 'Liège Expo'],
  },
  {
    id: 'be-namur', country: 'BE', name: { local: 'Namur', nl: 'Namen' }, languages: ['fr'],
    postcodes: ['5000', '5002', '5100'], landline: { prefixes: ['81'], length: 8 },
    streets: ['Rue de Fer', 'Avenue Prince de Liège', 'Boulevard du Nord', 'Rue des Brasseurs'], venues: ['Namur Expo', 'Namur Confluent Congrès'],
  },
  {
    id: 'be-eupen', country: 'BE', name: 'Eupen', languages: ['de'],
    postcodes: ['4700'], landline: { prefixes: ['87'], length: 8 },
    streets: ['Aachener Straße', 'Gospertstraße', 'Klötzerbahn', 'Hütte', 'Rathausplatz'], venues: ['Kulturzentrum Alter Schlachthof'],
  },
  {
    id: 'fr-paris', country: 'FR', name: { local: 'Paris', it: 'Parigi', nl: 'Parijs' }, languages: ['fr'],
    postcodes: ['75001', '75002', '75008', '75009', '75011', '75015', '75017'], landline: { prefixes: ['14', '15', '17', '18'], length: 9 },
    streets: ['Rue de Rivoli', 'Boulevard Haussmann', "Avenue de l'Opéra", 'Rue du Faubourg Saint-Honoré', 'Rue La Fayette'],
    venues: ['Palais des Congrès de Paris', 'Paris Expo Porte de Versailles', 'Carrousel du Louvre'],
  },
  {
    id: 'fr-lyon', country: 'FR', name: { local: 'Lyon', it: 'Lione' }, languages: ['fr'],
    postcodes: ['69001', '69002', '69003', '69006', '69007'], landline: { prefixes: ['472', '478', '437'], length: 9 },
    streets: ['Rue de la République', 'Cours Lafayette', 'Rue Garibaldi', 'Quai Perrache', 'Avenue Jean Jaurès'], venues: ['Centre de Congrès de Lyon', 'Eurexpo Lyon'],
  },
  {
    id: 'fr-lille', country: 'FR', name: { local: 'Lille', nl: 'Rijsel' }, languages: ['fr'],
    postcodes: ['59000', '59800', '59160'], landline: { prefixes: ['320', '328', '362'], length: 9 },
    streets: ['Rue Nationale', 'Boulevard de la Liberté', 'Rue Faidherbe', 'Rue Esquermoise', 'Avenue du Peuple Belge'], venues: ['Lille Grand Palais'],
  },
  {
    id: 'fr-strasbourg', country: 'FR', name: { local: 'Strasbourg', de: 'Straßburg', it: 'Strasburgo', nl: 'Straatsburg' }, languages: ['fr'],
    postcodes: ['67000', '67100'], landline: { prefixes: ['388', '390'], length: 9 },
    streets: ['Rue du 22 Novembre', 'Place Kléber', 'Avenue de la Marseillaise', 'Rue des Grandes Arcades', 'Quai Kléber'],
    venues: ['Palais de la Musique et des Congrès', 'Parc des Expositions de Strasbourg'],
  },
  {
    id: 'nl-amsterdam', country: 'NL', name: 'Amsterdam', languages: ['nl', 'en'],
    postcodes: ['1011', '1012', '1016', '1017', '1071', '1082', '1096'], landline: { prefixes: ['20'], length: 9 },
    streets: ['Herengracht', 'Keizersgracht', 'Damrak', 'Stadhouderskade', 'Gustav Mahlerlaan', 'Prins Hendrikkade'], venues: ['RAI Amsterdam', 'Beurs van Berlage'],
  },
  {
    id: 'nl-rotterdam', country: 'NL', name: 'Rotterdam', languages: ['nl'],
    postcodes: ['3011', '3012', '3013', '3014', '3072'], landline: { prefixes: ['10'], length: 9 },
    streets: ['Coolsingel', 'Weena', 'Wilhelminakade', 'Blaak', 'Lijnbaan'], venues: ['Rotterdam Ahoy', 'De Doelen'],
  },
  {
    id: 'nl-utrecht', country: 'NL', name: 'Utrecht', languages: ['nl'],
    postcodes: ['3511', '3512', '3521', '3584'], landline: { prefixes: ['30'], length: 9 },
    streets: ['Oudegracht', 'Catharijnesingel', 'Croeselaan', 'Maliebaan', 'Vredenburg'], venues: ['Jaarbeurs', 'TivoliVredenburg'],
  },
  {
    id: 'nl-the-hague', country: 'NL', name: { local: 'Den Haag', en: 'The Hague', fr: 'La Haye', it: "L'Aia" }, languages: ['nl', 'en'],
    postcodes: ['2511', '2514', '2517', '2595'], landline: { prefixes: ['70'], length: 9 },
    streets: ['Lange Voorhout', 'Koninginnegracht', 'Prinses Beatrixlaan', 'Spui', 'Laan van Nieuw Oost-Indië'], venues: ['World Forum The Hague', 'Fokker Terminal'],
  },
  {
    id: 'de-berlin', country: 'DE', name: { local: 'Berlin', it: 'Berlino', nl: 'Berlijn' }, languages: ['de'],
    postcodes: ['10115', '10117', '10178', '10719', '10785', '12043'], landline: { prefixes: ['30'], length: 10 },
    streets: ['Friedrichstraße', 'Unter den Linden', 'Kurfürstendamm', 'Torstraße', 'Karl-Marx-Allee'], venues: ['CityCube Berlin', 'Estrel Congress Center'],
  },
  {
    id: 'de-hamburg', country: 'DE', name: { local: 'Hamburg', fr: 'Hambourg', it: 'Amburgo' }, languages: ['de'],
    postcodes: ['20095', '20354', '20457', '22767'], landline: { prefixes: ['40'], length: 10 },
    streets: ['Jungfernstieg', 'Mönckebergstraße', 'Große Elbstraße', 'Am Sandtorkai', 'Neuer Wall'], venues: ['CCH – Congress Center Hamburg', 'Hamburg Messe'],
  },
  {
    id: 'de-munich', country: 'DE', name: { local: 'München', en: 'Munich', fr: 'Munich', it: 'Monaco di Baviera' }, languages: ['de'],
    postcodes: ['80331', '80333', '80335', '80469', '81675'], landline: { prefixes: ['89'], length: 10 },
    streets: ['Maximilianstraße', 'Leopoldstraße', 'Sendlinger Straße', 'Arnulfstraße', 'Prinzregentenstraße'],
    venues: ['ICM – Internationales Congress Center München', 'Messe München'],
  },
  {
    id: 'de-cologne', country: 'DE', name: { local: 'Köln', en: 'Cologne', fr: 'Cologne', nl: 'Keulen', it: 'Colonia' }, languages: ['de'],
    postcodes: ['50667', '50668', '50670', '50679'], landline: { prefixes: ['221'], length: 10 },
    streets: ['Hohe Straße', 'Schildergasse', 'Breite Straße', 'Aachener Straße', 'Deutz-Mülheimer Straße'], venues: ['Koelnmesse', 'Gürzenich Köln'],
  },
  {
    id: 'de-aachen', country: 'DE', name: { local: 'Aachen', fr: 'Aix-la-Chapelle', nl: 'Aken', it: 'Aquisgrana' }, languages: ['de'],
    postcodes: ['52062', '52064', '52066'], landline: { prefixes: ['241'], length: 10 },
    streets: ['Theaterstraße', 'Pontstraße', 'Adalbertstraße', 'Kasinostraße', 'Jülicher Straße'], venues: ['Eurogress Aachen'],
  },
  {
    id: 'it-rome', country: 'IT', name: { local: 'Roma', en: 'Rome', fr: 'Rome', nl: 'Rome', de: 'Rom' }, languages: ['it'],
    postcodes: ['00184', '00185', '00186', '00187', '00197'], landline: { prefixes: ['063', '064', '065', '068'], length: 10 },
    streets: ['Via del Corso', 'Via Nazionale', 'Via Vittorio Veneto', 'Via Cavour', 'Viale Regina Margherita'],
    venues: ['La Nuvola – Roma Convention Center', 'Palazzo dei Congressi'], italianOffice: '058',
  },
  {
    id: 'it-milan', country: 'IT', name: { local: 'Milano', en: 'Milan', fr: 'Milan', de: 'Mailand', nl: 'Milaan' }, languages: ['it'],
    postcodes: ['20121', '20122', '20123', '20124', '20154'], landline: { prefixes: ['022', '024', '025', '026', '027'], length: 10 },
    streets: ['Via Monte Napoleone', 'Corso Buenos Aires', 'Via Dante', 'Corso Como', 'Viale Monza'],
    venues: ['MiCo – Milano Convention Centre', 'Fiera Milano City'], italianOffice: '015',
  },
  {
    id: 'it-turin', country: 'IT', name: { local: 'Torino', en: 'Turin', fr: 'Turin', de: 'Turin', nl: 'Turijn' }, languages: ['it'],
    postcodes: ['10121', '10122', '10123', '10128'], landline: { prefixes: ['011'], length: 10 },
    streets: ['Via Roma', 'Via Po', 'Corso Vittorio Emanuele II', 'Via Garibaldi', 'Corso Francia'], venues: ['Lingotto Fiere', 'Centro Congressi Lingotto'],
    italianOffice: '001',
  },
  {
    id: 'it-florence', country: 'IT', name: { local: 'Firenze', en: 'Florence', fr: 'Florence', de: 'Florenz', nl: 'Florence' }, languages: ['it'],
    postcodes: ['50122', '50123', '50129', '50144'], landline: { prefixes: ['055'], length: 10 },
    streets: ['Via dei Calzaiuoli', "Via de' Tornabuoni", 'Viale dei Mille', 'Via Cavour', 'Lungarno Corsini'], venues: ['Firenze Fiera', 'Palazzo dei Congressi di Firenze'],
    italianOffice: '048',
  },
  {
    id: 'it-bologna', country: 'IT', name: { local: 'Bologna', fr: 'Bologne', nl: 'Bologna' }, languages: ['it'],
    postcodes: ['40121', '40122', '40123', '40126'], landline: { prefixes: ['051'], length: 10 },
    streets: ["Via dell'Indipendenza", 'Via Rizzoli', 'Via Ugo Bassi', 'Strada Maggiore', 'Via Emilia Levante'], venues: ['BolognaFiere', 'Palazzo della Cultura e dei Congressi'],
    italianOffice: '037',
  },
  {
    id: 'lu-luxembourg', country: 'LU', name: { local: 'Luxembourg', de: 'Luxemburg', nl: 'Luxemburg', it: 'Lussemburgo' }, languages: ['fr', 'de', 'en'],
    postcodes: ['1011', '1150', '1273', '1511', '1855', '2449'], landline: { prefixes: ['26', '27', '28'], length: 8 },
    streets: ['Boulevard Royal', 'Avenue de la Liberté', 'Grand-Rue', "Route d'Arlon", 'Avenue John F. Kennedy', 'Boulevard Konrad Adenauer'],
    venues: ['European Convention Center Luxembourg', 'Luxexpo The Box'],
  },
  {
    id: 'lu-esch', country: 'LU', name: { local: 'Esch-sur-Alzette', de: 'Esch an der Alzette' }, languages: ['fr', 'de'],
    postcodes: ['4001', '4011', '4130', '4350'], landline: { prefixes: ['26', '27', '28'], length: 8 },
    streets: ["Rue de l'Alzette", 'Boulevard John F. Kennedy', 'Avenue de la Gare', 'Rue du Canal', 'Porte de France'], venues: ['Rockhal'],
  },
];

/**
 * Places where people speaking `language` plausibly live: its own cities first, then cities where it
 * is a common second language (English in Brussels, Amsterdam, Luxembourg).
 * @example placesFor('de').map((p) => p.id) // ['be-eupen', 'de-berlin', …, 'lu-luxembourg', 'lu-esch']
 */
export function placesFor(language: EuLanguage): EuPlace[] {
  return euPlaces.filter((p) => p.languages.includes(language));
}

export function findPlace(id: string): EuPlace | undefined {
  return euPlaces.find((p) => p.id === id);
}
