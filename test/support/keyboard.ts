/** Keyboard-only driving for widget tests: real key presses through the browser. */
import {sendKeys} from '@web/test-runner-commands';

/** The element that has focus, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `match` has focus, as a keyboard user would; fails after `max` presses. */
export async function tabTo(match: (element: Element) => boolean, what: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    const active = deepActive();
    if (active && match(active)) return;
    await sendKeys({press: 'Tab'});
  }
  throw new Error(`Tab never reached ${what}; focus is on ${deepActive()?.outerHTML.slice(0, 120)}`);
}
