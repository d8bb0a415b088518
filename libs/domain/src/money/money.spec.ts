import { currencyExponent, minorUnits, toMajorUnits, toMinorUnits } from './money';

describe('toMinorUnits', () => {
  it('converts major units to integer minor units of the currency', () => {
    expect(toMinorUnits(45.5, 'EUR')).toBe(4550);
    expect(toMinorUnits(80, 'EUR')).toBe(8000);
    expect(toMinorUnits(19.99, 'EUR')).toBe(1999);
    expect(toMinorUnits(1500, 'JPY')).toBe(1500);
    expect(toMinorUnits(1.234, 'KWD')).toBe(1234);
  });

  it('refuses more decimals than the currency has (ISO 4217)', () => {
    expect(toMinorUnits(45.555, 'EUR')).toBeUndefined();
    expect(toMinorUnits(1.005, 'EUR')).toBeUndefined();
    expect(toMinorUnits(0.5, 'JPY')).toBeUndefined();
    expect(toMinorUnits(1.2345, 'KWD')).toBeUndefined();
    expect(toMinorUnits(1e-7, 'EUR')).toBeUndefined();
  });

  it('accepts large amounts whose product with 100 is not exact in floating point', () => {
    expect(toMinorUnits(338312282.54, 'EUR')).toBe(33831228254);
    expect(toMinorUnits(608734432.17, 'EUR')).toBe(60873443217);
  });

  it('refuses negative, non-finite, non-number and unsafely large amounts', () => {
    for (const bad of [-1, -0.01, Number.NaN, Number.POSITIVE_INFINITY, '45.5', null, 1e20]) {
      expect(toMinorUnits(bad, 'EUR')).toBeUndefined();
    }
  });
});

describe('toMajorUnits', () => {
  it('converts minor units back for display, per currency', () => {
    expect(toMajorUnits(minorUnits(4550), 'EUR')).toBe(45.5);
    expect(toMajorUnits(minorUnits(1500), 'JPY')).toBe(1500);
    expect(toMajorUnits(minorUnits(1234), 'KWD')).toBe(1.234);
  });

  it('round-trips every cent amount', () => {
    for (let cents = 0; cents < 100_000; cents += 7) {
      const major = toMajorUnits(minorUnits(cents), 'EUR');
      expect(toMinorUnits(major, 'EUR')).toBe(cents);
    }
  });

  it('uses two decimals unless ISO 4217 says otherwise', () => {
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('BHD')).toBe(3);
  });
});
