/** Money in integer cents as the API's decimal string: `1234` → `"12.34"`, `-50` → `"-0.50"`. */
export function money(cents: number): string {
  const abs = Math.abs(Math.round(cents));
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
