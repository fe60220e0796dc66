import {ignored} from './errors.js';

/**
 * The heading level a partner chose with `heading-level` (2–6), so a widget's
 * headings fit the page's outline. Anything else warns once and uses `fallback`.
 */
export function headingLevel(tag: string, value: string | number | null | undefined, fallback = 2): number {
  if (value == null || value === '') {
    return fallback;
  }
  const level = Number(value);
  if (Number.isInteger(level) && level >= 2 && level <= 6) {
    return level;
  }
  ignored(tag, 'heading-level', value, '2 to 6');
  return fallback;
}
