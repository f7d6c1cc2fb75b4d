import type {Operation} from './spec.js';

/** B. Member session. */
export const memberSession = {
  getLoginChannel: {id: 'getLoginChannel', code: 'B1', method: 'GET', path: '/auth/login-channel', auth: 'public'},
  requestOtp: {id: 'requestOtp', code: 'B2', method: 'POST', path: '/auth/otp', auth: 'public'},
  verifyOtp: {id: 'verifyOtp', code: 'B3', method: 'POST', path: '/auth/otp/verify', auth: 'public'},
  registerMember: {id: 'registerMember', code: 'B4', method: 'POST', path: '/auth/register', auth: 'public', create: true},
  validateToken: {id: 'validateToken', code: 'B5', method: 'POST', path: '/auth/validate-token', auth: 'customer'},
  refreshToken: {id: 'refreshToken', code: 'B6', method: 'POST', path: '/auth/refresh', auth: 'customer'},
  logout: {id: 'logout', code: 'B7', method: 'POST', path: '/auth/logout', auth: 'customer'},
  getRegistrationForm: {id: 'getRegistrationForm', code: 'B8', method: 'GET', path: '/auth/registration-form', auth: 'public'},
} as const satisfies Record<string, Operation>;
