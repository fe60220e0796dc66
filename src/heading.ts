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

/**
 * The level of the headings under one at `level`, at most 6: past 6 some
 * screen readers (JAWS) read a heading as level 2, out of the outline.
 */
export const below = (level: number): number => Math.min(level + 1, 6);
