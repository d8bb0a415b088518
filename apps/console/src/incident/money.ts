/** An amount in major units as people read it: "25 EUR", "20.50 EUR". */
export function formatMoney(amount: number, currency: string): string {
  const text = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  return `${text} ${currency}`;
}
