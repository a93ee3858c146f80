/** @module A Spanish shop's promotions: discount coupons and loyalty points (1 point per euro spent). */
import type { Faker } from '@faker-js/faker';

export const couponKinds = ['porcentaje', 'importe', 'envio-gratis'] as const;
export type CouponKind = (typeof couponKinds)[number];

export type EsCoupon = {
  /** `VUELVE15-7KQ2MX`: a campaign word, the discount, then a unique part. */
  code: string;
  discountType: CouponKind;
  /** Percent for `porcentaje`, EUR for `importe`, 0 for `envio-gratis` (free shipping). */
  discountValue: number;
  /** The smallest order (EUR) the coupon applies to; 0 for none. */
  minimumPurchase: number;
  expiresAt: Date;
};

const campaigns = ['BIENVENIDA', 'VUELVE', 'GRACIAS', 'CLUB', 'CUMPLE', 'VERANO', 'REBAJAS'];
// No 0/O or 1/I: codes are typed in by hand at checkout.
const codeCharacters = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const dayMs = 86_400_000;

/**
 * @example randomCoupon(faker, now) // { code: 'VUELVE15-7KQ2MX', discountType: 'porcentaje', discountValue: 15, minimumPurchase: 40, expiresAt: … }
 */
export function randomCoupon(faker: Faker, now: Date): EsCoupon {
  const discountType = faker.helpers.weightedArrayElement<CouponKind>([
    { weight: 5, value: 'porcentaje' },
    { weight: 3, value: 'importe' },
    { weight: 2, value: 'envio-gratis' },
  ]);
  const discountValue =
    discountType === 'porcentaje' ? faker.helpers.arrayElement([5, 10, 15, 20, 25]) : discountType === 'importe' ? faker.helpers.arrayElement([5, 10, 15, 20]) : 0;
  // A fixed-amount coupon needs an order of at least three times its value, or it is given away.
  const minimumPurchase =
    discountType === 'importe' ? faker.helpers.arrayElement([3, 4, 5]) * discountValue : faker.helpers.arrayElement([0, 0, 30, 40, 50]);
  const campaign = faker.helpers.arrayElement(campaigns);
  const unique = Array.from({ length: 6 }, () => faker.helpers.arrayElement([...codeCharacters])).join('');
  const label = discountType === 'envio-gratis' ? 'ENVIO' : String(discountValue);
  return {
    code: `${campaign}${label}-${unique}`,
    discountType,
    discountValue,
    minimumPurchase,
    expiresAt: new Date(now.getTime() + faker.number.int({ min: 7, max: 60 }) * dayMs),
  };
}

export const loyaltyTiers = ['bronce', 'plata', 'oro'] as const;
export type LoyaltyTier = (typeof loyaltyTiers)[number];

export type EsLoyalty = {
  /** Points this operation gave: one per whole euro spent. */
  earned: number;
  /** The balance after it. */
  balance: number;
  tier: LoyaltyTier;
};

/**
 * @example loyaltyPoints(faker, 84.9) // { earned: 84, balance: 1320, tier: 'plata' }
 */
export function loyaltyPoints(faker: Faker, spent: number): EsLoyalty {
  const earned = Math.floor(spent);
  const balance = earned + faker.number.int({ min: 0, max: 4000 });
  return { earned, balance, tier: tierOf(balance) };
}

/** Bronce below 500 points, plata below 2,000, oro from there. */
export function tierOf(balance: number): LoyaltyTier {
  return balance < 500 ? 'bronce' : balance < 2000 ? 'plata' : 'oro';
}
