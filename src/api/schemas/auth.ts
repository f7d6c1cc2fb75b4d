/** B. Member session: sign-in, tokens, registration. */
import * as z from 'zod/mini';
import {
  isRecord,
  maybe,
  nullableId,
  nullableInt,
  nullableNumber,
  nullableText,
  optionalText,
  requiredText,
  text,
  withAliases,
} from './fields.js';

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

/** A session as B3, B4 and B6 give it, normalized per §5 and §7.1. */
export interface TokenResult {
  accessToken: string;
  refreshToken?: string;
  /** Epoch ms: `expiresAt`, else now + `expiresIn`, else the JWT `exp` claim, else unknown. */
  expiresAt?: number;
  memberUuid?: string;
  memberName?: string;
  phone?: string;
  email?: string;
  member?: Member;
}

/**
 * What B4 register returns: a TokenResult when the server signs the member in, otherwise only the
 * member (`accessToken` absent); the widget then continues with OTP sign-in. See {@link hasToken}.
 */
export type RegisterResult = TokenResult | (Omit<TokenResult, 'accessToken'> & {accessToken?: undefined});

export function hasToken(result: RegisterResult): result is TokenResult {
  return typeof result.accessToken === 'string' && result.accessToken !== '';
}

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
    if (!hasToken(result)) {
      payload.issues.push({code: 'custom', message: 'Expected an access token', input: raw, path: ['accessToken']});
    }
    return result as TokenResult;
  }),
);

export type LoginChannelValue = 'whatsapp' | 'sms' | 'email' | (string & {});
export const LoginChannelSchema = withAliases(
  {channel: ['loginChannel']},
  z.object({
    channel: z.pipe(
      requiredText,
      z.transform((value): LoginChannelValue => {
        const lower = value.trim().toLowerCase();
        if (lower === 'phone') return 'sms';
        return lower === 'whatsapp' || lower === 'sms' || lower === 'email' ? lower : value;
      }),
    ),
  }),
);
export type LoginChannel = z.output<typeof LoginChannelSchema>;

export const OtpRequestResultSchema = z.object({
  message: text,
  /** Seconds the code stays valid. */
  expiresIn: nullableInt,
  /** Seconds before a resend is allowed. */
  resendAfter: nullableInt,
});
export type OtpRequestResult = z.output<typeof OtpRequestResultSchema>;

// B5's result (ValidateTokenResultSchema) is in schemas/session.ts, with the session calls that load on demand.

export interface LogoutResult {
  loggedOut: boolean;
}
