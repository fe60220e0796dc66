import {asText} from './text.js';

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
