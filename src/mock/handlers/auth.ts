/** B. Member session (OTP login, registration, tokens) and F5 resolve-domain, F6 contact. */
import {now} from '../clock.js';
import {
  allTenants,
  issueToken,
  memberForToken,
  onReset,
  refreshTokens,
  revokeToken,
  TOKEN_LIFETIME_S,
  type MemberRecord,
  type TenantState,
} from '../state.js';
import {pick, type MockLocale} from '../text.js';
import {assertValid, MockError, ok, route, type MockRoute} from '../route.js';

/** The one-time code the mock accepts. */
export const MOCK_OTP = '123456';

const OTP_LIFETIME_MS = 5 * 60_000;
const RESEND_AFTER_S = 30;
const MAX_ATTEMPTS = 5;

interface OtpRecord {
  sentAt: number;
  attempts: number;
}

let otps = new Map<string, OtpRecord>();
let rateLimit = true;
let contactCounter = 0;
onReset(() => {
  otps = new Map();
  rateLimit = true;
  contactCounter = 0;
});

export function setOtpRateLimit(enabled: boolean): void {
  rateLimit = enabled;
}

const E164 = /^\+[1-9]\d{7,14}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function identifier(tenant: TenantState, body: Record<string, unknown>): {key: string; phone?: string; email?: string} {
  const phone = typeof body.phone === 'string' ? body.phone.trim() : undefined;
  const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : undefined;
  const wantsEmail = tenant.info.loginChannel === 'email';
  if ((wantsEmail && !email && phone) || (!wantsEmail && !phone && email)) {
    throw new MockError(400, 'LOGIN_CHANNEL_MISMATCH', wantsEmail ? 'This tenant signs in by email' : 'This tenant signs in by phone');
  }
  if (wantsEmail) {
    assertValid({email: email && EMAIL.test(email) ? undefined : 'Enter a valid email address'});
    return {key: `${tenant.id}|${email}`, email};
  }
  assertValid({phone: phone && E164.test(phone) ? undefined : 'Enter the phone number in international format'});
  return {key: `${tenant.id}|${phone}`, phone};
}

function findMember(tenant: TenantState, who: {phone?: string; email?: string}): MemberRecord | undefined {
  return tenant.members.find((m) => (who.phone && m.phone === who.phone) || (who.email && m.email?.toLowerCase() === who.email));
}

function memberJson(member: MemberRecord, locale: MockLocale) {
  return {
    uuid: member.uuid,
    id: member.id,
    name: pick(member.name, locale),
    lastName: pick(member.lastName, locale),
    phone: member.phone,
    email: member.email,
    code: member.code,
    points: member.points,
    stamps: member.stamps,
    membershipTier: member.tierId ? {id: member.tierId, name: member.tierId.replace('tier-', '')} : null,
  };
}

/** The canonical TokenResult (§5): flat SDK fields plus `member` and `token`. */
export function tokenResult(tenant: TenantState, member: MemberRecord, locale: MockLocale) {
  const issued = issueToken(tenant.id, member.uuid);
  return {
    accessToken: issued.accessToken,
    token: issued.accessToken,
    refreshToken: issued.refreshToken,
    expiresIn: TOKEN_LIFETIME_S,
    expiresAt: new Date(issued.expiresAt).toISOString(),
    memberUuid: member.uuid,
    memberName: [pick(member.name, locale), pick(member.lastName, locale)].filter(Boolean).join(' '),
    phone: member.phone ?? undefined,
    email: member.email ?? undefined,
    member: memberJson(member, locale),
  };
}

