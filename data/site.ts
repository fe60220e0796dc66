/**
 * The publisher. Article URLs are `baseUrl` + an article's slug; partners may
 * point them elsewhere with `<innateheal-provider base-url>`.
 */
export const site = {
  name: 'InnateHeal',
  baseUrl: 'https://innateheal.com/',
} as const;
