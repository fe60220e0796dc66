import {html} from 'lit';
import {format} from './strings.js';
import type {Strings} from './strings.js';

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
  warnOnce(`<${tag}>: ${what} "${value}" ignored. Valid: ${valid}.`);
}

/**
 * The message for an attribute whose value names nothing we have, e.g.
 * `<nutrient-card>: unknown nutrient "iron". Valid: zinc, …`, in the
 * provider's language.
 */
export function invalidValue(
  strings: Strings,
  tag: string,
  what: string,
  value: string | null | undefined,
  valid: readonly string[]
): string {
  return format(value ? strings.unknownValue : strings.missingValue, {
    tag,
    what,
    value: value ?? '',
    valid: valid.join(', '),
  });
}

/** A visible error in place of the element's content; also warns once. */
export function renderError(message: string) {
  warnOnce(message);
  return html`<p class="error" part="error">${message}</p>`;
}
