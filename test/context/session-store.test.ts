import {expect, waitUntil} from '@open-wc/testing';
import {FavApiError} from '../../src/api/errors.js';
import type {TokenResult} from '../../src/api/schemas/auth.js';
import {SessionStore, resetSessionStores, sessionStoreFor, type SessionApi} from '../../src/context/session-store.js';

let counter = 0;
const uniqueKey = () => `test-${Date.now()}-${++counter}`;

function token(accessToken: string, extra: Partial<TokenResult> = {}): TokenResult {
  return {accessToken, refreshToken: `r-${accessToken}`, memberUuid: 'm-1', memberName: 'Chan Tai Man', ...extra} as TokenResult;
}

function fakeApi(overrides: Partial<SessionApi> = {}) {
  const calls: string[] = [];
  const api: SessionApi = {
    validate: async (t) => {
      calls.push(`validate:${t}`);
      return {valid: true};
    },
    refresh: async (t) => {
      calls.push(`refresh:${t}`);
      return token(`${t}+`);
    },
    logout: async (t) => {
      calls.push(`logout:${t}`);
    },
    ...overrides,
  };
  return {api, calls};
}

const unauthorized = () => new FavApiError({kind: 'http', status: 401, message: 'Unauthorized', code: 'UNAUTHORIZED'});

describe('SessionStore', () => {
  afterEach(() => {
    resetSessionStores();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('persists the session in localStorage and restores it in a new store', () => {
    const key = uniqueKey();
    const first = new SessionStore(key, 'local');
    first.signIn(token('a1'));
    const second = new SessionStore(key, 'local');
    expect(second.session?.accessToken).to.equal('a1');
    expect(second.session?.memberName).to.equal('Chan Tai Man');
    first.dispose();
    second.dispose();
  });

  it('keeps nothing in storage with token-storage="memory"', () => {
    const key = uniqueKey();
    const store = new SessionStore(key, 'memory');
    store.signIn(token('m1'));
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    store.dispose();
  });

  it('uses sessionStorage with token-storage="session"', () => {
    const store = new SessionStore(uniqueKey(), 'session');
    store.signIn(token('s1'));
    expect(sessionStorage.length).to.equal(1);
    expect(localStorage.length).to.equal(0);
    store.dispose();
  });

  it('shares one store per tenant and API base on the page', () => {
    const a = sessionStoreFor('https://api.example', 'acme', 'local');
    const b = sessionStoreFor('https://api.example', 'acme', 'local');
    const other = sessionStoreFor('https://api.example', 'other', 'local');
    expect(a).to.equal(b);
    expect(other).not.to.equal(a);
  });

  it('syncs sign-in and sign-out with another store of the same key (another tab or bundle copy)', async () => {
    const key = uniqueKey();
    const here = new SessionStore(key, 'memory');
    const there = new SessionStore(key, 'memory');
    const changes: string[] = [];
    there.subscribe((_s, change) => changes.push(change));
    here.signIn(token('x1'));
    await waitUntil(() => there.session?.accessToken === 'x1', 'the other store saw the sign-in');
    await here.signOut();
    await waitUntil(() => there.session === null, 'the other store saw the sign-out');
    expect(changes).to.deep.equal(['signed-in', 'signed-out']);
    here.dispose();
    there.dispose();
  });

  it('on 401 refreshes once and reports a fresh token', async () => {
    const store = new SessionStore(uniqueKey(), 'memory');
    const {api, calls} = fakeApi();
    store.attach(api);
    store.signIn(token('old'));
    const [a, b] = await Promise.all([store.handleUnauthorized('old'), store.handleUnauthorized('old')]);
    expect(a && b).to.equal(true);
    expect(calls).to.deep.equal(['refresh:old']);
    expect(store.getAccessToken()).to.equal('old+');
    // A late 401 for the old token needs no second refresh.
    expect(await store.handleUnauthorized('old')).to.equal(true);
    expect(calls).to.have.length(1);
    store.dispose();
  });

  it('keeps member fields the refresh result leaves out', async () => {
    const store = new SessionStore(uniqueKey(), 'memory');
    store.attach(fakeApi({refresh: async () => ({accessToken: 'n1'}) as TokenResult}).api);
    store.signIn(token('o1'));
    await store.refresh();
    expect(store.session).to.include({accessToken: 'n1', memberName: 'Chan Tai Man', memberUuid: 'm-1', refreshToken: 'r-o1'});
    store.dispose();
  });

  it('signs out as expired when the refresh after a 401 fails', async () => {
    const store = new SessionStore(uniqueKey(), 'local');
    store.attach(fakeApi({refresh: async () => Promise.reject(unauthorized())}).api);
    store.signIn(token('dead'));
    const changes: string[] = [];
    store.subscribe((_s, change) => changes.push(change));
    expect(await store.handleUnauthorized('dead')).to.equal(false);
    expect(store.session).to.equal(null);
    expect(changes).to.deep.equal(['expired']);
    expect(localStorage.length).to.equal(0);
    store.dispose();
  });

  it('refreshes before the token expires', async () => {
    const store = new SessionStore(uniqueKey(), 'memory');
    const calls: string[] = [];
    store.attach(
      fakeApi({
        refresh: async (t) => {
          calls.push(`refresh:${t}`);
          return token(`${t}+`, {expiresAt: Date.now() + 3_600_000});
        },
      }).api,
    );
    // 100 ms of lifetime left: the refresh is due at 80 % of it.
    store.signIn(token('short', {expiresAt: Date.now() + 100}));
    await waitUntil(() => calls.length === 1, 'refreshed before expiry', {timeout: 2000});
    expect(store.getAccessToken()).to.equal('short+');
    store.dispose();
  });

  it('validates a restored token that is close to expiry, and expires it when the server refuses it', async () => {
    const key = uniqueKey();
    localStorage.setItem(
      `fav-widgets:session:${key}`,
      JSON.stringify({accessToken: 'stale', expiresAt: Date.now() + 120_000}),
    );
    const store = new SessionStore(key, 'local');
    const seen: string[] = [];
    store.attach(
      fakeApi({
        validate: async (t) => {
          seen.push(`validate:${t}`);
          throw unauthorized();
        },
        refresh: async (t) => {
          seen.push(`refresh:${t}`);
          throw unauthorized();
        },
      }).api,
    );
    const changes: string[] = [];
    store.subscribe((_s, change) => changes.push(change));
    expect(store.session?.accessToken).to.equal('stale');
    await store.validateOnLoad();
    expect(seen).to.deep.equal(['validate:stale', 'refresh:stale']);
    expect(store.session).to.equal(null);
    expect(changes).to.deep.equal(['expired']);
    store.dispose();
  });

  it('keeps the session when validation fails for a network reason', async () => {
    const key = uniqueKey();
    localStorage.setItem(`fav-widgets:session:${key}`, JSON.stringify({accessToken: 'keep'}));
    const store = new SessionStore(key, 'local');
    store.attach(fakeApi({validate: async () => Promise.reject(new FavApiError({kind: 'network', message: 'offline'}))}).api);
    await store.validateOnLoad();
    expect(store.getAccessToken()).to.equal('keep');
    store.dispose();
  });

  it('calls logout and clears the session on sign-out even when logout fails', async () => {
    const store = new SessionStore(uniqueKey(), 'local');
    let called = false;
    store.attach(
      fakeApi({
        logout: async () => {
          called = true;
          throw new FavApiError({kind: 'network', message: 'offline'});
        },
      }).api,
    );
    store.signIn(token('bye'));
    await store.signOut();
    expect(called).to.equal(true);
    expect(store.session).to.equal(null);
    store.dispose();
  });
});
