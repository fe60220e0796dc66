/**
 * The shape of InnateHeal's bundled content. Every record is plain data:
 * text is rendered as text, never as HTML, and URLs are built by
 * `src/links.ts` from the slugs kept here.
 */

/** Ids of the article's bullet lists, addressable by `<gut-checklist list>`. */
export type ListId =
  | 'symptoms'
  | 'deficiencies'
  | 'nervous-system'
  | 'contributors'
  | 'hormonal'
  | 'lifestyle'
  | 'mind-body'
  | 'worsens'
  | 'seek-care';

export type NutrientId =
  | 'zinc'
  | 'glutamine'
  | 'vitamin-a'
  | 'vitamin-d'
  | 'omega-3'
  | 'magnesium'
  | 'glycine'
  | 'b-complex'
  | 'l-theanine';

export interface ListItem {
  /** Stable within its list; used for checklist state and persistence. */
  id: string;
  /** The bullet in the source's own words. */
  text: string;
}

export interface ArticleList {
  id: ListId;
  items: ListItem[];
}

export interface Section {
  /** Anchor id, stable for deep links (`#when-to-seek-medical-care`). */
  id: string;
  heading: string;
  /** Paragraphs between the heading and the list. */
  lead?: string[];
  /** A sub-heading directly above the list. */
  subheading?: string;
  list?: ArticleList;
  /** The text of a "Note:" line, without the label. */
  note?: string;
  /** The paragraph after the list. */
  closing?: string;
}

export interface Article {
  id: string;
  /** Path segment of the article on the publisher's site. */
  slug: string;
  title: string;
  /** The condition the article is about, in its intro's words (for schema.org `about`). */
  condition: {name: string; alternateName?: string};
  intro: string[];
  sections: Section[];
}

/**
 * `deficiency`: the article names what a lack of the nutrient is linked to
 * ("Zinc Deficiency: impaired gut lining repair"); `support`: what the
 * nutrient does ("Magnesium – reduces stress-induced gut permeability").
 */
export type RoleKind = 'deficiency' | 'support';

export interface NutrientRole {
  kind: RoleKind;
  /** The role in the source's words; must appear in that list's item for the nutrient. */
  text: string;
  /** The list (and so the section) that says so: its item with the nutrient's id. */
  list: ListId;
}

export interface Nutrient {
  id: NutrientId;
  name: string;
  roles: NutrientRole[];
}

export interface Teaser {
  slug: string;
  category: string;
  title: string;
  subtitle: string;
  /** The source cut the title off; it is kept as the source shows it. */
  truncated?: boolean;
}
