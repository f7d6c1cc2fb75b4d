/**
 * B5–B7: the session calls the provider's session store makes (validate, refresh, log out). Loaded
 * on first use: a first view without a signed-in member does not pay for them.
 */
import {memberSession} from './operations/member-session.js';
import type {CallOptions, FavClient} from './client.js';
import {isFavApiError} from './errors.js';
import type {LogoutResult, TokenResult} from './schemas/auth.js';
import {TokenResultSchema} from './schemas/token.js';
import {ValidateTokenResultSchema, type ValidateTokenResult} from './schemas/session.js';
import {isRecord} from './schemas/fields.js';
import {one, parseOrThrow} from './schemas/parse.js';

export interface RefreshInput {
  refreshToken?: string;
}

/** B5. Checks a token. A 401 is reported as `{valid: false}`, never as an error. */
export async function validateToken(client: FavClient, options?: CallOptions): Promise<ValidateTokenResult> {
  try {
    return await client.call(memberSession.validateToken, {parse: (payload) => parseOrThrow(ValidateTokenResultSchema, payload ?? {})}, options);
  } catch (error) {
    if (isFavApiError(error) && error.kind === 'http' && error.status === 401 && error.code !== 'LOGIN_REQUIRED') {
      return {valid: false, memberUuid: undefined, memberName: undefined, expiresAt: undefined};
    }
    throw error;
  }
}

/** B6. New tokens for the current one; sends `{refreshToken}` when one is held. */
export function refreshToken(client: FavClient, input: RefreshInput = {}, options?: CallOptions): Promise<TokenResult> {
  return client.call(memberSession.refreshToken,
    {body: input.refreshToken ? {refreshToken: input.refreshToken} : undefined, parse: one(TokenResultSchema)},
    options,
  );
}

/** B7. Ends the session on the server. Tolerates an empty body, 204 and `{success: true}`. */
export function logout(client: FavClient, input: RefreshInput = {}, options?: CallOptions): Promise<LogoutResult> {
  return client.call(memberSession.logout,
    {
      body: input.refreshToken ? {refreshToken: input.refreshToken} : undefined,
      parse: (payload): LogoutResult => ({loggedOut: !(isRecord(payload) && payload.loggedOut === false)}),
    },
    options,
  );
}

