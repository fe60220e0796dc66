// One preview of the widget builder (docs/builder.js): builds, through DOM
// APIs, the widget it describes on a light or dark page. Never parses HTML.
const ALLOWED = /^[a-z][a-z-]*$/;

/** `tag` with `attributes` (names checked: only ours reach here, but a message is input). */
function element(tag, attributes) {
  const el = document.createElement(tag);
  for (const [name, value] of attributes) if (ALLOWED.test(name) && !name.startsWith('on')) el.setAttribute(name, value);
  return el;
}

addEventListener('message', ({origin, data}) => {
  const config = data?.innatehealPreview;
  if (origin !== location.origin || !config || !/^(nutrient-card|gut-checklist|hot-articles|health-article)$/.test(config.tag)) return;
  document.documentElement.classList.toggle('dark', config.scheme === 'dark');
  const widget = element(config.tag, config.attributes);
  for (const [name, value] of config.tokens) if (name.startsWith('--ih-')) widget.style.setProperty(name, value);
  let content = widget;
  if (config.tag === 'nutrient-card' && widget.getAttribute('variant') === 'compact') {
    content = document.createElement('p');
    content.append('Nutrients such as ', widget, ' matter.');
  }
  if (config.inForm) {
    const form = document.createElement('form');
    form.append(content);
    content = form;
  }
  if (config.provider.length) {
    const provider = element('innateheal-provider', config.provider);
    provider.append(content);
    content = provider;
  }
  document.body.replaceChildren(content);
});
