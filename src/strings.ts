/**
 * Every piece of UI text the widgets show that is not article content.
 * Content (headings, list items) comes from `data/` in the source's words.
 * `{name}` placeholders are filled by `format()`.
 */
export interface Strings {
  /** Prefix of a role the article gives a nutrient's deficiency. */
  deficiency: string;
  /** Before the section heading a nutrient's role comes from. */
  fromSection: string;
  readArticle: string;
  notMedicalAdvice: string;
  /** Checklist summary; `{checked}` and `{total}` are numbers. */
  checklistSummary: string;
  checklistReset: string;
  /** The browser's validation message for a `required` checklist with nothing ticked. */
  checklistRequired: string;
  /** Title of the Hot Articles carousel. */
  hotArticles: string;
  /** What screen readers call the Hot Articles box (`aria-roledescription`). */
  carousel: string;
  /** What screen readers call one of its cards (`aria-roledescription`). */
  slide: string;
  previousArticles: string;
  nextArticles: string;
  /** A carousel slide's label; `{index}` and `{total}` are numbers. */
  slideLabel: string;
  noArticles: string;
  /** Label of the article's "Note:" lines. */
  note: string;
  /** Before the publisher's name, linked to the source article: "From InnateHeal". */
  attribution: string;
  /** A bad attribute value; `{tag}`, `{what}`, `{value}` and `{valid}` are filled in. */
  unknownValue: string;
  /** A missing attribute; `{tag}`, `{what}` and `{valid}` are filled in. */
  missingValue: string;
}

export const defaultStrings: Strings = {
  deficiency: 'Deficiency:',
  fromSection: 'From',
  readArticle: 'Read the article',
  notMedicalAdvice:
    'Educational content, not medical advice. Talk to a qualified health professional about your symptoms.',
  checklistSummary: '{checked} of {total} ticked',
  checklistReset: 'Reset',
  checklistRequired: 'Tick at least one item.',
  hotArticles: 'Hot Articles',
  carousel: 'carousel',
  slide: 'slide',
  previousArticles: 'Previous articles',
  nextArticles: 'Next articles',
  slideLabel: '{index} of {total}',
  noArticles: 'No articles',
  note: 'Note:',
  attribution: 'From',
  unknownValue: '<{tag}>: unknown {what} "{value}". Valid: {valid}.',
  missingValue: '<{tag}>: no {what} given. Valid: {valid}.',
};

/** Fills `{key}` placeholders in a UI string. */
export const format = (template: string, values: Record<string, unknown>): string =>
  // Own values only: `{toString}` or `{__proto__}` is an unknown placeholder too.
  template.replace(/\{(\w+)\}/g, (match, key: string) => String((Object.hasOwn(values, key) ? values[key] : null) ?? match));
