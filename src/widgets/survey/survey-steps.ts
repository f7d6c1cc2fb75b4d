/** The questions and the thank-you of `<fav-survey>`, with their checks and styles: loaded while the survey itself loads. */
export {renderDone, renderQuestions} from './survey-views.js';
export {problemsOf} from './survey-validate.js';
export {stepStyles} from './survey-steps.styles.js';
