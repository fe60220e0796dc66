import type {PropertyValues, ReactiveElement} from 'lit';

/**
 * A property's value as trimmed text, whatever a script set it to. Attributes
 * are always text; properties need not be (a number, `null`, an array of ids
 * from a framework: `['zinc', 'glycine']` reads `zinc,glycine`), and a widget
 * must not throw over them.
 */
export const trimmed = (value: unknown): string => String(value ?? '').trim();

/**
 * A string, trimmed, if it has any text; anything else (blank, not a string)
 * gives `undefined`. For data a partner hands us, where only real text counts.
 */
export const nonBlank = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/**
 * `value` as text, for a message: one without text (a Symbol, an object
 * without a prototype) by its type instead (`[object Symbol]`).
 */
export function asText(value: unknown): string {
  try {
    return `${value}`;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * Of the changed properties that an attribute can also set, gives each value
 * that has no text (a Symbol, an object without a prototype) the name of its
 * type (`[object Symbol]`) instead. Then the widget says which value it
 * ignored, as for any other, where reading it would throw a TypeError.
 */
export function textable(host: ReactiveElement, changed: PropertyValues): void {
  const element = host as unknown as Record<PropertyKey, unknown>;
  for (const key of changed.keys()) {
    const value = element[key];
    if ((host.constructor as typeof ReactiveElement).getPropertyOptions(key).attribute !== false) {
      try {
        // Reads it as text: a TypeError for exactly those values. (Not `${value}`,
        // which terser drops as if converting could not throw.)
        [value].join();
      } catch {
        element[key] = asText(value);
      }
    }
  }
}
