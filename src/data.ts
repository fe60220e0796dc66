import {leakyGut, nutrients} from '../data/leaky-gut.js';
import {hotArticles, validateTeasers} from './teasers.js';
import {site} from '../data/site.js';
import {safeBaseUrl} from './links.js';
import {trimmed} from './text.js';
import {requireSlug, requireText, requireTextList, requireUnique} from './validate.js';
import type {Problems} from './validate.js';

export type {Problems};
import type {
  Article,
  ArticleList,
  ListId,
  Nutrient,
  NutrientId,
  Section,
} from '../data/types.js';

export type * from '../data/types.js';

export const articles: readonly Article[] = [leakyGut];

/** The list whose section is the article's "When to Seek Medical Care" guidance. */
export const SEEK_CARE = 'seek-care';
export {nutrients, hotArticles};

/** A list with the section and article it belongs to. */
export interface ListRef {
  list: ArticleList;
  section: Section;
  article: Article;
}

// Built on first use, so a page that loads the bundle pays nothing until a
// widget asks.
let lists: Map<string, ListRef> | undefined;
let nutrientMap: Map<string, Nutrient> | undefined;

function listMap(): Map<string, ListRef> {
  if (!lists) {
    lists = new Map();
    for (const article of articles) {
      for (const section of article.sections) {
        if (section.list) {
          lists.set(section.list.id, {list: section.list, section, article});
        }
      }
    }
  }
  return lists;
}

/**
 * An id as a partner may type it in an attribute: any case, spaces around,
 * and spaces or underscores between words. `Vitamin D` and ` vitamin_d `
 * both name `vitamin-d`; our ids are lower-case words joined by hyphens.
 */
export const idOf = (value: unknown): string =>
  trimmed(value)
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

export const getArticle = (id: unknown): Article | undefined =>
  articles.find((article) => article.id === idOf(id));

export const getList = (id: unknown): ListRef | undefined => listMap().get(idOf(id));

export function getNutrient(id: unknown): Nutrient | undefined {
  nutrientMap ??= new Map(nutrients.map((n) => [n.id, n]));
  return nutrientMap.get(idOf(id));
}

export const articleIds = (): string[] => articles.map((a) => a.id);
export const listIds = (): ListId[] => [...listMap().keys()] as ListId[];
export const nutrientIds = (): NutrientId[] => nutrients.map((n) => n.id);

/* ------------------------------------------------------------------------ */
/* Validation: every bundled record at test time, partner data at run time. */

export function validateArticle(article: Article): Problems {
  const problems: Problems = [];
  requireSlug(problems, 'article.id', article.id);
  requireSlug(problems, `${article.id}.slug`, article.slug);
  requireText(problems, `${article.id}.title`, article.title);
  requireTextList(problems, `${article.id}.intro`, article.intro);
  // Read as text even when it is not the list it should be (reported above).
  const intro = [article.intro].flat().join(' ').toLowerCase();
  for (const name of [article.condition?.name, article.condition?.alternateName]) {
    if (name !== undefined && !intro.includes(name.toLowerCase())) {
      problems.push(`${article.id}.condition "${name}" is not in the article's intro`);
    }
  }
  requireText(problems, `${article.id}.condition.name`, article.condition?.name);
  if (!Array.isArray(article.sections) || article.sections.length === 0) {
    problems.push(`${article.id}.sections must list at least one section`);
    return problems;
  }
  requireUnique(problems, `${article.id}.sections`, article.sections.map((s) => s.id));
  const listIdsSeen: string[] = [];
  for (const section of article.sections) {
    const path = `${article.id}#${section.id}`;
    requireSlug(problems, `${path}.id`, section.id);
    requireText(problems, `${path}.heading`, section.heading);
    requireTextList(problems, `${path}.lead`, section.lead);
    for (const key of ['subheading', 'note', 'closing'] as const) {
      if (section[key] !== undefined) {
        requireText(problems, `${path}.${key}`, section[key]);
      }
    }
    if (section.list) {
      const {id, items} = section.list;
      requireSlug(problems, `${path}.list.id`, id);
      listIdsSeen.push(id);
      if (!Array.isArray(items) || items.length === 0) {
        problems.push(`${path}.list must have items`);
        continue;
      }
      requireUnique(problems, `${path}.list`, items.map((item) => item.id));
      items.forEach((item, i) => {
        requireSlug(problems, `${path}.list[${i}].id`, item.id);
        requireText(problems, `${path}.list[${i}].text`, item.text);
      });
    }
  }
  requireUnique(problems, `${article.id} lists`, listIdsSeen);
  return problems;
}

export function validateNutrients(records: readonly Nutrient[]): Problems {
  const problems: Problems = [];
  requireUnique(problems, 'nutrients', records.map((n) => n.id));
  for (const nutrient of records) {
    requireSlug(problems, 'nutrient.id', nutrient.id);
    requireText(problems, `${nutrient.id}.name`, nutrient.name);
    if (!nutrient.roles?.length) {
      problems.push(`${nutrient.id} must have at least one role`);
    }
    for (const role of nutrient.roles ?? []) {
      const path = `${nutrient.id} role "${role.text}"`;
      if (role.kind !== 'deficiency' && role.kind !== 'support') {
        problems.push(`${path}: kind must be "deficiency" or "support"`);
      }
      // The exact id: getList() also takes one as a partner may type it.
      const item = listMap().get(role.list)?.list.items.find((i) => i.id === nutrient.id);
      if (!item) {
        problems.push(`${path}: no item "${nutrient.id}" in list "${role.list}"`);
      } else if (!item.text.includes(role.text)) {
        problems.push(`${path}: not in the words of item "${item.text}"`);
      }
    }
  }
  return problems;
}

/** Every bundled record: what `test/data.test.ts` requires to be empty. */
export function validateContent(): Problems {
  const problems = [
    ...articles.flatMap(validateArticle),
    ...validateNutrients(nutrients),
    ...validateTeasers(hotArticles),
  ];
  if (!safeBaseUrl(site.baseUrl)) {
    problems.push(`site.baseUrl must be an absolute http(s) URL, got "${site.baseUrl}"`);
  }
  return problems;
}
