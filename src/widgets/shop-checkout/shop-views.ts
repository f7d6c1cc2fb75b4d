import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {isFavApiError} from '../../api/errors.js';
import type {ProductSummary} from '../../api/schemas/shop.js';
import {isSafeLinkUrl} from '../../api/urls.js';
import {renderBanner, renderErrorBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderField, renderSelectField} from '../../ui/field.js';
import {formatMoney, formatNumber} from '../../ui/format.js';
import {renderPager} from '../../ui/pager.js';
import {renderSkeleton} from '../../ui/skeleton.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {purchasableOf, type ShopFilters, type ShopFlow} from './shop-flow.js';

/** What a view needs from the element besides the flow. */
export interface ShopViewContext {
  locale: string;
  currency: string;
  currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  memberName?: string;
  signedIn: boolean;
  login: TemplateResult | typeof nothing;
  showLogin(): void;
}

/** Money in major units through Intl, honouring `currency-display`; 0 reads "Free". */
export function money(amount: string | number | null | undefined, context: ShopViewContext): string {
  const value = Number(amount);
  if (amount === null || amount === undefined || amount === '' || !Number.isFinite(value) || value === 0 || !context.currencyDisplay) {
    return formatMoney(amount, context.currency, context.locale);
  }
  return formatNumber(value, context.locale, {style: 'currency', currency: context.currency || 'HKD', currencyDisplay: context.currencyDisplay});
}

/** Price with the regular one struck through when a lower one applies. */
export function renderPriceTag(amount: string | null | undefined, regular: string | null | undefined, context: ShopViewContext) {
  const discounted = regular && amount && Number(regular) > Number(amount);
  return html`<span part="price" class="price"
    >${discounted
      ? html`<s part="price-regular" class="price-regular"
            ><span class="visually-hidden">${msg('Regular price', {id: 'ui.price.regular', desc: 'Before the struck-through price'})} </span>${money(regular, context)}</s
          >
          <span class="visually-hidden">${msg('Sale price', {id: 'shop.price.sale', desc: 'Before the reduced price, for screen readers'})} </span>`
      : nothing}${money(amount, context)}</span
  >`;
}

export function stockLabel(status: string | null, quantity: number | undefined): TemplateResult | typeof nothing {
  const normalized = (status ?? '').replace(/_/g, '').toLowerCase();
  if (quantity === 0 || normalized === 'outofstock') {
    return html`<span part="stock stock-out" class="stock out">${msg('Out of stock', {id: 'shop.stock.out', desc: 'The product cannot be bought now'})}</span>`;
  }
  if (normalized === 'lowstock') {
    return html`<span part="stock stock-low" class="stock low"
      >${quantity
        ? msg(str`Only ${quantity} left`, {id: 'shop.stock.low-count', desc: 'Low stock with the number left'})
        : msg('Low stock', {id: 'shop.stock.low', desc: 'Few items left'})}</span
    >`;
  }
  return nothing;
}

/** The cart button with its item count, and "My orders" for a member: on every step. */
export function renderShopBar(flow: ShopFlow, context: ShopViewContext, handlers: {onCart(): void; onOrders(): void}) {
  const count = flow.count;
  return html`<nav part="toolbar" class="toolbar" aria-label=${msg('Shop', {id: 'shop.toolbar', desc: 'Accessible name of the shop toolbar'})}>
    ${context.signedIn
      ? html`<button part="button button-link orders-button" class="button link" type="button" @click=${handlers.onOrders}>
          ${msg('My orders', {id: 'shop.orders.button', desc: 'Opens the member order history'})}
        </button>`
      : nothing}
    <button part="button button-secondary cart-button" class="button secondary cart-button" type="button" @click=${handlers.onCart}>
      <span>${msg('Cart', {id: 'shop.cart.button', desc: 'Opens the cart'})}</span>
      <span part="cart-badge" class="badge" aria-hidden="true">${formatNumber(count, context.locale)}</span>
      <span class="visually-hidden">${msg(str`Items in the cart: ${count}`, {id: 'shop.cart.count', desc: 'Number of items in the cart, for screen readers'})}</span>
    </button>
    <span class="visually-hidden" role="status">${flow.notice === 'added' ? msg(str`Added to cart. Items in the cart: ${count}.`, {id: 'shop.cart.added-status', desc: 'Announced after adding to the cart'}) : ''}</span>
  </nav>`;
}

// ---------------------------------------------------------------------------------------------
// Catalogue

