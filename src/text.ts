/**
 * A property's value as trimmed text, whatever a script set it to. Attributes
 * are always text; properties need not be (a number, `null`, an array of ids
 * from a framework: `['zinc', 'glycine']` reads `zinc,glycine`), and a widget
 * must not throw over them.
 */
export const trimmed = (value: unknown): string => String(value ?? '').trim();
