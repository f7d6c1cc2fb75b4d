/**
 * The heading of a flow step, and the controller that moves focus to it when the step changes, so
 * keyboard and screen-reader users start each step at its top.
 *
 * Parts: `heading`.
 */
import {html, type ReactiveController, type ReactiveControllerHost} from 'lit';

/** A step heading; `level` keeps the page outline sensible where the widget sits under an h2 or h3. */
export function renderStepHeader(text: string, level: 2 | 3 | 4 = 2) {
  if (level === 3) return html`<h3 part="heading" class="step-heading" tabindex="-1">${text}</h3>`;
  if (level === 4) return html`<h4 part="heading" class="step-heading" tabindex="-1">${text}</h4>`;
  return html`<h2 part="heading" class="step-heading" tabindex="-1">${text}</h2>`;
}

/**
 * Focuses the step heading after a step change — but only once the visitor has interacted with the
 * widget (focus is inside it), so a page load or a background update never steals focus.
 */
export class StepFocusController implements ReactiveController {
  private last: unknown;
  private primed = false;
  /** Read before rendering: the focused control may be removed by the render itself. */
  private focusWasInside = false;
  /** A step changed while the visitor was in the widget, and its heading has not had focus yet. */
  private pending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly step: () => unknown,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.focusWasInside = this.host.shadowRoot?.activeElement != null || document.activeElement === this.host;
  }

  hostUpdated(): void {
    const step = this.step();
    if (!this.primed) {
      this.primed = true;
      this.last = step;
      return;
    }
    if (step !== this.last) {
      this.last = step;
      if (this.focusWasInside) this.pending = true;
    }
    if (!this.pending) return;
    // The visitor went elsewhere on the page meanwhile: leave their focus alone.
    const active = document.activeElement;
    if (active && active !== document.body && active !== this.host && !this.host.contains(active)) {
      this.pending = false;
      return;
    }
    // A step may pass through a loading view without a heading: focus the next one that has one.
    const heading = this.host.shadowRoot?.querySelector<HTMLElement>('[part~="heading"]');
    if (!heading) return;
    this.pending = false;
    heading.focus();
  }
}
