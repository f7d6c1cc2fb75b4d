/**
 * The promotion code of a checkout (the shop's review, a booking's details, an event's registration
 * form), in three states: a "Have a promotion code?" link; the open field with "Apply" and "Cancel",
 * its error beside it (the field is ui/field.ts's `renderField`, wired like every other); the
 * applied code with "Remove". Enter in the field applies the code rather than sending the form
 * around it. Its state lives in widgets/shared/promotion-code.ts; its styles in
 * promotion-field.styles.ts. Loaded with the later steps only.
 *
 * Parts: `promotion` (the whole piece), `promotion-code` (the applied code), and those of field.ts
 * and button.ts (`field`, `label`, `input`, `hint`, `error`, `button`, `button-secondary`, `button-link`).
 */
import {msg, str} from '@lit/localize';
import {html} from 'lit';
import {renderField} from './field.js';

/** What the field shows (widgets/shared/promotion-code.ts `PromotionCode` has these). */
export interface PromotionFieldState {
  readonly editing: boolean;
  readonly draft: string;
  /** The code that will be sent; '' for none. */
  readonly code: string;
  readonly problem?: 'empty' | 'refused';
}

export interface PromotionFieldHandlers {
  onOpen(): void;
  onInput(value: string): void;
  onApply(): void;
  onRemove(): void;
}

/** "Promotion code", as a field label and a summary row. */
export function promotionLabel(): string {
  return msg('Promotion code', {id: 'ui.promo.label', desc: 'Label of the promotion code field and summary row'});
}

function problemText(problem: PromotionFieldState['problem']): string | undefined {
  if (problem === 'empty') return msg('Enter a promotion code.', {id: 'ui.promo.empty', desc: 'Apply was pressed with an empty promotion code field'});
  if (problem === 'refused') {
    return msg('This promotion code is not valid or has expired. Check it, or choose Cancel to go on without one.', {
      id: 'ui.promo.refused',
      desc: 'The server refused the promotion code (unknown or expired)',
    });
  }
  return undefined;
}

/** The promotion code piece; `hint` says when the discount applies (it differs per widget). */
export function renderPromotionField(state: PromotionFieldState, hint: string, handlers: PromotionFieldHandlers) {
  if (!state.editing && !state.code) {
    return html`<div part="promotion" class="promotion">
      <button part="button button-link" class="button link" type="button" data-promotion="open" aria-expanded="false" @click=${handlers.onOpen}>
        ${msg('Have a promotion code?', {id: 'ui.promo.open', desc: 'Link that opens the promotion code field'})}
      </button>
    </div>`;
  }
  if (!state.editing) {
    return html`<div part="promotion" class="promotion applied">
      <p class="promotion-applied" role="status">
        <span class="muted">${promotionLabel()}</span> <strong part="promotion-code" class="promotion-code">${state.code}</strong>
      </p>
      <button
        part="button button-link"
        class="button link"
        type="button"
        data-promotion="remove"
        aria-label=${msg(str`Remove promotion code ${state.code}`, {id: 'ui.promo.remove-named', desc: 'Accessible name of the button that removes the promotion code'})}
        @click=${handlers.onRemove}
      >
        ${msg('Remove', {id: 'ui.promo.remove', desc: 'Button that removes the applied promotion code'})}
      </button>
      <p part="hint" class="hint">${hint}</p>
    </div>`;
  }
  const keydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    handlers.onApply();
  };
  return html`<div part="promotion" class="promotion editing">
    ${renderField({
      id: 'promotionCode',
      name: 'promotionCode',
      label: promotionLabel(),
      autocomplete: 'off',
      maxlength: 64,
      value: state.draft,
      hint,
      error: problemText(state.problem),
      onInput: (event) => handlers.onInput((event.target as HTMLInputElement).value),
      onKeydown: keydown,
      after: html`<button part="button button-secondary" class="button secondary" type="button" @click=${handlers.onApply}>
          ${msg('Apply', {id: 'ui.promo.apply', desc: 'Button that applies the typed promotion code'})}
        </button>
        <button part="button button-link" class="button link" type="button" @click=${handlers.onRemove}>
          ${msg('Cancel', {id: 'ui.promo.cancel', desc: 'Closes the promotion code field without a code'})}
        </button>`,
    })}
  </div>`;
}
