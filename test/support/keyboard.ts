/** Keyboard-only driving for widget tests: real key presses through the browser. */
import {sendKeys} from './commands.js';

/** The element that has focus, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses Tab (Shift+Tab `backwards`) until `match` has focus, as a keyboard user would; fails after
 * `max` presses. A test must not Tab past the page's end: Firefox then leaves the page unfocused.
 */
export async function tabTo(match: (element: Element) => boolean, what: string, max = 60, direction: 'forwards' | 'backwards' = 'forwards'): Promise<void> {
  for (let i = 0; i < max; i++) {
    const active = deepActive();
    if (active && match(active)) return;
    await sendKeys({press: direction === 'forwards' ? 'Tab' : 'Shift+Tab'});
  }
  throw new Error(`Tab never reached ${what}; focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
}
