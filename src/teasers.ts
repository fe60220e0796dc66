import {hotArticles} from '../data/hot-articles.js';
import type {Teaser} from '../data/types.js';
import {safeUrl} from './links.js';
import {nonBlank} from './text.js';
import {requireSlug, requireText, requireUnique} from './validate.js';
import type {Problems} from './validate.js';

export {hotArticles};

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
    const title = nonBlank(record.title);
    if (!title) {
      problems.push(`articles[${i}] has no title and was left out`);
      return;
    }
    const url = nonBlank(record.url) ?? '';
    const href = safeUrl(url);
    if (!href) {
      problems.push(`articles[${i}].url ${JSON.stringify(url)} is not an http(s) or relative URL; shown without a link`);
    }
    teasers.push({title, subtitle: nonBlank(record.subtitle), category: nonBlank(record.category), url, href});
  });
  return {teasers, problems};
}
