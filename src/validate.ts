/**
 * Checks shared by the validators of bundled and partner data: each pushes a
 * sentence naming the path of what is wrong.
 */

const SLUG = /^[a-z\d]+(?:-[a-z\d]+)*$/;

/** Problems found, each a sentence naming the path; empty if valid. */
export type Problems = string[];

export function requireText(problems: Problems, path: string, value: unknown): void {
  if (typeof value !== 'string' || !value.trim()) {
    problems.push(`${path} must be non-empty text`);
  }
}

export function requireSlug(problems: Problems, path: string, value: unknown): void {
  if (typeof value !== 'string' || !SLUG.test(value)) {
    problems.push(`${path} must be a lowercase slug (a-z, 0-9, -), got ${JSON.stringify(value)}`);
  }
}

export function requireUnique(problems: Problems, path: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      problems.push(`${path}: duplicate id "${id}"`);
    }
    seen.add(id);
  }
}

export function requireTextList(problems: Problems, path: string, value: unknown): void {
  if (value === undefined) {
    return;
  }
  if (!Array.isArray(value)) {
    problems.push(`${path} must be a list of paragraphs`);
    return;
  }
  value.forEach((text, i) => requireText(problems, `${path}[${i}]`, text));
}

