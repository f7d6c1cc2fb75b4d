/** The product view of `<fav-shop-checkout>`: loaded with the later steps; adding to the cart is `ShopCheckout`'s (shop-checkout.ts). */
import {msg} from '@lit/localize';
import {html, nothing} from 'lit';
import {isSafeLinkUrl} from '../../api/urls.js';
import {renderBanner} from '../../ui/banner.js';
import {renderButton} from '../../ui/button.js';
import {renderField} from '../../ui/field.js';
import {renderStepHeader} from '../../ui/step-header.js';
import {purchasableOf} from './shop-flow.js';
import {chosenVariation, purchasable, type ShopCheckout} from './shop-checkout.js';
import {renderPriceTag, stockLabel, type ShopViewContext} from './shop-views.js';

/** Plain text of a description that may be HTML (rendered as text: no markup from the API reaches the page). */
export function plainText(value: string | null | undefined): string {
  if (!value) return '';
  const doc = new DOMParser().parseFromString(value, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Product

export function renderProduct(checkout: ShopCheckout, context: ShopViewContext, handlers: {onBack(): void; onAdd(): void; onCart(): void}) {
  const flow = checkout.flow;
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
  const setQuantity = (event: Event) => checkout.chooseQuantity(Math.trunc(Number((event.currentTarget as HTMLInputElement).value)));
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
                    <input type="radio" name=${`option-${option.id}`} value=${value.value} .checked=${flow.chosen[option.name] === value.value} @change=${() => flow.chooseOption(option.name, value.value)} />
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