export function renderCatalogue(flow: ShopFlow, context: ShopViewContext, handlers: {onFilter(filters: ShopFilters): void; onPage(page: number): void; onOpen(product: ProductSummary): void}) {
  const list = flow.products;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
    handlers.onFilter({search: value('search'), category: value('category'), brand: value('brand'), collection: value('collection')});
  };
  const change = (event: Event) => (event.currentTarget as HTMLElement).closest('form')?.requestSubmit();
  const any = msg('All', {id: 'shop.filter.all', desc: 'Filter option: no filter'});
  return html`
    ${renderStepHeader(msg('Shop', {id: 'shop.catalogue.heading', desc: 'Heading of the product list'}))}
    <form part="search" class="filters" role="search" @submit=${submit}>
      ${renderField({id: 'search', name: 'search', label: msg('Search products', {id: 'shop.search', desc: 'Label of the product search'}), inputmode: 'search', value: flow.filters.search})}
      ${flow.categories.length
        ? renderSelectField({
            id: 'category',
            name: 'category',
            label: msg('Category', {id: 'shop.filter.category', desc: 'Label of the category filter'}),
            value: flow.filters.category,
            placeholder: any,
            options: flow.categories.filter((c) => c.slug).map((c) => ({value: c.slug!, label: c.parentId !== null ? `– ${c.name}` : c.name})),
            onChange: change,
          })
        : nothing}
      ${flow.brands.length
        ? renderSelectField({
            id: 'brand',
            name: 'brand',
            label: msg('Brand', {id: 'shop.filter.brand', desc: 'Label of the brand filter'}),
            value: flow.filters.brand,
            placeholder: any,
            options: flow.brands.map((b) => ({value: b.slug, label: b.name})),
            onChange: change,
          })
        : nothing}
      ${flow.collections.length
        ? renderSelectField({
            id: 'collection',
            name: 'collection',
            label: msg('Collection', {id: 'shop.filter.collection', desc: 'Label of the collection filter'}),
            value: flow.filters.collection,
            placeholder: any,
            options: flow.collections.map((c) => ({value: c.slug, label: c.name})),
            onChange: change,
          })
        : nothing}
      ${renderButton({label: msg('Search', {id: 'shop.search-button', desc: 'Button that runs the product search'}), type: 'submit', variant: 'secondary', busy: flow.busy})}
    </form>
    ${renderErrorBanner(flow.error, () => handlers.onPage(flow.page))}
    ${!list
      ? renderSkeleton(['card', 'card'])
      : list.items.length === 0
        ? html`<p class="empty" role="status">${msg('No products match. Try other filters.', {id: 'shop.catalogue.empty', desc: 'Empty product list'})}</p>`
        : html`<ul part="product-list" class="card-list product-grid" aria-busy=${flow.busy ? 'true' : 'false'}>
            ${list.items.map((product) => {
              const out = purchasableOf(product) === 0;
              return html`<li part="product-card" class="card ${out ? 'sold-out' : ''}">
                ${product.image && isSafeLinkUrl(product.image)
                  ? html`<img part="product-image" class="card-image square" src=${product.image} alt="" loading="lazy" width="240" height="240" />`
                  : nothing}
                <div class="card-body">
                  <h3 class="card-title">
                    <button part="product-button" class="card-link" type="button" @click=${() => handlers.onOpen(product)}>${product.name}</button>
                  </h3>
                  <p class="meta">
                    ${renderPriceTag(product.discountPrice ?? product.price, product.price, context)}
                    ${product.memberPrice && !context.signedIn
                      ? html`<span class="muted">${msg(str`Members ${money(product.memberPrice, context)}`, {id: 'shop.member-price', desc: 'The lower price for members'})}</span>`
                      : nothing}
                    ${stockLabel(product.stockStatus, purchasableOf(product))}
                  </p>
                </div>
              </li>`;
            })}
          </ul>`}
    ${list?.pagination ? renderPager({...list.pagination, busy: flow.busy, onPage: handlers.onPage}) : nothing}
  `;
}

export function renderUnavailable(flow: ShopFlow, handlers: {onRetry(): void; onCatalogue(): void}) {
  const notFound = isFavApiError(flow.error) && flow.error.status === 404;
  return html`
    ${renderStepHeader(msg('Shop', {id: 'shop.catalogue.heading', desc: 'Heading of the product list'}))}
    ${notFound
      ? renderBanner({tone: 'warning', message: msg('This product is no longer available.', {id: 'shop.product-missing', desc: 'The product does not exist or was withdrawn'})})
      : renderErrorBanner(flow.error, handlers.onRetry)}
    ${notFound ? renderButton({label: msg('See all products', {id: 'shop.see-all', desc: 'Link to the product list'}), variant: 'secondary', onClick: handlers.onCatalogue}) : nothing}
  `;
}
