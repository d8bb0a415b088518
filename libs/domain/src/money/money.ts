/**
 * Money is an integer amount of minor units (cents) with an ISO-4217 currency.
 * Policy documents state limits in major units (a person writes "25" EUR); they are
 * converted once, at validation, so arithmetic never touches floating point.
 */
export type MinorUnits = number & { readonly __brand: 'MinorUnits' };
export type CurrencyCode = string & { readonly __brand: 'CurrencyCode' };

export interface Money {
  amount: MinorUnits;
  currency: CurrencyCode;
}

// Currencies whose minor unit is not 1/100 (ISO 4217); the rest use 2 decimals.
const EXPONENTS: Readonly<Record<string, number>> = {
  JPY: 0,
  KRW: 0,
  ISK: 0,
  CLP: 0,
  VND: 0,
  XAF: 0,
  XOF: 0,
  HUF: 2,
  BHD: 3,
  KWD: 3,
  OMR: 3,
  JOD: 3,
  TND: 3,
  LYD: 3,
  IQD: 3,
};

/** Number of decimals of a currency's minor unit (2 unless listed otherwise). */
export function currencyExponent(currency: string): number {
  return EXPONENTS[currency] ?? 2;
}

/** True for a three-letter upper-case currency code. */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && /^[A-Z]{3}$/.test(value);
}

/** Brands an integer as minor units; throws RangeError for fractions or negatives. */
export function minorUnits(value: number): MinorUnits {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`minor units must be a non-negative integer, got ${value}`);
  }
  return value as MinorUnits;
}

/**
 * Converts a major-unit amount (25.5 EUR) to minor units (2550); undefined when the
 * amount has more decimals than the currency allows or is negative.
 */
export function toMinorUnits(major: number, currency: string): MinorUnits | undefined {
  if (!Number.isFinite(major) || major < 0) return undefined;
  const factor = 10 ** currencyExponent(currency);
  const scaled = Math.round(major * factor);
  if (Math.abs(scaled - major * factor) > 1e-6 || !Number.isSafeInteger(scaled)) return undefined;
  return scaled as MinorUnits;
}

/** Converts minor units back to a major-unit number for display. */
export function toMajorUnits(amount: MinorUnits, currency: string): number {
  return amount / 10 ** currencyExponent(currency);
}
