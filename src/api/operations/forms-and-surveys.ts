import {operationTable} from './spec.js';

/** F. Forms and surveys. */
export const formsAndSurveys = operationTable({
  getSurvey: 'GET /surveys/{slug} optional', // F1
  getSurveyByToken: 'GET /surveys/token/{token} magic', // F2
  submitSurveyResponse: 'POST /surveys/{id}/responses optional create', // F3
  submitSurveyTokenResponse: 'POST /surveys/token/{token}/responses magic create', // F4
  resolveDomain: 'GET /storefront/resolve-domain none', // F5
  submitContact: 'POST /contact public create', // F6
});
