/**
 * Keyboard and viewport from the test page, the same in Chromium, Firefox and WebKit (served by
 * test/support/engine-commands.mjs). Key names as puppeteer spells them; `press` takes a chord
 * such as `Shift+Tab`.
 */
import {executeServerCommand, sendMouse} from '@web/test-runner-commands';

export type KeysPayload = {type: string} | {press: string} | {down: string} | {up: string};

export async function sendKeys(payload: KeysPayload): Promise<void> {
  await executeServerCommand('fav-send-keys', payload);
}

/** Sets the viewport (not the window) to `width` × `height` CSS pixels. */
export async function setViewport(size: {width: number; height: number}): Promise<void> {
  await executeServerCommand('fav-set-viewport', size);
}

/** Sets the page's time zone (Chromium and Firefox), so what a test sees does not follow the machine's. */
export async function setZone(zone: string): Promise<void> {
  await executeServerCommand('fav-set-zone', {zone});
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Clicks the middle of `element` with the mouse, as a person does: unlike `element.click()`, the
 * page gets a user activation (WebKit lets only such a click write the clipboard). Like a person,
 * it waits until the element has stopped moving (content above it may still be loading).
 */
export async function clickLikeAUser(element: Element): Promise<void> {
  let box: DOMRect | undefined;
  for (let frames = 0; frames < 60; frames++) {
    element.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'});
    const before = element.getBoundingClientRect();
    await nextFrame();
    box = element.getBoundingClientRect();
    if (box.x === before.x && box.y === before.y && box.width === before.width && box.height === before.height) break;
  }
  await sendMouse({type: 'click', position: [Math.round(box!.x + box!.width / 2), Math.round(box!.y + box!.height / 2)]});
}

/**
 * The engine this test page runs in. Only for tests that measure what one engine alone exposes (the
 * DevTools heap, layout-shift entries): every other test runs the same everywhere.
 */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Chrome\//.test(navigator.userAgent)
  ? 'chromium'
  : /\bFirefox\//.test(navigator.userAgent)
    ? 'firefox'
    : 'webkit';
