/**
 * The package entry: importing it registers every element. Partners without
 * a bundler load the built form, `dist/embed.js`, with one script tag.
 */
// The provider first, so that it is defined before the widgets inside it.
export {InnatehealProvider} from '../components/innateheal-provider/innateheal-provider.js';
export type {LinkTarget, Settings, Strings, Theme} from '../components/innateheal-provider/innateheal-provider.js';
export {NutrientCard} from '../components/nutrient-card/nutrient-card.js';
export type {NutrientCardVariant} from '../components/nutrient-card/nutrient-card.js';
export {GutChecklist} from '../components/gut-checklist/gut-checklist.js';
export type {GutChecklistChangeDetail} from '../components/gut-checklist/gut-checklist.js';
export {HotArticles} from '../components/hot-articles/hot-articles.js';
export type {HotArticlesSelectDetail, PartnerTeaser} from '../components/hot-articles/hot-articles.js';
export {HealthArticle} from '../components/health-article/health-article.js';
export type * from '../data/types.js';
