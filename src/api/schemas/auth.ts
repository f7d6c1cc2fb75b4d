/** B. Member session: sign-in, tokens, registration. */
import * as z from 'zod/mini';
import {
  nullableInt,
  requiredText,
  text,
  withAliases,
} from './fields.js';

import type {Member} from './token.js';

export type {Member};
// The token schemas (B3, B4, B6) load with the calls that read them: schemas/token.ts.
export {MemberSchema, RegisterResultSchema, TokenResultSchema, epochMs, jwtExpiry} from './token.js';

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
