/** Money in sums: amounts in whole cents, since the API sends major units as decimal strings (§7.5). */

/** An amount in major units (`"320.50"`, `320.5`) as whole cents; 0 when it is missing or not a number. */
export function toCents(amount: string | number | null | undefined): number {
  const value = Number(amount ?? 0);
  return Number.isFinite(value) ? Math.round(value * 100) : 0;
}

/** Whole cents as a decimal string in major units, as the API writes money (`32050` → `"320.50"`). */
export function fromCents(cents: number): string {
  return (cents / 100).toFixed(2);
}
