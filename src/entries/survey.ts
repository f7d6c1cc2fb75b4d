import {FavSurvey} from '../widgets/survey/fav-survey.js';
import {define} from '../ui/fav-element.js';
import './provider.js';

export {FavSurvey};
define('fav-survey', FavSurvey);
