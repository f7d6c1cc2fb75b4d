/**
 * What a session store does only once a member is signed in: check a restored token (B5) and
 * refresh one (B6), one refresh per page and, through a Web Lock, one across tabs. Loaded by
 * session-store.ts on the first validation or refresh, so a page with no member never loads it.
 */
import {isFavApiError} from '../api/errors.js';
import {sessionFromToken, type MemberSession, type SessionAccess} from './session-store.js';

/**
 * Refreshes `before` unless another tab already did. Across tabs a Web Lock makes the others wait
 * and pick up the new token from the broadcast instead of refreshing again.
 */
export async function refresh(store: SessionAccess, before: MemberSession): Promise<boolean> {
  const locks = (navigator as Navigator & {locks?: LockManager}).locks;
  const work = async (): Promise<boolean> => {
    const now = store.current();
    if (!now) return false;
    if (now.accessToken !== before.accessToken) return true; // another tab refreshed meanwhile
    try {
      const result = await store.api.refresh(now.accessToken, now.refreshToken);
      if (store.current()?.accessToken !== now.accessToken) return store.current() !== null;
      store.set(sessionFromToken(result, now));
      return true;
    } catch {
      return false;
    }
  };
  return locks ? locks.request(`fav-widgets.refresh:${store.key}`, work) : work();
}

/**
 * Checks a restored token with B5 and refreshes it when the server no longer accepts it; a session
 * that cannot be refreshed expires. A network failure keeps the session.
 */
export async function validate(store: SessionAccess, session: MemberSession): Promise<void> {
  try {
    const result = await store.api.validate(session.accessToken);
    if (store.current()?.accessToken !== session.accessToken) return;
    if (result.valid) {
      if (result.expiresAt) store.set({...session, expiresAt: result.expiresAt});
      return;
    }
  } catch (error) {
    if (!isFavApiError(error) || error.status !== 401) return;
  }
  if (!(await store.refresh())) store.expire();
}
