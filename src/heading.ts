import {ignored} from './errors.js';
import {trimmed} from './text.js';

/**
 * The heading level a partner chose with `heading-level` (2–6), so a widget's
 * headings fit the page's outline. Anything else set warns once; unset or
 * not, the level is then 2.
 */
export function headingLevel(tag: string, value: unknown): number {
  const level = Number(value);
  if ([2, 3, 4, 5, 6].includes(level)) {
    return level;
  }
  if (trimmed(value)) ignored(tag, 'heading-level', value, '2 to 6');
  return 2;
}
