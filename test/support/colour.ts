/**
 * Colours as the browser computes them (`rgb(r, g, b)` / `rgba(r, g, b, a)`): resolving any CSS
 * colour through a probe element, compositing translucent colours, and WCAG contrast.
 */

export type Rgba = [number, number, number, number];

/** Resolves a CSS colour value (hex, a name, `color-mix(...)`, ...) to its computed `rgb()` form. */
export function computedColour(value: string, parent: Element = document.body): string {
  const probe = document.createElement('i');
  probe.style.color = value;
  parent.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

export function parseColour(colour: string): Rgba {
  const legacy = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(colour);
  if (legacy) return [Number(legacy[1]), Number(legacy[2]), Number(legacy[3]), legacy[4] === undefined ? 1 : Number(legacy[4])];
  const srgb = /^color\(srgb ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)(?: \/ ([\d.]+))?\)$/.exec(colour);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  throw new Error(`cannot read the colour ${colour}`);
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The parent in the flat tree: the parent element, or the shadow host. */
export function parentOf(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}

/**
 * The opaque colour behind `element`'s text: its own and its ancestors' backgrounds composited down
 * to the first opaque one (the page is white when none is). `null` when an image or gradient is behind.
 */
export function backgroundBehind(element: Element): Rgba | null {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none') return null;
    const colour = parseColour(style.backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  let result: Rgba = [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** Every element in a shadow root and the shadow roots nested in it. */
export function* deepElements(root: ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

export const describeElement = (element: Element) =>
  `<${element.localName}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}${element.getAttribute('class') ? ` class="${element.getAttribute('class')}"` : ''}>`;

/** Whether the element draws text of its own (not only through its children). */
export const ownText = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');

/** Disabled controls are dimmed with opacity and exempt from contrast (WCAG 1.4.3). */
function dimmed(element: Element): boolean {
  for (let node: Element | null = element; node; node = parentOf(node)) if (Number(getComputedStyle(node).opacity) < 1) return true;
  return false;
}

/** The contrast of the element's text against what is behind it, or null when an image is behind. */
export function textContrast(element: Element): number | null {
  const background = backgroundBehind(element);
  if (!background) return null;
  return contrast(over(parseColour(getComputedStyle(element).color), background), background);
}

/** Text in the widget (visible, not disabled) below 4.5:1 against what is behind it. */
export function lowContrastText(widget: Element, view: string): string[] {
  const found: string[] = [];
  for (const element of deepElements(widget.shadowRoot!)) {
    if (!ownText(element) || dimmed(element) || !element.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    const ratio = textContrast(element);
    if (ratio !== null && ratio < 4.5) found.push(`${view} ${describeElement(element)} text contrast ${ratio.toFixed(2)}:1 (${getComputedStyle(element).color})`);
  }
  return found;
}

/** Waits until every colour transition in the widget (and the shadow roots in it) has ended. */
export async function transitionsDone(widget: Element): Promise<void> {
  const roots = [widget.shadowRoot!, ...[...deepElements(widget.shadowRoot!)].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))];
  const transitions = roots.flatMap((root) => root.getAnimations().filter((animation) => animation instanceof CSSTransition));
  await Promise.all(transitions.map((transition) => transition.finished.catch(() => undefined)));
}
