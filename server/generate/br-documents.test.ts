import { isValid as isValidCnpj } from '@fnando/cnpj';
import { isValid as isValidCpf } from '@fnando/cpf';
import { describe, expect, it } from 'vitest';
import { cnpjCheckDigits, cpfCheckDigits, formatCnpj, formatCpf, randomCnpj, randomCpf } from './br-documents.ts';
import { seededFaker } from './seeded-faker.ts';

const now = new Date('2026-01-01T12:00:00.000Z');
const digitsOf = (text: string) => [...text.replace(/\D/g, '')].map(Number);

describe('CPF', () => {
  it.each([
    ['529.982.247-25'], // the example most Brazilian validators document
    ['111.444.777-35'],
  ])('computes the check digits of the known-valid %s', (cpf) => {
    const digits = digitsOf(cpf);
    expect(cpfCheckDigits(digits.slice(0, 9))).toEqual(digits.slice(9));
  });

  it('formats eleven digits as 000.000.000-00', () => {
    expect(formatCpf(digitsOf('52998224725'))).toBe('529.982.247-25');
  });

  it('generates CPFs that an independent validator accepts, over many seeds', () => {
    for (let seed = 0; seed < 500; seed++) {
      const cpf = randomCpf(seededFaker({ locale: 'pt_BR', seed, now }));
      expect(cpf).toMatch(/^\d{3}\.\d{3}\.\d{3}-\d{2}$/);
      expect(isValidCpf(cpf), cpf).toBe(true);
    }
  });

  it('refuses a base that is not nine digits long', () => {
    expect(() => cpfCheckDigits([1, 2, 3])).toThrow(RangeError);
  });
});

describe('CNPJ', () => {
  it.each([
    ['11.222.333/0001-81'], // the example most Brazilian validators document
    ['00.394.460/0058-87'], // Receita Federal's own CNPJ
  ])('computes the check digits of the known-valid %s', (cnpj) => {
    const digits = digitsOf(cnpj);
    expect(cnpjCheckDigits(digits.slice(0, 12))).toEqual(digits.slice(12));
  });

  it('formats fourteen digits as 00.000.000/0000-00', () => {
    expect(formatCnpj(digitsOf('11222333000181'))).toBe('11.222.333/0001-81');
  });

  it('generates head-office CNPJs that an independent validator accepts, over many seeds', () => {
    for (let seed = 0; seed < 500; seed++) {
      const cnpj = randomCnpj(seededFaker({ locale: 'pt_BR', seed, now }));
      expect(cnpj).toMatch(/^\d{2}\.\d{3}\.\d{3}\/0001-\d{2}$/);
      expect(isValidCnpj(cnpj), cnpj).toBe(true);
    }
  });

  it('refuses a base that is not twelve digits long', () => {
    expect(() => cnpjCheckDigits([1, 2, 3])).toThrow(RangeError);
  });
});
