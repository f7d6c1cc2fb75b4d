/**
 * A price, with the regular price struck through when there is a lower one.
 *
 * Parts: `price`, `price-regular`.
 */
import {msg} from '@lit/localize';
import {html, nothing} from 'lit';
import {formatMoney} from './format.js';

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
