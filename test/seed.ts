/**
 * The scraped source page, read as a partner's reader would see it: lines of
 * text with the scrape's stray characters ("×", U+FE0F) dropped.
 */
export async function seedLines(): Promise<string[]> {
  const response = await fetch('/data/seed/leaky-gut.txt');
  if (!response.ok) {
    throw new Error(`could not read the seed: ${response.status}`);
  }
  const text = await response.text();
  return text
    .split('\n')
    .map((line) => line.replace(/×|\uFE0F/g, '').replace(/^\s*•\s*/, '').trim())
    .filter(Boolean);
}
