/** The product view of `<fav-shop-checkout>`: loaded with the later steps. */
import {msg} from '@lit/localize';
import {html, nothing} from 'lit';
import type {Variation} from '../../api/schemas/shop.js';
import {isSafeLinkUrl} from '../../api/urls.js';
import {renderBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderField} from '../../ui/field.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {purchasableOf, type ShopFlow} from './shop-flow.js';
import {renderPriceTag, stockLabel, type ShopViewContext} from './shop-views.js';

/** Plain text of a description that may be HTML (rendered as text: no markup from the API reaches the page). */
export function plainText(value: string | null | undefined): string {
  if (!value) return '';
  const doc = new DOMParser().parseFromString(value, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Product

export function renderProduct(flow: ShopFlow, context: ShopViewContext, handlers: {onBack(): void; onAdd(): void; onCart(): void}) {
  const product = flow.product!;
  const variation = chosenVariation(flow);
  const source = product.variations.length ? variation : product;
  const max = purchasable(flow);
  const unit = source ? ((context.signedIn ? source.memberPrice : null) ?? source.discountPrice ?? source.price) : null;
  const images = product.images.filter((image) => isSafeLinkUrl(image.src));
  const hero = images[0]?.src ?? (product.image && isSafeLinkUrl(product.image) ? product.image : undefined);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    handlers.onAdd();
  };
  const setQuantity = (event: Event) => {
    const value = Math.trunc(Number((event.currentTarget as HTMLInputElement).value));
    flow.update({quantity: Math.max(1, max === undefined ? Math.min(value || 1, 999) : Math.min(value || 1, Math.max(1, max)))});
  };
  return html`
    ${renderButton({label: msg('All products', {id: 'shop.back-to-catalogue', desc: 'Link back to the product list'}), variant: 'link', onClick: handlers.onBack})}
    ${renderStepHeader(product.name)}
    <div class="product-layout">
      <div class="gallery">
        ${hero ? html`<img part="product-image" class="hero-image square" src=${hero} alt=${images[0]?.alt || product.name} width="400" height="400" />` : nothing}
        ${images.length > 1
          ? html`<ul class="thumbs" aria-label=${msg('More pictures', {id: 'shop.gallery', desc: 'Accessible name of the extra product pictures'})}>
              ${images.slice(1).map((image) => html`<li><img part="product-thumb" src=${image.thumbUrl && isSafeLinkUrl(image.thumbUrl) ? image.thumbUrl : image.src} alt=${image.alt || product.name} width="72" height="72" loading="lazy" /></li>`)}
            </ul>`
          : nothing}
      </div>
      <div class="product-info">
        <p class="meta">
          ${source ? renderPriceTag(unit, source.regularPrice ?? source.price, context) : nothing}
          ${stockLabel(source?.stockStatus ?? product.stockStatus, max)}
        </p>
        ${product.description ? html`<p class="description">${plainText(product.description)}</p>` : nothing}
        <form part="form" class="form" novalidate @submit=${submit}>
          ${product.options.map(
            (option) => html`<fieldset part="choice-group" class="choices ${flow.optionError && !flow.chosen[option.name] ? 'invalid' : ''}">
              <legend part="label" class="label">${option.name}</legend>
              <div class="chips">
                ${option.values.map((value) => {
                  const possible = product.variations.some(
                    (v) => purchasableOf(v) !== 0 && v.selectedOptions.some((o) => o.optionName === option.name && o.value === value.value),
                  );
                  return html`<label part="choice" class="choice chip ${possible ? '' : 'unavailable'}">
                    <input type="radio" name=${`option-${option.id}`} value=${value.value} .checked=${flow.chosen[option.name] === value.value} @change=${() => chooseOption(flow, option.name, value.value)} />
                    <span>${value.value}</span>
                  </label>`;
                })}
              </div>
            </fieldset>`,
          )}
          ${flow.optionError ? html`<p part="error" class="error" role="alert">${flow.optionError}</p>` : nothing}
          ${product.variations.length && !variation && !flow.optionError
            ? html`<p class="muted">${msg('This combination is not available.', {id: 'shop.variation.none', desc: 'No variation matches the chosen options'})}</p>`
            : nothing}
          ${max !== 0
            ? renderField({
                id: 'quantity',
                name: 'quantity',
                type: 'number',
                inputmode: 'numeric',
                label: msg('Quantity', {id: 'shop.quantity', desc: 'Label of the quantity'}),
                value: String(flow.quantity),
                onChange: setQuantity,
              })
            : nothing}
          <div class="actions">
            ${renderButton({
              label: max === 0 ? msg('Out of stock', {id: 'shop.stock.out', desc: 'The product cannot be bought now'}) : msg('Add to cart', {id: 'shop.add', desc: 'Button that adds the product to the cart'}),
              type: 'submit',
              variant: 'primary',
              disabled: max === 0,
            })}
          </div>
        </form>
        ${flow.notice === 'added'
          ? html`${renderBanner({tone: 'success', message: msg('Added to your cart.', {id: 'shop.added', desc: 'Confirmation after adding to the cart'})})}
            ${renderButton({label: msg('View cart', {id: 'shop.view-cart', desc: 'Button that opens the cart'}), variant: 'secondary', onClick: handlers.onCart})}`
          : nothing}
      </div>
    </div>
  `;
}

// ---------------------------------------------------------------------------------------------
// Choosing a variation and adding to the cart

export function chooseOption(flow: ShopFlow, option: string, value: string): void {
  flow.update({chosen: {...flow.chosen, [option]: value}, optionError: undefined, notice: undefined});
}

/** The variation matching every chosen value (D2), when the product has variations. */
export function chosenVariation(flow: ShopFlow): Variation | undefined {
  const product = flow.product;
  if (!product?.variations.length) return undefined;
  return product.variations.find((v) => v.selectedOptions.length > 0 && v.selectedOptions.every((o) => flow.chosen[o.optionName] === o.value));
}

/** How many can be bought of the product or chosen variation: undefined is unlimited. */
export function purchasable(flow: ShopFlow): number | undefined {
  const product = flow.product;
  if (!product) return 0;
  const source = product.variations.length ? chosenVariation(flow) : product;
  if (!source) return 0;
  return purchasableOf(source);
}

/** Adds the product (with its variation) to the cart. Returns false when an option is missing. */
export function addToCart(flow: ShopFlow, messages: {chooseOption: string}): boolean {
  const product = flow.product;
  const cart = flow.host.cart;
  if (!product || !cart) return false;
  const variation = chosenVariation(flow);
  if (product.variations.length && !variation) {
    flow.update({optionError: messages.chooseOption});
    return false;
  }
  const max = purchasable(flow);
  if (max === 0) return false;
  const source = variation ?? product;
  cart.add(
    {
      key: variation ? `${product.id}:${variation.id}` : String(product.id),
      productId: product.id,
      ...(variation ? {variantId: variation.id, variantName: variation.name} : {}),
      link: product.slug ?? String(product.id),
      name: product.name,
      ...(product.images[0]?.thumbUrl || product.image ? {image: product.images[0]?.thumbUrl ?? product.image ?? undefined} : {}),
      price: source.price ?? '0',
      discountPrice: source.discountPrice,
      memberPrice: source.memberPrice,
      ...(max !== undefined ? {max} : {}),
    },
    flow.quantity,
  );
  flow.host.cartChanged();
  flow.update({notice: 'added'});
  return true;
}
