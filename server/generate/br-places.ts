/** @module Brazilian places that agree with themselves: city, state, phone area code (DDD), CEP range. */
import type { Faker } from '@faker-js/faker';

export interface BrPlace {
  city: string;
  /** Two-letter state code (UF). */
  uf: string;
  /** Telephone area code of the city. */
  ddd: number;
  /** IBGE municipality code (7 digits). */
  ibgeCity: number;
  /** IBGE state code (2 digits). */
  ibgeState: number;
  /** CEP range of the city, as 8-digit numbers. */
  cep: readonly [number, number];
  neighborhoods: readonly string[];
}

// Public data (IBGE codes, Correios CEP ranges, Anatel DDDs) for a few large cities.
export const brPlaces: readonly BrPlace[] = [
  { city: 'São Paulo', uf: 'SP', ddd: 11, ibgeCity: 3550308, ibgeState: 35, cep: [1000000, 5999999], neighborhoods: ['Pinheiros', 'Moema', 'Vila Mariana', 'Itaim Bibi', 'Santana', 'Tatuapé', 'Bela Vista'] },
  { city: 'Campinas', uf: 'SP', ddd: 19, ibgeCity: 3509502, ibgeState: 35, cep: [13000000, 13139999], neighborhoods: ['Cambuí', 'Taquaral', 'Barão Geraldo', 'Centro'] },
  { city: 'Rio de Janeiro', uf: 'RJ', ddd: 21, ibgeCity: 3304557, ibgeState: 33, cep: [20000000, 23799999], neighborhoods: ['Copacabana', 'Botafogo', 'Tijuca', 'Barra da Tijuca', 'Centro'] },
  { city: 'Belo Horizonte', uf: 'MG', ddd: 31, ibgeCity: 3106200, ibgeState: 31, cep: [30000000, 31999999], neighborhoods: ['Savassi', 'Funcionários', 'Pampulha', 'Lourdes'] },
  { city: 'Curitiba', uf: 'PR', ddd: 41, ibgeCity: 4106902, ibgeState: 41, cep: [80000000, 82999999], neighborhoods: ['Batel', 'Água Verde', 'Centro Cívico', 'Portão'] },
  { city: 'Porto Alegre', uf: 'RS', ddd: 51, ibgeCity: 4314902, ibgeState: 43, cep: [90000000, 91999999], neighborhoods: ['Moinhos de Vento', 'Menino Deus', 'Petrópolis', 'Cidade Baixa'] },
  { city: 'Florianópolis', uf: 'SC', ddd: 48, ibgeCity: 4205407, ibgeState: 42, cep: [88000000, 88099999], neighborhoods: ['Trindade', 'Centro', 'Lagoa da Conceição', 'Itacorubi'] },
  { city: 'Brasília', uf: 'DF', ddd: 61, ibgeCity: 5300108, ibgeState: 53, cep: [70000000, 72799999], neighborhoods: ['Asa Sul', 'Asa Norte', 'Lago Sul', 'Sudoeste'] },
  { city: 'Salvador', uf: 'BA', ddd: 71, ibgeCity: 2927408, ibgeState: 29, cep: [40000000, 42599999], neighborhoods: ['Barra', 'Pituba', 'Rio Vermelho', 'Itaigara'] },
  { city: 'Recife', uf: 'PE', ddd: 81, ibgeCity: 2611606, ibgeState: 26, cep: [50000000, 52999999], neighborhoods: ['Boa Viagem', 'Casa Forte', 'Graças', 'Espinheiro'] },
  { city: 'Fortaleza', uf: 'CE', ddd: 85, ibgeCity: 2304400, ibgeState: 23, cep: [60000000, 61599999], neighborhoods: ['Aldeota', 'Meireles', 'Cocó', 'Benfica'] },
];

/** @example formatCep(1310100) // '01310-100' */
export function formatCep(value: number): string {
  const s = String(value).padStart(8, '0');
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

/** A CEP inside the place's range, formatted `00000-000`. */
export function randomCep(faker: Faker, place: BrPlace): string {
  return formatCep(faker.number.int({ min: place.cep[0], max: place.cep[1] }));
}
