/**
 * Registers `ctor` as `tag` unless the tag is taken. A partner page may load
 * the bundle twice (two script tags, or two versions through two plugins);
 * `customElements.define` throws on the second call, so the first copy wins
 * and keeps rendering.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) {
    customElements.define(tag, ctor);
  }
}
