// The widget builder (docs/builder.html, made by scripts/builder.mjs): reads
// its controls, writes the blocks a partner copies, and shows the real
// widget in the preview frames. Text only, through DOM APIs: the page runs
// under a strict CSP with Trusted Types, as a partner's may.
const data = JSON.parse(document.getElementById('builder-data').textContent);
const form = document.getElementById('builder');

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** What the controls say: the element, its attributes, the provider's, the tokens, and whether it sits in a form. */
function read() {
  const tag = form.elements.element.value;
  const attributes = (fieldset) => {
    const pairs = [];
    for (const control of form.querySelectorAll(`fieldset[data-for="${fieldset}"] [data-attr]`)) {
      const name = control.dataset.attr;
      if (control.type === 'checkbox') {
        if (control.checked) pairs.push([name, '']);
      } else if (control.value.trim()) {
        pairs.push([name, control.value.trim()]);
      }
    }
    return pairs;
  };
  const own = attributes(tag);
  if (tag === 'health-article') {
    const sections = [...form.querySelectorAll('[data-section]:checked')].map((box) => box.value);
    if (sections.length) own.unshift(['sections', sections.join(',')]);
  }
  const inForm = tag === 'gut-checklist' && form.querySelector('[data-setting=form]').checked;
  const tokens = [];
  for (const control of form.querySelectorAll('[data-token]')) {
    const on = form.querySelector(`[data-token-on="${control.dataset.token}"]`);
    if ((on ? on.checked : true) && control.value) tokens.push([control.dataset.token, control.value]);
  }
  return {tag, attributes: own, provider: attributes('innateheal-provider'), tokens, inForm};
}

const startTag = (tag, attributes) =>
  `<${tag}${attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}>`;

/** The markup a partner pastes where the widget goes. */
function markup({tag, attributes, provider, inForm}) {
  let html = `${startTag(tag, attributes)}</${tag}>`;
  if (tag === 'nutrient-card' && attributes.some(([name, value]) => name === 'variant' && value === 'compact')) {
    html = `<p>Nutrients such as ${html} matter.</p>`;
  }
  if (inForm) {
    html = `<form action="/your-intake" method="post">\n  <label>Your name <input name="patient" autocomplete="name" required /></label>\n  ${html}\n  <button>Send</button>\n</form>`;
  }
  if (provider.length) html = `${startTag('innateheal-provider', provider)}\n  ${html.replace(/\n/g, '\n  ')}\n</innateheal-provider>`;
  return html;
}

function css({tag, provider, tokens}) {
  const blocks = [data.reserve[tag]];
  if (provider.length) blocks.push(data.provider);
  if (tokens.length) blocks.push(`${tag} {\n${tokens.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`);
  return blocks.join('\n');
}

/** For a build that pre-renders: the command, and the style-src hashes the widget (and its provider) need. */
function prerender({tag, provider}) {
  const hashes = [data.styleHashes[tag], ...(provider.length ? [data.styleHashes['innateheal-provider']] : [])];
  return `npx innateheal-widgets prerender page.html -o page.html\n\nContent-Security-Policy: style-src 'self' ${hashes.join(' ')}`;
}

function update() {
  const config = read();
  for (const fieldset of form.querySelectorAll('fieldset[data-for]')) {
    fieldset.hidden = fieldset.dataset.for !== config.tag && fieldset.dataset.for !== 'innateheal-provider';
  }
  document.getElementById('out-script').textContent = data.script;
  document.getElementById('out-css').textContent = css(config);
  document.getElementById('out-markup').textContent = markup(config);
  document.getElementById('out-prerender').textContent = prerender(config);
  // The frames build the same widget from this description (docs/preview.js).
  for (const frame of document.querySelectorAll('.preview iframe')) {
    frame.contentWindow?.postMessage({innatehealPreview: {...config, scheme: frame.dataset.scheme}}, location.origin);
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
for (const frame of document.querySelectorAll('.preview iframe')) frame.addEventListener('load', update);
update();

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const status = document.getElementById('copied');
    const title = document.getElementById(button.getAttribute('aria-describedby')).textContent;
    try {
      await navigator.clipboard.writeText(document.getElementById(button.dataset.copy).textContent);
      status.textContent = `Copied: ${title}`;
    } catch {
      // No clipboard (an insecure page, a refusal): select the block to copy by hand.
      getSelection().selectAllChildren(document.getElementById(button.dataset.copy));
      status.textContent = `Selected: ${title}. Copy it with your keyboard or menu.`;
    }
  });
}
