/**
 * Programming errors on demand: something thrown that is not an API failure (a bug in the widget,
 * or in a page's listener), to check a widget does not pass it off as a network failure.
 */
import type {FavClient} from '../../src/api/client.js';
import type {OperationId} from '../../src/api/operations.js';

/** The next `operation` through `client` rejects with `thrown` instead of reaching the API; later calls go through. */
export function throwOnNextCall(client: FavClient, operation: OperationId, thrown: unknown): void {
  const own = client as unknown as {call: FavClient['call']};
  const call = client.call;
  own.call = function (this: FavClient, ...args: Parameters<FavClient['call']>) {
    if (args[0].id !== operation) return call.apply(this, args);
    delete (own as Partial<typeof own>).call;
    return Promise.reject(thrown);
  } as FavClient['call'];
}

/** Collects what is written with `console.error` until `stop()`. */
export function recordConsoleErrors(): {readonly logged: unknown[][]; stop(): void} {
  const original = console.error;
  const logged: unknown[][] = [];
  console.error = (...args: unknown[]) => void logged.push(args);
  return {logged, stop: () => void (console.error = original)};
}

/**
 * Makes the next `operation` of `client` throw `thrown`, runs `act` (the press that sends it) and
 * returns what was written with `console.error` meanwhile.
 */
export async function consoleErrorsWhenNextCallThrows(
  client: FavClient,
  operation: OperationId,
  thrown: unknown,
  act: () => Promise<void>,
): Promise<unknown[]> {
  const consoleErrors = recordConsoleErrors();
  try {
    throwOnNextCall(client, operation, thrown);
    await act();
  } finally {
    consoleErrors.stop();
  }
  return consoleErrors.logged.flat();
}
