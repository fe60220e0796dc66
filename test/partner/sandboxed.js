// Inside <iframe sandbox="allow-scripts">: an opaque origin with no storage.
// Ticks the checklist and moves the carousel as a reader would, then tells
// the parent page (which cannot look inside) what happened.
const report = (result) => parent.postMessage({sandboxed: result}, '*');

try {
  await Promise.all(['gut-checklist', 'hot-articles'].map((tag) => customElements.whenDefined(tag)));
  const checklist = document.querySelector('gut-checklist');
  const carousel = document.querySelector('hot-articles');
  // As a reader would: scroll to each before using it (below the fold, a
  // widget renders as the reader nears it).
  for (const widget of [checklist, carousel]) {
    widget.scrollIntoView();
    const deadline = Date.now() + 2000;
    while (!widget.shadowRoot.childElementCount) {
      if (Date.now() > deadline) throw new Error(`<${widget.localName}> did not render within 2 s of scrolling to it`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  let storage = 'available';
  try {
    void window.localStorage;
  } catch (error) {
    storage = error.name;
  }
  const box = checklist.shadowRoot.querySelector('input[type=checkbox]');
  box.click();
  await checklist.updateComplete;
  const scroller = carousel.shadowRoot.querySelector('[part=slides]');
  const next = carousel.shadowRoot.querySelector('[part=next]');
  // As a reader sees it: "next" turns usable once the carousel knows which
  // cards are in view (a frame or two after it renders; longer on a busy machine).
  for (const deadline = Date.now() + 2000; next.getAttribute('aria-disabled') === 'true' && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const moved = new Promise((resolve) => scroller.addEventListener('scroll', resolve, {once: true}));
  next.click();
  await Promise.race([moved, new Promise((resolve) => setTimeout(resolve, 2000))]);
  report({
    origin: self.origin,
    storage,
    checked: checklist.checked,
    summary: checklist.shadowRoot.querySelector('[part=summary]').textContent.trim(),
    scrolled: scroller.scrollLeft,
    errors: probe.errors,
  });
} catch (error) {
  report({failure: String(error)});
}
