/**
 * B3, B4 and B6: the session a sign-in, a registration or a refresh gives, normalized per §5 and
 * §7.1. Loaded with those calls (auth.ts, session.ts): a sign-in form needs none of it to show.
 */
import * as z from 'zod/mini';
import {isRecord, maybe, nullableId, nullableNumber, nullableText, optionalText, text} from './fields.js';
import type {RegisterResult, TokenResult} from './auth.js';

export const MemberSchema = z.object({
  uuid: nullableText,
  id: nullableId,
  name: nullableText,
  lastName: nullableText,
  phone: nullableText,
  email: nullableText,
  code: nullableText,
  points: nullableNumber,
  stamps: nullableNumber,
  membershipTier: maybe(z.object({id: nullableId, name: text})),
});
export type Member = z.output<typeof MemberSchema>;

/** Epoch milliseconds from an ISO date-time or an epoch in seconds or milliseconds. */
export function epochMs(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value < 1e12 ? value * 1000 : value;
  if (typeof value === 'string' && value.trim()) {
    if (/^\d+$/.test(value.trim())) return epochMs(Number(value));
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : at;
  }
  return undefined;
}

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The `exp` claim of a JWT in epoch ms, or undefined when the token is not a decodable JWT. */
export function jwtExpiry(token: string | undefined): number | undefined {
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(base64UrlDecode(payload));
    return isRecord(claims) && typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

function displayName(member: Member | null): string | undefined {
  const full = [member?.name, member?.lastName].filter((part) => part && part.trim()).join(' ');
  return full || undefined;
}

const RawTokenSchema = z.object({
  accessToken: optionalText,
  token: optionalText,
  refreshToken: optionalText,
  expiresIn: nullableNumber,
  expiresAt: z.transform((value: unknown) => epochMs(value)),
  memberUuid: optionalText,
  memberName: optionalText,
  phone: optionalText,
  email: optionalText,
  member: maybe(MemberSchema),
});

function normalizeToken(raw: z.output<typeof RawTokenSchema>): RegisterResult {
  const member = raw.member ?? undefined;
  const accessToken = raw.accessToken ?? raw.token;
  const expiresAt = raw.expiresAt ?? (raw.expiresIn !== null ? Date.now() + raw.expiresIn * 1000 : jwtExpiry(accessToken));
  const memberId = member?.id;
  const result: RegisterResult = {
    accessToken,
    refreshToken: raw.refreshToken,
    expiresAt,
    memberUuid: raw.memberUuid ?? member?.uuid ?? (memberId === null || memberId === undefined ? undefined : String(memberId)),
    memberName: raw.memberName ?? displayName(member ?? null),
    phone: raw.phone ?? member?.phone ?? undefined,
    email: raw.email ?? member?.email ?? undefined,
    member,
  };
  for (const key of Object.keys(result) as (keyof RegisterResult)[]) if (result[key] === undefined) delete result[key];
  return result;
}

export const RegisterResultSchema = z.pipe(RawTokenSchema, z.transform(normalizeToken));

export const TokenResultSchema = z.pipe(
  RawTokenSchema,
  z.transform((raw, payload): TokenResult => {
    const result = normalizeToken(raw);
    if (!result.accessToken) { // hasToken (auth.ts), without importing it back
      payload.issues.push({code: 'custom', message: 'Expected an access token', input: raw, path: ['accessToken']});
    }
    return result as TokenResult;
  }),
);

