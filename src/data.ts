import {leakyGut, nutrients} from '../data/leaky-gut.js';
import {hotArticles} from '../data/hot-articles.js';
import {site} from '../data/site.js';
import {safeBaseUrl, safeUrl} from './links.js';
import type {
  Article,
  ArticleList,
  ListId,
  Nutrient,
  NutrientId,
  Section,
  Teaser,
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

export const getArticle = (id: string | null | undefined): Article | undefined =>
  articles.find((article) => article.id === id);

export const getList = (id: string | null | undefined): ListRef | undefined =>
  id ? listMap().get(id) : undefined;

export function getNutrient(id: string | null | undefined): Nutrient | undefined {
  nutrientMap ??= new Map(nutrients.map((n) => [n.id, n]));
  return id ? nutrientMap.get(id) : undefined;
}

export const articleIds = (): string[] => articles.map((a) => a.id);
export const listIds = (): ListId[] => [...listMap().keys()] as ListId[];
export const nutrientIds = (): NutrientId[] => nutrients.map((n) => n.id);

/* ------------------------------------------------------------------------ */
/* Validation: every bundled record at test time, partner data at run time. */

const SLUG = /^[a-z\d]+(?:-[a-z\d]+)*$/;

/** Problems found in `value`, each a sentence naming the path; empty if valid. */
export type Problems = string[];

function requireText(problems: Problems, path: string, value: unknown): void {
  if (typeof value !== 'string' || !value.trim()) {
    problems.push(`${path} must be non-empty text`);
  }
}

function requireSlug(problems: Problems, path: string, value: unknown): void {
  if (typeof value !== 'string' || !SLUG.test(value)) {
    problems.push(`${path} must be a lowercase slug (a-z, 0-9, -), got ${JSON.stringify(value)}`);
  }
}

function requireUnique(problems: Problems, path: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      problems.push(`${path}: duplicate id "${id}"`);
    }
    seen.add(id);
  }
}

function requireTextList(problems: Problems, path: string, value: unknown): void {
  if (value === undefined) {
    return;
  }
  if (!Array.isArray(value)) {
    problems.push(`${path} must be a list of paragraphs`);
    return;
  }
  value.forEach((text, i) => requireText(problems, `${path}[${i}]`, text));
}

export function validateArticle(article: Article): Problems {
  const problems: Problems = [];
  requireSlug(problems, 'article.id', article.id);
  requireSlug(problems, `${article.id}.slug`, article.slug);
  requireText(problems, `${article.id}.title`, article.title);
  requireTextList(problems, `${article.id}.intro`, article.intro);
  const intro = (article.intro ?? []).join(' ').toLowerCase();
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
      const item = getList(role.list)?.list.items.find((i) => i.id === role.item);
      if (!item) {
        problems.push(`${path}: no item "${role.item}" in list "${role.list}"`);
      } else if (!item.text.includes(role.text)) {
        problems.push(`${path}: not in the words of item "${item.text}"`);
      }
    }
  }
  return problems;
}

export function validateTeasers(records: readonly Teaser[]): Problems {
  const problems: Problems = [];
  requireUnique(problems, 'teasers', records.map((t) => t.slug));
  records.forEach((teaser, i) => {
    requireSlug(problems, `teasers[${i}].slug`, teaser.slug);
    for (const key of ['category', 'title', 'subtitle'] as const) {
      requireText(problems, `teasers[${i}].${key}`, teaser[key]);
    }
  });
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

/** A teaser as a partner may pass it to `<hot-articles>`. */
export interface PartnerTeaser {
  title: string;
  subtitle?: string;
  category?: string;
  url: string;
}

/** A partner teaser after `cleanPartnerTeasers`: text only, and a link only if safe. */
export interface CleanTeaser {
  title: string;
  subtitle?: string;
  category?: string;
  url: string;
  href?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/**
 * Partner teasers, checked at the edge: entries without a title are dropped,
 * a URL that is not http(s) or relative gives no link, and every field is
 * text. `problems` says what was dropped or unlinked.
 */
export function cleanPartnerTeasers(input: unknown): {teasers: CleanTeaser[]; problems: Problems} {
  if (!Array.isArray(input)) {
    return {teasers: [], problems: input == null ? [] : ['articles must be an array of teasers']};
  }
  const problems: Problems = [];
  const teasers: CleanTeaser[] = [];
  input.forEach((raw: unknown, i) => {
    const record = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const title = text(record.title);
    if (!title) {
      problems.push(`articles[${i}] has no title and was left out`);
      return;
    }
    const url = text(record.url) ?? '';
    const href = safeUrl(url);
    if (!href) {
      problems.push(`articles[${i}].url ${JSON.stringify(url)} is not an http(s) or relative URL; shown without a link`);
    }
    teasers.push({title, subtitle: text(record.subtitle), category: text(record.category), url, href});
  });
  return {teasers, problems};
}
