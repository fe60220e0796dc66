import type {CSSResult, CSSResultGroup} from 'lit';

/** Whether registration waits (`registerLater`): only in the two script-tag files. */
let later = false;

/**
 * Whether every widget renders as it is upgraded, none waiting for the
 * reader: a page that asks for its first paint to wait (`blocking="render"`
 * on our script tag, or on anything of its own) wants the widgets in that paint.
 */
export let renderAtOnce = false;

/**
 * Called first by the script-tag files (`src/embed.ts`): from then on each
 * element registers in a task of its own, the page's other work (input,
 * paint) able to run between them, and its stylesheets are made in the task
 * before. Not in the npm modules, whose importer may construct an element
 * right after the import.
 */
export function registerLater(): void {
  renderAtOnce = !!document.querySelector('[blocking~=render]');
  later = !renderAtOnce;
}

/**
 * Registers `ctor` as `tag` unless the tag is taken. A partner page may load
 * the bundle twice (two script tags, or two versions through two plugins);
 * `customElements.define` throws on the second call, so the first copy wins
 * and keeps rendering.
 */
export function define(tag: string, ctor: CustomElementConstructor & {styles?: CSSResultGroup}): void {
  const register = () => customElements.get(tag) || customElements.define(tag, ctor);
  if (later) {
    setTimeout(() => {
      // Each parsed into its stylesheet now; the first upgrade adopts it.
      [ctor.styles].flat(9).map((style) => (style as CSSResult | undefined)?.styleSheet);
      setTimeout(register);
    });
  } else {
    register();
  }
}
