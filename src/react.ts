/**
 * React wrappers, for React 18 and 19 apps that prefer components to tags:
 * `import {GutChecklist} from '@innateheal/widgets/react'`, then
 * `<GutChecklist list="symptoms" onGutChecklistChange={(e) => …} />`.
 * Made with @lit/react, which passes props to the element as properties and
 * wires the on… props to the element's events. Importing this module also
 * registers the elements.
 */
import * as React from 'react';
import {createComponent} from '@lit/react';
import type {EventName} from '@lit/react';
import {GutChecklist as GutChecklistElement} from '../components/gut-checklist/gut-checklist.js';
import type {GutChecklistChangeDetail} from '../components/gut-checklist/gut-checklist.js';
import {HealthArticle as HealthArticleElement} from '../components/health-article/health-article.js';
import {HotArticles as HotArticlesElement} from '../components/hot-articles/hot-articles.js';
import type {HotArticlesSelectDetail} from '../components/hot-articles/hot-articles.js';
import {InnatehealProvider as InnatehealProviderElement} from '../components/innateheal-provider/innateheal-provider.js';
import {NutrientCard as NutrientCardElement} from '../components/nutrient-card/nutrient-card.js';

export const InnatehealProvider = createComponent({
  tagName: 'innateheal-provider',
  elementClass: InnatehealProviderElement,
  react: React,
  displayName: 'InnatehealProvider',
});

export const NutrientCard = createComponent({
  tagName: 'nutrient-card',
  elementClass: NutrientCardElement,
  react: React,
  displayName: 'NutrientCard',
});

export const GutChecklist = createComponent({
  tagName: 'gut-checklist',
  elementClass: GutChecklistElement,
  react: React,
  events: {
    onGutChecklistChange: 'gut-checklist-change' as EventName<CustomEvent<GutChecklistChangeDetail>>,
  },
  displayName: 'GutChecklist',
});

export const HotArticles = createComponent({
  tagName: 'hot-articles',
  elementClass: HotArticlesElement,
  react: React,
  events: {
    onHotArticlesSelect: 'hot-articles-select' as EventName<CustomEvent<HotArticlesSelectDetail>>,
  },
  displayName: 'HotArticles',
});

export const HealthArticle = createComponent({
  tagName: 'health-article',
  elementClass: HealthArticleElement,
  react: React,
  displayName: 'HealthArticle',
});
