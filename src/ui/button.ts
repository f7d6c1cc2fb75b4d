/**
 * Buttons: a native `<button>` with variants `primary`, `secondary` and `link`, and a busy state.
 *
 * Parts: `button` on every button, plus `button-primary`, `button-secondary` or `button-link`.
 */
import {html, nothing} from 'lit';

export type ButtonVariant = 'primary' | 'secondary' | 'link';

export interface ButtonOptions {
  label: string;
  variant?: ButtonVariant;
  type?: 'button' | 'submit';
  /** Shows a spinner and ignores presses while a request runs; the label stays for screen readers. */
  busy?: boolean;
  disabled?: boolean;
  onClick?: (event: MouseEvent) => void;
}

export function renderButton({label, variant = 'secondary', type = 'button', busy = false, disabled = false, onClick}: ButtonOptions) {
  const click = (event: MouseEvent) => {
    // A busy button stays focusable (no `disabled`) but must not act twice.
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return html`<button
    part="button button-${variant}"
    class="button ${variant}"
    type=${type}
    ?disabled=${disabled}
    aria-busy=${busy ? 'true' : nothing}
    aria-disabled=${busy ? 'true' : nothing}
    @click=${click}
  >
    ${busy ? html`<span class="button-spinner" aria-hidden="true"></span>` : nothing}<span>${label}</span>
  </button>`;
}
