// Loads the built bundle late, as a slow network or a script at the end of a heavy page would: the
// page shows its fallback content first. A same-origin module, so the page needs no inline script.
await new Promise((resolve) => setTimeout(resolve, 1500));
await import('/dist/fav-widgets.js');
