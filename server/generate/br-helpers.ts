/**
 * @module Template helpers for Brazilian data (`br.*`), for any pt_BR provider.
 *
 * `{{br.place}}` draws a city; pass it back (`{{br.mobile("$place")}}`) so the phone's area code,
 * the CEP and the neighbourhood all belong to that city.
 */
import type { Faker } from '@faker-js/faker';
import { HookbenchError } from '../errors.ts';
import { isJsonObject, type JsonValue } from '../util/json.ts';
import { randomCnpj, randomCpf } from './br-documents.ts';
import { landlineNumber, mobileNumber } from './br-phone.ts';
import { brPlaces, randomCep, type BrPlace } from './br-places.ts';
import type { TemplateHelper } from './template.ts';

/**
 * @example render({ $vars: { p: '{{br.place}}' }, tel: '{{br.mobile("$p")}}' }, { helpers: brHelpers(faker), ... })
 */
export function brHelpers(faker: Faker): Record<string, TemplateHelper> {
  const place = (arg: JsonValue | undefined): BrPlace => (arg === undefined ? faker.helpers.arrayElement(brPlaces) : findPlace(arg));
  return {
    'br.cpf': () => randomCpf(faker),
    'br.cnpj': () => randomCnpj(faker),
    'br.place': () => {
      const p = faker.helpers.arrayElement(brPlaces);
      return { city: p.city, uf: p.uf, ddd: p.ddd, ibgeCity: p.ibgeCity, ibgeState: p.ibgeState };
    },
    'br.cep': (arg) => randomCep(faker, place(arg)),
    'br.mobile': (arg) => mobileNumber(faker, place(arg).ddd),
    'br.landline': (arg) => landlineNumber(faker, place(arg).ddd),
    'br.neighborhood': (arg) => faker.helpers.arrayElement(place(arg).neighborhoods),
  };
}

/** A place from `{{br.place}}`'s output or a city name. */
function findPlace(arg: JsonValue): BrPlace {
  const city = isJsonObject(arg) ? arg.city : arg;
  const found = brPlaces.find((p) => p.city === city);
  if (!found) {
    const known = brPlaces.map((p) => p.city).join(', ');
    throw new HookbenchError('INVALID_TEMPLATE', `${JSON.stringify(arg)} is not a place: pass the value of {{br.place}} or one of ${known}`);
  }
  return found;
}
