/** B1–B4: signing in with a one-time code and registering (`<fav-login>`). Session calls: session.ts. */
import {memberSession} from './operations/member-session.js';
import {compact} from './body.js';
import type {CallOptions, FavClient} from './client.js';
import {
  LoginChannelSchema,
  OtpRequestResultSchema,
  type LoginChannel,
  type OtpRequestResult,
  type RegisterResult,
  type TokenResult,
} from './schemas/auth.js';
import {loaded, one, parseOrThrow} from './schemas/parse.js';

/** The token schemas, loaded when a sign-in or registration is sent (a form shows without them). */
const tokens = () => import('./schemas/token.js');

/** Exactly one identifier, matching the tenant's login channel (§7.2). */
export type OtpIdentifier = {phone: string; email?: undefined} | {email: string; phone?: undefined};

export type VerifyOtpInput = OtpIdentifier & {code: string};

export interface RegisterMemberInput {
  name: string;
  lastName?: string;
  phone?: string;
  email?: string;
  /** Defaults to `fav-widgets`. */
  source?: string;
  /** Every other enabled registration-form field (B8), under its `key`. */
  [field: string]: unknown;
}

/** B1. The tenant's OTP channel: `whatsapp`, `sms` (also for `phone`) or `email`. */
export function getLoginChannel(client: FavClient, options?: CallOptions): Promise<LoginChannel> {
  return client.call(memberSession.getLoginChannel,
    {
      query: {companyId: client.options.companyId},
      parse: (payload) => parseOrThrow(LoginChannelSchema, typeof payload === 'string' ? {channel: payload} : payload),
    },
    options,
  );
}

/** B2. Sends a one-time code by the tenant's channel. */
export function requestOtp(client: FavClient, input: OtpIdentifier, options?: CallOptions): Promise<OtpRequestResult> {
  return client.call(memberSession.requestOtp,
    {
      body: compact({phone: input.phone, email: input.email, companyId: client.options.companyId}),
      parse: (payload) => parseOrThrow(OtpRequestResultSchema, payload ?? {}),
    },
    options,
  );
}

/** B3. Exchanges the code for a session. The code goes out as `code` and `otp` (§8). */
export function verifyOtp(client: FavClient, input: VerifyOtpInput, options?: CallOptions): Promise<TokenResult> {
  return client.call(memberSession.verifyOtp,
    {
      body: compact({phone: input.phone, email: input.email, code: input.code, otp: input.code}),
      parse: loaded(tokens().then((m) => one(m.TokenResultSchema))),
    },
    options,
  );
}

/** B4. Registers a member; the result may carry no token (then sign in with OTP). */
export function registerMember(client: FavClient, input: RegisterMemberInput, options?: CallOptions): Promise<RegisterResult> {
  return client.call(memberSession.registerMember,
    {
      body: compact({...input, source: input.source || 'fav-widgets', companyId: client.options.companyId}),
      parse: loaded(tokens().then((m) => one(m.RegisterResultSchema))),
    },
    options,
  );
}