export const authRoutes: MockRoute[] = [
  route('getLoginChannel', ({tenant}) => ok({channel: tenant.info.loginChannel})),

  route('requestOtp', ({tenant, body}) => {
    const who = identifier(tenant, body);
    const previous = otps.get(who.key);
    if (rateLimit && previous && now() - previous.sentAt < RESEND_AFTER_S * 1000) {
      const wait = Math.ceil((RESEND_AFTER_S * 1000 - (now() - previous.sentAt)) / 1000);
      throw new MockError(429, 'RATE_LIMITED', 'Please wait before requesting another code', {retryAfterSeconds: wait}, {'Retry-After': String(wait)});
    }
    otps.set(who.key, {sentAt: now(), attempts: 0});
    return ok({message: 'OTP sent', expiresIn: OTP_LIFETIME_MS / 1000, resendAfter: RESEND_AFTER_S});
  }),

  route('verifyOtp', ({tenant, body, locale}) => {
    const who = identifier(tenant, body);
    const code = String(body.code ?? body.otp ?? '');
    const otp = otps.get(who.key);
    if (!otp) throw new MockError(400, 'INVALID_OTP', 'Request a code first', {reason: 'not_requested'});
    if (otp.attempts >= MAX_ATTEMPTS) {
      throw new MockError(429, 'RATE_LIMITED', 'Too many attempts; request a new code', {retryAfterSeconds: RESEND_AFTER_S}, {'Retry-After': String(RESEND_AFTER_S)});
    }
    if (now() - otp.sentAt > OTP_LIFETIME_MS) throw new MockError(400, 'INVALID_OTP', 'The code has expired', {reason: 'expired'});
    if (code !== MOCK_OTP) {
      otp.attempts += 1;
      throw new MockError(400, 'INVALID_OTP', 'The code is not correct', {reason: 'mismatch', attemptsLeft: MAX_ATTEMPTS - otp.attempts});
    }
    const member = findMember(tenant, who);
    if (!member) throw new MockError(404, 'MEMBER_NOT_FOUND', 'No member with this phone or email');
    otps.delete(who.key);
    return ok(tokenResult(tenant, member, locale));
  }),

  route('registerMember', ({tenant, body, locale}) => {
    const fields = tenant.info.registrationFields.filter((field) => field.enabled);
    const problems: Record<string, string | undefined> = {};
    for (const field of fields) {
      const value = body[field.key];
      const empty = value === undefined || value === null || value === '' || (field.type === 'checkbox' && value !== true);
      if (field.required && empty) problems[field.key] = 'Required';
    }
    if (typeof body.name !== 'string' || !body.name.trim()) problems.name = 'Required';
    if (typeof body.phone === 'string' && body.phone && !E164.test(body.phone)) problems.phone = 'Enter the phone number in international format';
    if (typeof body.email === 'string' && body.email && !EMAIL.test(body.email)) problems.email = 'Enter a valid email address';
    assertValid(problems);
    const phone = typeof body.phone === 'string' && body.phone ? body.phone : null;
    const email = typeof body.email === 'string' && body.email ? body.email.toLowerCase() : null;
    if (findMember(tenant, {phone: phone ?? undefined, email: email ?? undefined})) {
      throw new MockError(409, 'MEMBER_EXISTS', 'A member with this phone or email already exists');
    }
    const id = 3000 + tenant.members.length;
    const name = String(body.name).trim();
    const lastName = typeof body.lastName === 'string' && body.lastName.trim() ? body.lastName.trim() : null;
    const member: MemberRecord = {
      uuid: `mem-${tenant.id}-${id}`,
      id,
      name: {en: name, zh: name},
      lastName: lastName ? {en: lastName, zh: lastName} : null,
      phone,
      email,
      code: `N${id}`,
      points: 0,
      stamps: 0,
      tierId: null,
      extra: {...body},
    };
    tenant.members.push(member);
    return ok(tokenResult(tenant, member, locale), 201);
  }),

  route('validateToken', ({bearer, tenant, locale}) => {
    const session = bearer ? memberForToken(bearer, tenant.id) : null;
    const member = session?.member;
    if (!member) throw new MockError(401, 'UNAUTHORIZED', 'Unauthorized');
    return ok({valid: true, memberUuid: member.uuid, memberName: pick(member.name, locale)});
  }),

  route('refreshToken', ({bearer, tenant, body, locale}) => {
    const refreshToken = typeof body.refreshToken === 'string' ? body.refreshToken : undefined;
    const fresh = refreshTokens(tenant.id, bearer, refreshToken);
    const member = fresh && tenant.members.find((m) => m.uuid === fresh.memberUuid);
    if (!fresh || !member) throw new MockError(401, 'UNAUTHORIZED', 'The session can no longer be refreshed');
    return ok({
      accessToken: fresh.accessToken,
      token: fresh.accessToken,
      refreshToken: fresh.refreshToken,
      expiresIn: TOKEN_LIFETIME_S,
      expiresAt: new Date(fresh.expiresAt).toISOString(),
      memberUuid: member.uuid,
      memberName: pick(member.name, locale),
    });
  }),

  route('logout', ({bearer}) => {
    if (bearer) revokeToken(bearer);
    return ok({loggedOut: true});
  }),

  route('getRegistrationForm', ({tenant, locale}) =>
    ok({
      fields: tenant.info.registrationFields.map((field) => ({
        key: field.key,
        label: pick(field.label, locale),
        type: field.type,
        required: field.required,
        enabled: field.enabled,
        order: field.order,
        ...(field.checkboxLabel ? {checkboxLabel: pick(field.checkboxLabel, locale)} : {}),
        ...(field.options ? {options: field.options.map((o) => ({value: o.value, label: pick(o.label, locale)}))} : {}),
      })),
      defaultCountryCode: tenant.info.defaultCountryCode,
      countryCode: tenant.info.defaultCountryCode,
      countryPhonePrefix: tenant.info.countryPhonePrefix,
    }),
  ),

  route('resolveDomain', ({query, locale}) => {
    const host = String(query.domain ?? query.hostname ?? '').toLowerCase();
    const tenant = allTenants().find((candidate) => candidate.info.domain === host);
    if (!tenant) throw new MockError(404, 'NOT_FOUND', `No storefront for ${host || 'an empty host'}`);
    return ok({
      companyId: tenant.id,
      name: pick(tenant.info.name, locale),
      defaultLocale: tenant.info.defaultLocale,
      timezone: tenant.info.timezone,
      currency: tenant.info.currency,
    });
  }),

  route('submitContact', ({body}) => {
    const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
    const email = text(body.email);
    const phone = text(body.phone);
    assertValid({
      name: text(body.name) ? undefined : 'Required',
      message: text(body.message) ? undefined : 'Required',
      email: email && !EMAIL.test(email) ? 'Enter a valid email address' : !email && !phone ? 'Give an email or a phone number' : undefined,
    });
    contactCounter += 1;
    return ok({conversationId: `conv-${contactCounter}`, messageId: `msg-${contactCounter}`}, 201);
  }),
];
