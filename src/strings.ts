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
}

export const defaultStrings: Strings = {
  deficiency: 'Deficiency:',
  fromSection: 'From',
  readArticle: 'Read the article',
  notMedicalAdvice:
    'Educational content, not medical advice. Talk to a qualified health professional about your symptoms.',
  checklistSummary: '{checked} of {total} ticked',
  checklistReset: 'Reset',
};

/** Fills `{key}` placeholders in a UI string. */
export const format = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
