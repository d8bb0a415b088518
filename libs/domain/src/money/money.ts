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
 * amount is not a finite non-negative number, has more decimals than the currency's
 * minor unit (45.555 EUR), or is too large to count exactly.
 */
export function toMinorUnits(major: unknown, currency: string): MinorUnits | undefined {
  if (typeof major !== 'number' || !Number.isFinite(major) || major < 0) return undefined;
  const exponent = currencyExponent(currency);
  if (decimalPlaces(major) > exponent) return undefined;
  // Within the allowed decimals the product is an integer up to float error
  // (19.99 * 100 = 1998.9999999999998), which rounding removes.
  const scaled = Math.round(major * 10 ** exponent);
  return Number.isSafeInteger(scaled) ? (scaled as MinorUnits) : undefined;
}

/** Converts minor units back to major units (2550 → 25.5 EUR), as responses state amounts. */
export function toMajorUnits(amount: MinorUnits, currency: string): number {
  return amount / 10 ** currencyExponent(currency);
}

// Decimals as written: a number prints as the shortest decimal that reads back as
// itself, so 45.555 has 3. Comparing `major * 100` with its rounding instead refuses
// valid large amounts (338312282.54 * 100 = 33831228254.000004).
function decimalPlaces(value: number): number {
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}
