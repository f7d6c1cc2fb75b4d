import type {Operation} from './spec.js';

/** F. Forms and surveys. */
export const formsAndSurveys = {
  getSurvey: {id: 'getSurvey', code: 'F1', method: 'GET', path: '/surveys/{slug}', auth: 'optional'},
  getSurveyByToken: {id: 'getSurveyByToken', code: 'F2', method: 'GET', path: '/surveys/token/{token}', auth: 'magic'},
  submitSurveyResponse: {id: 'submitSurveyResponse', code: 'F3', method: 'POST', path: '/surveys/{id}/responses', auth: 'optional', create: true},
  submitSurveyTokenResponse: {id: 'submitSurveyTokenResponse', code: 'F4', method: 'POST', path: '/surveys/token/{token}/responses', auth: 'magic', create: true},
  resolveDomain: {id: 'resolveDomain', code: 'F5', method: 'GET', path: '/storefront/resolve-domain', auth: 'none'},
  submitContact: {id: 'submitContact', code: 'F6', method: 'POST', path: '/contact', auth: 'public', create: true},
} as const satisfies Record<string, Operation>;
