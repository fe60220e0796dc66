import {html, isServer, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {site} from '../../data/site.js';
import {SEEK_CARE, articleIds, getArticle, idOf} from '../../src/data.js';
import type {Article, Section} from '../../src/data.js';
import {define} from '../../src/define.js';
import {ignored} from '../../src/errors.js';
import {below, headingLevel} from '../../src/heading.js';
import {articleUrl} from '../../src/links.js';
import {addJsonLd, articleJsonLd} from '../../src/structured-data.js';
import {trimmed} from '../../src/text.js';
import {Widget} from '../../src/widget.js';
import {styles} from './health-article.styles.js';

/** How many sections render in the first task; the rest follow in the next. */
const FIRST_SECTIONS = 3;

/**
 * Lifts what hides a node, as the browser does for a target of its own (HTML's
 * "ancestor revealing algorithm"): a closed `<details>` opens, and
 * `hidden="until-found"` (GOV.UK's accordion) goes, after a `beforematch` that
 * lets the page's script follow. Up the tree as it is shown: through slots and
 * out of shadow roots, a partner's own elements' included.
 */
function reveal(node: Node | null | undefined) {
  for (; node; node = (node as Element).assignedSlot ?? node.parentNode ?? (node as ShadowRoot).host) {
    const panel = node as HTMLElement & HTMLDetailsElement;
    if (panel.hidden == 'until-found') {
      panel.dispatchEvent(new Event('beforematch', {bubbles: true}));
      panel.hidden = false;
    }
    if (panel.localName == 'details') panel.open = true;
  }
}

/**
 * A whole InnateHeal article, in the source's words: title, intro, every
 * section in order, and the "When to Seek Medical Care" guidance set apart.
 * A not-medical-advice notice and a linked "From InnateHeal" attribution are
 * always shown.
 *
 * @summary The whole leaky-gut article, or the sections you choose.
 *
 * @tagname health-article
 *
 * @csspart article - The article.
 * @csspart title - The article's title.
 * @csspart intro - An intro paragraph.
 * @csspart section - A section (each has its id, e.g. `when-to-seek-medical-care`).
 * @csspart callout - The "When to Seek Medical Care" section.
 * @csspart heading - A section heading.
 * @csspart list - A section's list.
 * @csspart note - A "Note:" line.
 * @csspart attribution - The "From InnateHeal" line.
 * @csspart notice - The not-medical-advice notice.
 * @csspart link - The links to the source article.
 * @csspart error - The message shown when `article` is unknown.
 *
 * @cssprop --ih-color-text - Text colour.
 * @cssprop --ih-color-muted - Secondary text colour.
 * @cssprop --ih-color-surface - Background.
 * @cssprop --ih-color-subtle - Note and callout background.
 * @cssprop --ih-color-accent - Links and callout border.
 * @cssprop --ih-color-border - Borders.
 * @cssprop --ih-color-focus - Focus ring.
 * @cssprop --ih-color-error - Error message colour.
 * @cssprop --ih-radius - Corner radius of the article and its callout.
 * @cssprop --ih-space - Inner padding.
 * @cssprop --ih-font-family - Font family (default: the page's).
 * @cssprop --ih-font-size - Base font size (default: the reader's browser setting).
 */
export class HealthArticle extends Widget {
  static override styles = [Widget.styles, styles];

  static override properties = {
    article: {},
    headingLevel: {attribute: 'heading-level'},
    sections: {},
    structuredData: {type: Boolean, attribute: 'structured-data'},
  };

  /** Id of the article. Default and only one so far: `leaky-gut`. */
  article = 'leaky-gut';

  /** Level of the title's heading, 2–6 (default 2); section headings are one level below, at most 6. */
  headingLevel?: string;

  /** Comma-separated section ids to show, in that order (e.g. `when-to-seek-medical-care,final-thoughts`; any case, spaces for hyphens). Default: all. */
  sections?: string;

  /** Adds schema.org `MedicalWebPage` JSON-LD for the article to the page's `<head>`, once, while the element is on the page. */
  structuredData = false;

  #record?: Article;
  #shown: Section[] = [];
  // The whole article is a lot to render in one task on a slow phone (50 ms
  // more at 4x CPU throttling): the first sections render at once, the rest
  // in the next task, below the fold by then (see firstUpdated for when not).
  #complete = false;
  #completed?: Promise<void>;
  #releaseJsonLd?: () => void;

  // The JSON-LD belongs in <head> whether or not the reader has scrolled here.
  // A page opened at a #fragment may be opened at one of its sections: it
  // renders at once, and then takes the reader there (handleEvent).
  protected override get _deferrable(): boolean {
    return super._deferrable && !this.structuredData && !location.hash;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // One listener object per element: `handleEvent` below, no closure.
    addEventListener('hashchange', this);
    addEventListener('click', this);
    if (this.hasUpdated) this.#syncJsonLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this);
    removeEventListener('click', this);
    this.#releaseJsonLd?.();
    this.#releaseJsonLd = undefined;
  }

  /**
   * Follows the page's `#section-id` to a section inside the shadow root,
   * where the browser's own fragment navigation cannot reach: on a
   * `hashchange`, a click on a link to the address the page is at, and (with
   * no event) once the article is whole.
   * @internal
   */
  handleEvent(event?: Event): void {
    // A click on a link to where the page is already, which changes no hash:
    // the reader who scrolled away from the section is taken back there.
    if (event?.type == 'click' && (event.composedPath()[0] as Element).closest?.('a')?.href != location.href) return;
    // Our ids are plain slugs: no decoding, which would throw on `#100%`.
    const id = location.hash.slice(1);
    if (!id) return;
    if (this.hasUpdated) {
      // By id, which takes any string: no selector to escape or to throw.
      const section = (this.renderRoot as ShadowRoot).getElementById(id);
      if (!section) return;
      // A closed <details> around the article (a partner's "Read the whole
      // article"), and the like, open.
      reveal(this);
      // Focus too (it can take it, tabindex -1), as the browser's own fragment
      // navigation moves where the next Tab and a screen reader go on from.
      section.focus();
      section.scrollIntoView();
    } else {
      // Put off until the reader comes near: it renders now, and comes back
      // here once whole (firstUpdated). Any fragment does it, a cheap guess.
      this._reveal();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('article')) {
      this.#record = getArticle(this.article);
    }
    if (changed.has('article') || changed.has('sections')) {
      this.#shown = this.#selectSections();
    }
  }

  protected override firstUpdated(): void {
    if (this.#complete) {
      this.handleEvent();
      return;
    }
    // Printed before the rest renders: whole at once.
    this._printWhole();
    this.#completed = new Promise((resolve) => {
      const finish = () => {
        // Whole already (its sections changed to a few, or it was printed):
        // that render is done, and updateComplete must not wait forever.
        if (this.#complete) return resolve();
        this.#complete = true;
        // The rest renders now, and printing no longer needs to (_printWhole).
        this._reveal();
        // Lit's own promise: ours (below) waits for this one.
        super.getUpdateComplete().then(() => {
          this.handleEvent();
          resolve();
        });
      };
      // In the frame that paints the first sections, once it has laid them
      // out and before it paints them: if they end in view, the page's own
      // content after the article shows, and would move when the rest
      // appears; so the rest renders now, in time for that paint. (A resize
      // observer's first report comes there; the rect read is then the layout
      // that frame has made, not one forced.)
      const check = new ResizeObserver(() => {
        check.disconnect();
        if (this.getBoundingClientRect().bottom <= innerHeight) finish();
      });
      check.observe(this);
      setTimeout(finish);
    });
  }

  // updateComplete waits for the whole article, not only its first sections.
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.#completed) await this.#completed;
    return result;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('article') || changed.has('structuredData')) {
      this.#releaseJsonLd?.();
      this.#releaseJsonLd = undefined;
      this.#syncJsonLd();
    }
  }

  #syncJsonLd() {
    if (this.structuredData && this.#record && !this.#releaseJsonLd) {
      // The canonical URL: no partner base URL or tracking in search data.
      const url = articleUrl(this.#record.slug);
      this.#releaseJsonLd = addJsonLd(this.#record.id, articleJsonLd(this.#record, url));
    }
  }

  /** The sections to show: the article's own array, as is, when none are chosen. */
  #selectSections(): Section[] {
    const all = this.#record?.sections ?? [];
    const sections = trimmed(this.sections);
    if (!sections) {
      return all;
    }
    const wanted = sections.split(',').map(idOf).filter(Boolean);
    const unknown = wanted.filter((id) => !all.some((s) => s.id === id));
    if (unknown.length) {
      ignored('health-article', 'section', unknown.join('", "'), all.map((s) => s.id).join(', '));
    }
    return wanted.flatMap((id) => all.filter((s) => s.id === id));
  }

  protected override render() {
    const article = this.#record;
    if (!article) {
      return this._renderInvalid('article', this.article, articleIds());
    }
    if (!this.#shown.length) {
      return this._renderInvalid('section', this.sections, article.sections.map((s) => s.id));
    }
    // Whole at once when printed, and when pre-rendered (on the server, and
    // on taking over a root that was): a reader with no script, or a crawler,
    // gets every section, and the script's render does not cut them to the
    // first ones until a later task (the page after it would show, and move).
    if (this.#shown.length <= FIRST_SECTIONS || this._printing || isServer || this.renderOptions.renderBefore) this.#complete = true;
    const level = headingLevel('health-article', this.headingLevel);
    const href = this._articleHref(article.slug);
    return html`<article class="box" part="article" aria-labelledby="title">
      <div class="h title" part="title" id="title" lang="en" role="heading" aria-level=${level}
        >${article.title}</div
      >
      ${this.#shown === article.sections
        ? // No sections chosen (#selectSections gives them all): the intro too.
          article.intro.map((text) => html`<p part="intro" lang="en">${text}</p>`)
        : nothing}
      ${(this.#complete ? this.#shown : this.#shown.slice(0, FIRST_SECTIONS)).map((section) =>
        this.#renderSection(section, below(level))
      )}
      <p class="attribution" part="attribution">
        ${this._strings.attribution}
        <a part="link" href=${href} target=${this._linkTarget} rel=${this._linkRel}>${site.name}</a>
      </p>
      ${this._renderNotice(article)}
    </article>`;
  }

  #renderSection(section: Section, level: number) {
    const callout = section.list?.id === SEEK_CARE ? 'callout' : '';
    return html`<section id=${section.id} class="stack ${callout}" part="section ${callout}" tabindex="-1">
      <div class="h" part="heading" role="heading" aria-level=${level} lang="en">${section.heading}</div>
      ${section.lead?.map((text) => html`<p lang="en">${text}</p>`)}
      ${section.subheading
        ? html`<div class="sub" role="heading" aria-level=${below(level)} lang="en">
            ${section.subheading}
          </div>`
        : nothing}
      ${section.list
        ? html`<ul class="bullets" part="list" lang="en">
            ${section.list.items.map((item) => html`<li>${item.text}</li>`)}
          </ul>`
        : nothing}
      ${section.note
        ? html`<p class="note" part="note"><strong>${this._strings.note}</strong> <span lang="en">${section.note}</span></p>`
        : nothing}
      ${section.closing ? html`<p lang="en">${section.closing}</p>` : nothing}
    </section>`;
  }
}

define('health-article', HealthArticle);

declare global {
  interface HTMLElementTagNameMap {
    'health-article': HealthArticle;
  }
}
