import {html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {SEEK_CARE, getList, listIds} from '../../src/data.js';
import type {ListRef} from '../../src/data.js';
import {define} from '../../src/define.js';
import {readJson, writeJson} from '../../src/storage.js';
import {format} from '../../src/strings.js';
import {trimmed} from '../../src/text.js';
import {Widget} from '../../src/widget.js';
import {styles} from './gut-checklist.styles.js';

/** Lists that name symptoms: ticking one shows the seek-care guidance. */
const SYMPTOM_LISTS = new Set(['symptoms', SEEK_CARE]);

export interface GutChecklistChangeDetail {
  /** The article the list comes from, e.g. `leaky-gut`. */
  article: string;
  /** The list id, e.g. `symptoms`. */
  list: string;
  /** Ids of the ticked items, in list order. */
  checked: string[];
  /** How many items the list has. */
  total: number;
}

/**
 * One of the leaky-gut article's lists as a checklist a reader ticks, with a
 * live summary, a reset button and, for symptom lists, the article's "When
 * to Seek Medical Care" guidance once anything is ticked.
 *
 * In a `<form>` it is a form control, as a group of native checkboxes is:
 * with a `name`, the form submits one `name=<item id>` entry per ticked item;
 * `required`, `disabled` (or a disabled `<fieldset>` around it), the form's
 * reset and the browser's restoring of a form all work as on native controls.
 *
 * @summary Tick what applies to you from one of the article's lists.
 *
 * @tagname gut-checklist
 *
 * @attr {boolean} disabled - Every box disabled, and nothing submitted, as inside a disabled `<fieldset>`.
 *
 * @fires {CustomEvent<GutChecklistChangeDetail>} gut-checklist-change - After every tick, untick or reset by the reader (not when `checked` is set from script, nor when the reader's ticks change in another tab).
 *
 * @csspart box - The checklist's outer box.
 * @csspart group - The fieldset around the list, summary and guidance.
 * @csspart heading - The checklist's title (the fieldset's legend).
 * @csspart list - The list of items.
 * @csspart item - One item.
 * @csspart checkbox - An item's checkbox.
 * @csspart summary - The "2 of 4 ticked" summary, a polite live region; while the guidance shows, it also names it for screen readers.
 * @csspart reset - The reset button.
 * @csspart guidance - The "When to Seek Medical Care" callout.
 * @csspart notice - The not-medical-advice notice.
 * @csspart link - The link to the full article, inside the notice.
 * @csspart error - The message shown when `list` is unknown.
 *
 * @cssprop --ih-color-text - Text colour.
 * @cssprop --ih-color-muted - Secondary text colour.
 * @cssprop --ih-color-surface - Background.
 * @cssprop --ih-color-subtle - Hover and callout background.
 * @cssprop --ih-color-accent - Checkboxes, button, links and callout border.
 * @cssprop --ih-color-border - Borders.
 * @cssprop --ih-color-focus - Focus ring.
 * @cssprop --ih-color-error - Error message colour.
 * @cssprop --ih-radius - Corner radius.
 * @cssprop --ih-space - Inner padding.
 * @cssprop --ih-font-family - Font family (default: the page's).
 * @cssprop --ih-font-size - Base font size (default: the reader's browser setting).
 */
export class GutChecklist extends Widget {
  static override styles = [Widget.styles, styles];

  static formAssociated = true;

  static override properties = {
    list: {},
    heading: {},
    persist: {type: Boolean},
    name: {},
    required: {type: Boolean, reflect: true},
    checked: {attribute: false},
  };

  /** Id of the article list: `symptoms` (default), `deficiencies`, `nervous-system`, `contributors`, `hormonal`, `lifestyle`, `mind-body`, `worsens` or `seek-care`, in any case, spaces for hyphens. */
  list = 'symptoms';

  /** Replaces the list's section title as the checklist's title. */
  heading?: string;

  /** Keep the reader's ticks across visits (localStorage, per article and list), the same in every tab. */
  persist = false;

  /** Its name in a form: on submit, one `name=<item id>` entry per ticked item. Without it, it submits nothing. */
  name?: string;

  /** The form does not submit until at least one item is ticked. */
  required = false;

  /** Every box disabled, and nothing submitted, as inside a disabled `<fieldset>`. */
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  // The attribute at once, as on native controls: the browser reads it, and
  // calls formDisabledCallback, outside Lit's update (which would drop it).
  set disabled(disabled: boolean) {
    this.toggleAttribute('disabled', !!disabled);
  }

  readonly #internals = this.attachInternals();
  /** Its own `disabled`, or a disabled `<fieldset>` around it. */
  #disabled = false;

  /** The form it belongs to, or null. */
  get form() {
    return this.#internals.form;
  }

  /** `gut-checklist`, as `type` names a native control's kind. */
  get type() {
    return this.localName;
  }

  /** `valueMissing` while it is `required` and nothing is ticked. */
  get validity() {
    return this.#internals.validity;
  }

  /** The browser's message while it is invalid: the provider's `strings.checklistRequired`. */
  get validationMessage() {
    return this.#internals.validationMessage;
  }

  /** Whether the form checks it: not while disabled. */
  get willValidate() {
    return this.#internals.willValidate;
  }

  /** Whether it is valid; if not, fires `invalid` at it. */
  checkValidity() {
    return this.#internals.checkValidity();
  }

  /** As `checkValidity()`, and if invalid the browser shows its message at the first box. */
  reportValidity() {
    return this.#internals.reportValidity();
  }

  #ticked = new Set<string>();
  #ref?: ListRef;

  /** Ids of the ticked items, in list order. Setting it does not fire `gut-checklist-change`. */
  get checked(): string[] {
    return this.#ref?.list.items.filter((item) => this.#ticked.has(item.id)).map((item) => item.id) ?? [
      ...this.#ticked,
    ];
  }
  // Lit wraps this accessor and requests the update.
  set checked(ids: string[]) {
    this.#ticked = new Set(Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : []);
    this.#checkedFromScript = true;
  }
  #checkedFromScript = false;
  /** A write to storage failed this visit: from then on the ticks live here only. */
  #unsaved = false;

  get #storageKey() {
    return `innateheal:${this.#ref!.article.id}:${this.#ref!.list.id}`;
  }

  /** Takes the stored ticks, where they are kept (`persist`) and no script said what is ticked. */
  #load() {
    if (this.persist && this.#ref && !this.#checkedFromScript && !this.#unsaved) {
      const stored = readJson(this.#storageKey);
      if (Array.isArray(stored)) this.#ticked = new Set(stored.map(String));
    }
  }

  /** Stores the ticks, where they are kept; a write that fails leaves them to the visit. */
  #save() {
    if (this.persist && this.#ref && !this.#unsaved) this.#unsaved = !writeJson(this.#storageKey, this.checked);
  }

  // The same list in another tab: its ticks are this reader's too.
  #onStorage = (event: StorageEvent) => {
    if (this.#ref && event.key === this.#storageKey) {
      this.#load();
      this.requestUpdate();
    }
  };

  // Only a list that keeps its ticks listens: a storage listener makes
  // Chromium open the page's storage, about 8 ms at 4× CPU on a page load,
  // for a list that keeps nothing.
  #listen(on: boolean) {
    if (on) addEventListener('storage', this.#onStorage);
    else removeEventListener('storage', this.#onStorage);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.persist) this.#listen(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen(false);
  }

  // In a form it renders at once, wherever it is: what it submits, and
  // whether it is valid, are known before the reader scrolls near it.
  protected override get _deferrable(): boolean {
    return super._deferrable && !this.form;
  }

  /** The form's reset: nothing ticked, and with `persist` nothing stored. */
  formResetCallback() {
    this.#ticked.clear();
    this.#checkedFromScript = false;
    this.#save();
    this.requestUpdate();
  }

  /** Its own `disabled`, or a disabled `<fieldset>` around it, changed: the boxes follow. */
  formDisabledCallback(disabled: boolean) {
    this.#disabled = disabled;
    this.requestUpdate();
  }

  /** Back to a page, the browser gives back what was ticked: the state `updated` saves. */
  formStateRestoreCallback(state: string) {
    this.checked = state.split(' ');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('list')) {
      const previous = this.#ref;
      this.#ref = getList(this.list);
      // Another list starts afresh, unless the ticks for it came with it (a
      // framework sets both properties at once).
      if (previous && previous !== this.#ref && !changed.has('checked')) {
        this.#ticked.clear();
        this.#checkedFromScript = false;
      }
    }
    if (changed.has('list') || changed.has('persist')) this.#load();
    if (changed.has('persist')) this.#listen(this.persist && this.isConnected);
  }

  // Pre-rendered: what the reader ticked before the script came is kept, and
  // stored with `persist` (only then: ticks set from script are not stored).
  protected override update(changed: PropertyValues): void {
    if (!this.hasUpdated) {
      for (const box of this.renderRoot.querySelectorAll('input')) {
        if (box.checked) {
          this.#ticked.add(box.value);
          this.#save();
        }
      }
    }
    super.update(changed);
  }

  protected override updated(): void {
    const checked = this.checked;
    const value = new FormData();
    for (const id of checked) value.append(this.name!, id);
    this.#internals.setFormValue(this.name ? value : null, checked.join(' '));
    // An unknown list, with nothing to tick, never holds a form up.
    this.#internals.setValidity(
      {valueMissing: this.required && !!this.#ref && !checked.length},
      this._strings.checklistRequired,
      this.renderRoot.querySelector('input') ?? undefined
    );
  }

  protected override render() {
    const ref = this.#ref;
    // Every bundled list has items: test/data.test.ts validates them.
    if (!ref) {
      return this._renderInvalid('list', this.list, listIds());
    }
    const {list, section, article} = ref;
    const strings = this._strings;
    const checked = this.checked;
    const intro = section.subheading ?? section.lead?.at(-1);
    // The partner's own heading is in the page's language; ours is English.
    const heading = trimmed(this.heading);
    // Once anything is ticked on a symptom list, the seek-care guidance shows
    // below; the live summary names it, or a screen reader would not say so.
    const care = SYMPTOM_LISTS.has(list.id) && checked.length ? getList(SEEK_CARE) : undefined;
    return html`<div class="box" part="box">
      <fieldset class="stack" part="group" ?disabled=${this.#disabled}>
        <legend class="h" part="heading" lang=${heading ? nothing : 'en'}>${heading || section.heading}</legend>
        ${intro ? html`<p class="muted" lang="en">${intro}</p>` : nothing}
        <ul part="list" lang="en">
          ${list.items.map(
            (item) => html`<li part="item">
              <label>
                <input
                  type="checkbox"
                  part="checkbox"
                  .value=${item.id}
                  .checked=${this.#ticked.has(item.id)}
                  @change=${this.#onToggle}
                />
                <span>${item.text}</span>
              </label>
            </li>`
          )}
        </ul>
        <div class="row status">
          <p part="summary" aria-live="polite">
            ${format(strings.checklistSummary, {checked: checked.length, total: list.items.length})}<span class="vh" lang="en"
              >${care ? `. ${care.section.heading}` : ''}</span
            >
          </p>
          <button class="btn" type="button" part="reset" @click=${this.#onReset}>${strings.checklistReset}</button>
        </div>
        ${care ? this.#renderGuidance(ref, care) : nothing}
      </fieldset>
      ${this._renderNotice(article)}
    </div>`;
  }

  #renderGuidance(ticking: ListRef, care: ListRef) {
    // Ticking the seek-care list itself: repeat back only what was ticked.
    const items =
      ticking === care ? care.list.items.filter((item) => this.#ticked.has(item.id)) : care.list.items;
    return html`<div class="callout stack" part="guidance" lang="en">
      <p><strong>${care.section.heading}</strong></p>
      ${care.section.lead?.map((text) => html`<p>${text}</p>`)}
      <ul class="bullets">
        ${items.map((item) => html`<li>${item.text}</li>`)}
      </ul>
    </div>`;
  }

  #onToggle(event: Event) {
    const {checked, value} = event.target as HTMLInputElement;
    this.#change((ticked) => (checked ? ticked.add(value) : ticked.delete(value)));
  }

  #onReset() {
    this.#change((ticked) => ticked.clear());
  }

  /**
   * Makes the reader's change to the ticks as stored, which another tab may
   * have changed since, not to this tab's view of them: so no tab undoes a
   * tick or untick made in another.
   */
  #change(apply: (ticked: Set<string>) => unknown) {
    this.#load();
    apply(this.#ticked);
    this.#save();
    this.requestUpdate();
    const checked = this.checked;
    const {article, list} = this.#ref!;
    this.dispatchEvent(
      new CustomEvent<GutChecklistChangeDetail>('gut-checklist-change', {
        bubbles: true,
        composed: true,
        detail: {article: article.id, list: list.id, checked, total: list.items.length},
      })
    );
  }
}

define('gut-checklist', GutChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'gut-checklist': GutChecklist;
  }
  interface HTMLElementEventMap {
    'gut-checklist-change': CustomEvent<GutChecklistChangeDetail>;
  }
}
