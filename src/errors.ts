import {asText, trimmed} from './text.js';

const warned = new Set<string>();

/** Logs `message` to the console once per page, however many elements hit it. */
export function warnOnce(message: string): void {
  if (!warned.has(message)) {
    warned.add(message);
    console.warn(`@innateheal/widgets: ${message}`);
  }
}

/** Warns once that `<tag>`'s `what` "value" is ignored, and says what is valid. */
export function ignored(tag: string, what: string, value: unknown, valid: string): void {
  warnOnce(`<${tag}>: ${what} "${asText(value)}" ignored. Valid: ${valid}.`);
}

/**
 * `value` as one of the keywords `valid`, in any case and trimmed, as HTML's
 * own keyword attributes take them (`theme="Dark"`). Blank gives `undefined`
 * (the default, as for every attribute); anything else also does, and warns
 * once.
 */
export function keyword<T extends string>(tag: string, what: string, value: unknown, valid: readonly T[]): T | undefined {
  const word = trimmed(value).toLowerCase() as T;
  if (!word) return undefined;
  if (valid.includes(word)) return word;
  ignored(tag, what, value, valid.join(', '));
  return undefined;
}
