/**
 * Money: amounts in whole cents for sums (the API sends major units as decimal strings, §7.5), and
 * a price with the regular price struck through when there is a lower one.
 *
 * Parts: `price`, `price-regular`.
 */
import {msg} from '@lit/localize';
import {html, nothing} from 'lit';
import {formatMoney} from './format.js';

/** An amount in major units (`"320.50"`, `320.5`) as whole cents; 0 when it is missing or not a number. */
export function toCents(amount: string | number | null | undefined): number {
  const value = Number(amount ?? 0);
  return Number.isFinite(value) ? Math.round(value * 100) : 0;
}

/** Whole cents as a decimal string in major units, as the API writes money (`32050` → `"320.50"`). */
export function fromCents(cents: number): string {
  return (cents / 100).toFixed(2);
}

export interface PriceOptions {
  amount: string | number | null | undefined;
  currency: string;
  locale: string;
  /** The price before a discount; shown struck through when higher than `amount`. */
  regular?: string | number | null;
}

export function renderPrice({amount, currency, locale, regular}: PriceOptions) {
  const discounted = regular !== null && regular !== undefined && Number(regular) > Number(amount);
  return html`<span part="price" class="price">
    ${discounted
      ? html`<s part="price-regular" class="price-regular"
          ><span class="visually-hidden">${msg('Regular price', {id: 'ui.price.regular', desc: 'Before the struck-through price'})} </span
          >${formatMoney(regular, currency, locale)}</s
        > `
      : nothing}${formatMoney(amount, currency, locale)}
  </span>`;
}
