import {now} from './clock.js';
import {tenantFixtures, type MemberFixture, type TenantFixture} from './fixtures/tenants.js';

/** A member as the mock stores them (fixture members and registered ones). */
export interface MemberRecord extends MemberFixture {
  extra: Record<string, unknown>;
}

export interface TenantState {
  id: string;
  info: TenantFixture;
  members: MemberRecord[];
}

interface TokenRecord {
  tenantId: string;
  memberUuid: string;
  expiresAt: number;
  refreshToken: string;
  revoked: boolean;
}

/** Access tokens live an hour; an expired one can still be refreshed for this long. */
export const TOKEN_LIFETIME_S = 3600;
const REFRESH_GRACE_MS = 7 * 24 * 3600 * 1000;

let tenants = new Map<string, TenantState>();
const tokens = new Map<string, TokenRecord>();
const resetHooks: (() => void)[] = [];
let tokenCounter = 0;

function freshTenants(): Map<string, TenantState> {
  return new Map(
    tenantFixtures.map((fixture) => [
      fixture.id,
      {id: fixture.id, info: fixture, members: fixture.members.map((m) => ({...structuredClone(m), extra: {}}))},
    ]),
  );
}

/** Domain modules keep their own per-tenant state and register how to start it afresh. */
export function onReset(hook: () => void): void {
  resetHooks.push(hook);
  hook();
}

export function resetState(): void {
  tenants = freshTenants();
  tokens.clear();
  for (const hook of resetHooks) hook();
}

export function tenantById(id: string): TenantState | undefined {
  if (tenants.size === 0) tenants = freshTenants();
  return tenants.get(id);
}

export function allTenants(): TenantState[] {
  if (tenants.size === 0) tenants = freshTenants();
  return [...tenants.values()];
}

/** Issues a new access and refresh token pair for a member. */
export function issueToken(tenantId: string, memberUuid: string): {accessToken: string; refreshToken: string; expiresAt: number} {
  tokenCounter += 1;
  const stamp = `${Date.now().toString(36)}${tokenCounter.toString(36)}`;
  const accessToken = `mock-at-${stamp}`;
  const refreshToken = `mock-rt-${stamp}`;
  const expiresAt = now() + TOKEN_LIFETIME_S * 1000;
  tokens.set(accessToken, {tenantId, memberUuid, expiresAt, refreshToken, revoked: false});
  return {accessToken, refreshToken, expiresAt};
}

/** The member behind a bearer token. `expired` says why a known token no longer works. */
export function memberForToken(token: string, tenantId?: string): {member: MemberRecord | null; expired: boolean; tenantId: string} | null {
  const record = tokens.get(token);
  if (!record || record.revoked || (tenantId && record.tenantId !== tenantId)) return null;
  const expired = record.expiresAt <= now();
  const member = tenantById(record.tenantId)?.members.find((m) => m.uuid === record.memberUuid) ?? null;
  return {member: expired ? null : member, expired, tenantId: record.tenantId};
}

/** Refreshes by access token (still within the grace period) or by refresh token. */
export function refreshTokens(tenantId: string, accessToken?: string, refreshToken?: string) {
  const entry = [...tokens.entries()].find(
    ([token, record]) =>
      record.tenantId === tenantId &&
      !record.revoked &&
      ((refreshToken && record.refreshToken === refreshToken) || (accessToken && token === accessToken)),
  );
  if (!entry) return null;
  const [oldToken, record] = entry;
  if (record.expiresAt + REFRESH_GRACE_MS <= now()) return null;
  record.revoked = true;
  tokens.delete(oldToken);
  return {memberUuid: record.memberUuid, ...issueToken(tenantId, record.memberUuid)};
}

export function revokeToken(accessToken: string): boolean {
  const record = tokens.get(accessToken);
  if (!record) return false;
  record.revoked = true;
  return true;
}

/** Expires one access token, or every one, now (tests of the 401 path). */
export function expireTokens(accessToken?: string): void {
  for (const [token, record] of tokens) if (!accessToken || token === accessToken) record.expiresAt = now() - 1;
}
