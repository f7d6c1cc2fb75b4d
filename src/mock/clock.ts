/** The mock's clock: real time unless a test pins it (`mockControl.setNow`). */
let pinned: number | null = null;
let pinnedAt = 0;

/** Now, in epoch ms. A pinned clock still moves forward with real time, so timers and expiries work. */
export function now(): number {
  return pinned === null ? Date.now() : pinned + (Date.now() - pinnedAt);
}

export function setNow(value: Date | string | number | null): void {
  if (value === null) {
    pinned = null;
    return;
  }
  pinned = new Date(value).getTime();
  pinnedAt = Date.now();
}
