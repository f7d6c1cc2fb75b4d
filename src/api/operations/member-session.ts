import {operationTable} from './spec.js';

/** B. Member session. */
export const memberSession = operationTable({
  getLoginChannel: 'GET /auth/login-channel', // B1
  requestOtp: 'POST /auth/otp', // B2
  verifyOtp: 'POST /auth/otp/verify', // B3
  registerMember: 'POST /auth/register public create', // B4
  validateToken: 'POST /auth/validate-token customer', // B5
  refreshToken: 'POST /auth/refresh customer', // B6
  logout: 'POST /auth/logout customer', // B7
  getRegistrationForm: 'GET /auth/registration-form', // B8
});
