import {html, isServer, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {getList, getNutrient, nutrientIds} from '../../src/data.js';
import type {Nutrient, NutrientRole} from '../../src/data.js';
import {define} from '../../src/define.js';
import {keyword} from '../../src/errors.js';
import {Widget} from '../../src/widget.js';
import {styles} from './nutrient-card.styles.js';

const VARIANTS: readonly NutrientCardVariant[] = ['full', 'compact'];

/**
 * A nutrient from InnateHeal's leaky-gut article: what the article says
 * about it, which section says so, and a link to read more.
 *
 * @summary A nutrient's role in gut health, as a card or an inline chip.
 *
 * @tagname nutrient-card
 *
 * @slot - `variant="compact"` only: the chip's label, in place of the nutrient's name.
 *
 * @csspart card - The full card's box.
 * @csspart name - The nutrient's name.
 * @csspart roles - The list of roles.
 * @csspart role - One role the article gives the nutrient.
 * @csspart section - The article section a role comes from.
 * @csspart notice - The not-medical-advice notice.
 * @csspart link - The "Read the article" link, inside the notice.
 * @csspart chip - The compact chip (a button).
 * @csspart tooltip - The compact chip's tooltip.
 * @csspart error - The message shown when `nutrient` is unknown.
 *
 * @cssprop --ih-color-text - Text colour.
 * @cssprop --ih-color-muted - Secondary text colour.
 * @cssprop --ih-color-surface - Card background.
 * @cssprop --ih-color-subtle - Chip background.
 * @cssprop --ih-color-accent - Link colour.
 * @cssprop --ih-color-border - Borders.
 * @cssprop --ih-color-focus - Focus ring.
 * @cssprop --ih-color-error - Error message colour.
 * @cssprop --ih-radius - Corner radius.
 * @cssprop --ih-space - Inner padding.
 * @cssprop --ih-font-family - Font family (default: the page's).
 * @cssprop --ih-font-size - Base font size of the full card (default: the reader's browser setting).
 */
export class NutrientCard extends Widget {
  static override styles = [Widget.styles, styles];

  // `_` members: internal reactive state. `attribute: false` is all that
  // Lit's `state: true` would do, and all the manifest analyzer reads.
  static override properties = {
    nutrient: {},
    // useDefault: the default 'full' is not written onto every card's host.
    variant: {reflect: true, useDefault: true},
    _dismissed: {attribute: false},
  };

  /** Id of the nutrient: `zinc`, `glutamine`, `vitamin-a`, `vitamin-d`, `omega-3`, `magnesium`, `glycine`, `b-complex` or `l-theanine`, in any case, spaces for hyphens (`Vitamin D`). */
  nutrient?: string;

  /** `full` (default): a card. `compact`: an inline chip that shows the role on hover and focus. Any case. */
  variant: 'full' | 'compact' = 'full';

  /** Escape hid the tooltip until the reader asks for it again: the pointer comes back, or focus does. */
  private _dismissed = false;

  #record?: Nutrient;

  // The chip sits inside a sentence. Read as any keyword attribute is (an
  // unknown one warns, once, and gives the card).
  get #compact(): boolean {
    return keyword('nutrient-card', 'variant', this.variant, VARIANTS) === 'compact';
  }

  // A chip waits for the reader as every widget does, but with its label
  // showing (a <slot>) in the chip's own box: its sentence keeps its words
  // and nothing in the line moves when it renders. Its first render replaces
  // the slot, as Widget's does a pre-rendered root's content (what follows
  // `renderBefore`). Not when pre-rendering: the server's root is not a DOM.
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    if (this.#compact && !isServer && !root.firstChild) root.append((this.renderOptions.renderBefore = new Text()), document.createElement('slot'));
    return root;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('nutrient')) {
      this.#record = getNutrient(this.nutrient);
    }
  }

  protected override render() {
    const nutrient = this.#record;
    if (!nutrient) {
      return this._renderInvalid('nutrient', this.nutrient, nutrientIds());
    }
    return this.#compact ? this.#renderChip(nutrient) : this.#renderCard(nutrient);
  }

  // "Deficiency:" before a role the article gives the nutrient's deficiency.
  #label(role: NutrientRole) {
    return role.kind === 'deficiency' ? html`<b>${this._strings.deficiency}</b> ` : nothing;
  }

  #renderCard(nutrient: Nutrient) {
    const article = getList(nutrient.roles[0].list)!.article;
    const from = this._strings.fromSection;
    return html`<div class="box" part="card">
      <p class="h" part="name" lang="en">${nutrient.name}</p>
      <ul class="stack" part="roles">
        ${nutrient.roles.map(
          (role) => html`<li part="role">
            ${this.#label(role)}<span lang="en">${role.text}</span>
            <span class="section muted" part="section"
              >${from} <span lang="en">${`“${getList(role.list)?.section.heading}”`}</span
            ></span>
          </li>`
        )}
      </ul>
      ${this._renderNotice(article)}
    </div>`;
  }

  #renderChip(nutrient: Nutrient) {
    return html`<span class=${this._dismissed ? 'dismissed' : ''}
      @mouseenter=${this.#show}
      ><button
        class="chip"
        part="chip"
        type="button"
        aria-describedby="tip"
        @focus=${this.#show}
        @keydown=${this.#onChipKeydown}
      >
        <slot lang="en">${nutrient.name}</slot></button
      ><span class="tip" id="tip" role="tooltip" part="tooltip" popover="manual"
        ><ul class="stack" part="roles">
          ${nutrient.roles.map((role) => html`<li part="role">${this.#label(role)}<span lang="en">${role.text}</span></li>`)}
        </ul></span
      ></span
    >`;
  }

  // WCAG 1.4.13: a tooltip shown on hover or focus can be dismissed with Escape.
  #onChipKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !this._dismissed) {
      this._dismissed = true;
      event.stopPropagation();
    }
  }

  // Hover or focus asks for the tooltip, again after an Escape. Where the
  // browser has popovers it goes into the top layer, as it shows, before it
  // paints: a partner's box that clips what overflows it (many themes' content
  // box has `overflow: hidden`) would cut it off. There it is placed from the
  // page's corner, below the chip as in flow; the styles still say when it
  // shows. A chip near the screen's edge (on a phone, most are) would open it
  // past the edge and widen the page: a margin moves it back within the
  // viewport (a translate would not: Chromium still counts the box where it
  // was in the page's width).
  async #show() {
    if (this._dismissed) {
      this._dismissed = false;
      // Measured below: first let it show.
      await this.updateComplete;
    }
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip')!;
    if (tip.showPopover) {
      // Once open it stays open: asked again, it does nothing (so the spec
      // has said since 2023).
      tip.showPopover();
      const {left, bottom} = this.getBoundingClientRect();
      tip.style.inset = `${bottom + scrollY + 4}px auto auto ${left + scrollX}px`;
    }
    tip.style.marginLeft = '';
    const {left, right} = tip.getBoundingClientRect();
    tip.style.marginLeft = `${Math.max(8 - left, Math.min(0, document.documentElement.clientWidth - 8 - right))}px`;
  }
}

export type NutrientCardVariant = NutrientCard['variant'];

define('nutrient-card', NutrientCard);

declare global {
  interface HTMLElementTagNameMap {
    'nutrient-card': NutrientCard;
  }
}
