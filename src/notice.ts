import {html} from 'lit';
import {articleUrl} from './links.js';
import type {Strings} from './strings.js';
import type {Article} from '../data/types.js';

/**
 * The not-medical-advice notice and the link to the source article, shown
 * by every widget that shows health content. Styled by `.notice` in
 * `src/styles.ts`.
 */
export const renderNotice = (article: Article, strings: Strings) =>
  html`<p class="notice" part="notice">
    ${strings.notMedicalAdvice}
    <a part="link" href=${articleUrl(article.slug)}>${strings.readArticle}</a>
  </p>`;
