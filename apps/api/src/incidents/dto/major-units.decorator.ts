import { ValidateBy, type ValidationArguments } from 'class-validator';
import { currencyExponent, isCurrencyCode, toMinorUnits } from '@recovery/domain';

/**
 * An amount in major units of the currency named by the sibling `currencyField`, with at
 * most that currency's ISO 4217 decimals (45.5 EUR, not 45.555). The domain's rule
 * (toMinorUnits), checked at the door too so a bad amount is refused before any workflow
 * call; a bad currency is left to the currency's own check.
 */
export function IsMajorUnitsOf(currencyField: string): PropertyDecorator {
  const currencyOf = (args: ValidationArguments): unknown =>
    (args.object as Record<string, unknown>)[currencyField];
  return ValidateBy({
    name: 'isMajorUnitsOf',
    constraints: [currencyField],
    validator: {
      validate: (value: unknown, args?: ValidationArguments): boolean => {
        const currency = args ? currencyOf(args) : undefined;
        return !isCurrencyCode(currency) || toMinorUnits(value, currency) !== undefined;
      },
      defaultMessage: (args?: ValidationArguments): string => {
        const currency = args ? currencyOf(args) : undefined;
        const decimals = isCurrencyCode(currency) ? currencyExponent(currency) : 2;
        return `${args?.property ?? 'amount'} must be a non-negative number of ${String(currency)} in major units, with at most ${decimals} decimal places`;
      },
    },
  });
}
