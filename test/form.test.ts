import {expect, fixture, html, nextFrame, waitUntil} from '@open-wc/testing';
import '../src/index.js';
import type {GutChecklist} from '../components/gut-checklist/gut-checklist.js';
import {boxes, farBelow, reserving} from './helpers.js';
import {loadPartnerPage} from './partner/frame.js';
import type {PartnerWindow} from './partner/frame.js';

// docs/elements.md, "In a form": a form control, as a group of
// native checkboxes would be.


/** Ticks the items with these ids, as a reader clicks them. */
async function tick(el: GutChecklist, ...ids: string[]) {
  for (const box of boxes(el)) if (ids.includes(box.value)) box.click();
  await el.updateComplete;
}

async function inForm(checklist: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form>${checklist}</form>`);
  const el = form.querySelector('gut-checklist')!;
  await el.updateComplete;
  return {form, el};
}

const entries = (form: HTMLFormElement) => [...new FormData(form)];

describe('<gut-checklist> as a form control', () => {
  it('gives the form one entry per ticked item, in list order, and none when nothing is ticked', async () => {
    const {form, el} = await inForm(html`<gut-checklist name="symptoms"></gut-checklist>`);
    expect(entries(form)).to.deep.equal([]);
    await tick(el, 'skin', 'bloating');
    expect(entries(form)).to.deep.equal([
      ['symptoms', 'bloating'],
      ['symptoms', 'skin'],
    ]);
    await tick(el, 'skin');
    expect(entries(form)).to.deep.equal([['symptoms', 'bloating']]);
    el.checked = ['fatigue'];
    await el.updateComplete;
    expect(entries(form), 'ticks set from script').to.deep.equal([['symptoms', 'fatigue']]);
  });

  it('submits nothing at all without a name', async () => {
    const {form, el} = await inForm(html`<gut-checklist></gut-checklist>`);
    await tick(el, 'bloating');
    expect(entries(form)).to.deep.equal([]);
    el.name = 'symptoms';
    await el.updateComplete;
    expect(entries(form)).to.deep.equal([['symptoms', 'bloating']]);
  });

  it('reads form, name, type, validity and willValidate as native controls do', async () => {
    const {form, el} = await inForm(html`<gut-checklist name="symptoms"></gut-checklist>`);
    expect(el.form).to.equal(form);
    expect(el.name).to.equal('symptoms');
    expect(el.type).to.equal('gut-checklist');
    expect(el.validity.valid).to.equal(true);
    expect(el.willValidate).to.equal(true);
    expect(el.checkValidity()).to.equal(true);
    expect([...form.elements]).to.include(el);
    const alone = await fixture<GutChecklist>(html`<gut-checklist></gut-checklist>`);
    expect(alone.form).to.equal(null);
  });

  it('joins the form its form attribute names, from elsewhere on the page', async () => {
    const page = await fixture(html`<div>
      <form id="intake-form"></form>
      <gut-checklist name="symptoms" form="intake-form" eager></gut-checklist>
    </div>`);
    const form = page.querySelector('form')!;
    const el = page.querySelector('gut-checklist')!;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    await tick(el, 'fatigue');
    expect(entries(form)).to.deep.equal([['symptoms', 'fatigue']]);
  });

  for (const how of ['its disabled attribute', 'a disabled fieldset around it']) {
    it(`is disabled by ${how}: every box and the reset button, and nothing submitted`, async () => {
      const {form, el} = await inForm(html`<fieldset><gut-checklist name="symptoms" required></gut-checklist></fieldset>`);
      await tick(el, 'bloating');
      const disable = (on: boolean) =>
        how.startsWith('its') ? (el.disabled = on) : form.querySelector('fieldset')!.toggleAttribute('disabled', on);
      const disabled = (control: Element) => control.matches(':disabled');
      disable(true);
      await waitUntil(() => disabled(boxes(el)[0]), 'the boxes never disabled');
      expect(boxes(el).every(disabled)).to.equal(true);
      expect(disabled(el.shadowRoot!.querySelector('[part=reset]')!)).to.equal(true);
      expect(el.matches(':disabled')).to.equal(true);
      expect(entries(form)).to.deep.equal([]);
      expect(el.willValidate, 'barred from validation').to.equal(false);
      if (how.startsWith('its')) expect(el.hasAttribute('disabled'), 'reflected').to.equal(true);
      disable(false);
      await waitUntil(() => !disabled(boxes(el)[0]), 'the boxes never enabled again');
      expect(boxes(el).some(disabled)).to.equal(false);
      expect(entries(form)).to.deep.equal([['symptoms', 'bloating']]);
    });
  }

  for (const how of ['form.reset()', 'a reset button']) {
    it(`unticks on ${how}, clears what persist stored, and fires no event`, async () => {
      localStorage.removeItem('innateheal:leaky-gut:symptoms');
      const {form, el} = await inForm(html`<gut-checklist name="symptoms" persist></gut-checklist><button type="reset">Clear</button>`);
      await tick(el, 'bloating', 'skin');
      expect(JSON.parse(localStorage.getItem('innateheal:leaky-gut:symptoms')!)).to.deep.equal(['bloating', 'skin']);
      let events = 0;
      el.addEventListener('gut-checklist-change', () => events++);
      if (how === 'form.reset()') form.reset();
      else form.querySelector('button')!.click();
      // (Chromium resets a form-associated element a moment after the button's click.)
      await waitUntil(() => !boxes(el).some((box) => box.checked), 'the boxes were never unticked');
      expect(el.checked).to.deep.equal([]);
      expect(entries(form)).to.deep.equal([]);
      expect(JSON.parse(localStorage.getItem('innateheal:leaky-gut:symptoms')!)).to.deep.equal([]);
      expect(events).to.equal(0);
      localStorage.removeItem('innateheal:leaky-gut:symptoms');
    });
  }

  it('holds a required form back until something is ticked, with the message in the provider\'s strings', async () => {
    const provider = await fixture(html`<innateheal-provider>
      <form><gut-checklist name="symptoms" required></gut-checklist></form>
    </innateheal-provider>`);
    const form = provider.querySelector('form')!;
    const el = provider.querySelector('gut-checklist')!;
    await el.updateComplete;
    expect(el.hasAttribute('required')).to.equal(true);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Tick at least one item.');
    expect(form.checkValidity()).to.equal(false);
    expect(el.matches(':invalid')).to.equal(true);
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    form.requestSubmit();
    expect(submitted, 'submitted while nothing is ticked').to.equal(0);

    const settings = provider as HTMLElementTagNameMap['innateheal-provider'];
    settings.strings = {checklistRequired: 'Cochez au moins une case.'};
    await settings.updateComplete;
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Cochez au moins une case.');

    await tick(el, 'fatigue');
    expect(el.validity.valid).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(1);
    el.required = false;
    await tick(el, 'fatigue');
    expect(el.validity.valid, 'not required, nothing ticked').to.equal(true);
  });

  it('points the browser at its first box when the form is checked (reportValidity)', async () => {
    const {form, el} = await inForm(html`<gut-checklist name="symptoms" required></gut-checklist>`);
    expect(form.reportValidity()).to.equal(false);
    await nextFrame();
    expect(document.activeElement, 'focus').to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
  });

  it('never holds a form back with an unknown list, which has nothing to tick', async () => {
    const {form, el} = await inForm(html`<gut-checklist name="symptoms" list="no-such" required></gut-checklist>`);
    expect(el.shadowRoot!.textContent).to.include('no-such');
    expect(form.checkValidity()).to.equal(true);
  });

  it('renders at once in a form far below the fold, so its ticks and validity are known', async () => {
    localStorage.setItem('innateheal:leaky-gut:symptoms', '["skin"]');
    try {
      const el = await farBelow<GutChecklist>(html`<form><gut-checklist name="symptoms" persist required></gut-checklist></form>`).then(
        (form) => form.querySelector('gut-checklist')!
      );
      await el.updateComplete;
      expect(reserving(el), 'waiting').to.equal(false);
      expect(entries(el.form!)).to.deep.equal([['symptoms', 'skin']]);
      const outside = await farBelow<GutChecklist>(html`<gut-checklist></gut-checklist>`);
      expect(reserving(outside), 'one outside a form still waits').to.equal(true);
    } finally {
      localStorage.removeItem('innateheal:leaky-gut:symptoms');
    }
  });
});

// The clinic form of docs/elements.md on a partner page, submitted to the test server.

interface Received {
  type: string;
  raw: string;
  entries: [string, string][];
}

/** Submits the clinic form as a reader does, with its button, and reads what the server received. */
async function submitted(win: PartnerWindow): Promise<Received> {
  const frame = win.frameElement as HTMLIFrameElement;
  win.document.querySelector<HTMLButtonElement>('form button')!.click();
  await waitUntil(() => frame.contentDocument?.getElementById('received'), 'the form never reached the server', {timeout: 5000});
  return JSON.parse(frame.contentDocument!.getElementById('received')!.textContent!);
}

async function clinicForm() {
  const win = await loadPartnerPage('/partner/clinic-form.html');
  const el = win.document.querySelector('gut-checklist')!;
  win.document.querySelector<HTMLInputElement>('input[name=patient]')!.value = 'Ana';
  return {win, el, form: win.document.querySelector('form')!};
}

describe("docs/elements.md's clinic form, posted to a server", () => {
  // First: the frames of the tests below leave entries in this page's
  // session history, and WebKit's back() then reloads the form afresh.
  it('gets its ticks back when the reader comes back to the page', async () => {
    const {win, el} = await clinicForm();
    const frame = win.frameElement as HTMLIFrameElement;
    await tick(el, 'fatigue', 'skin');
    // Away to the server's page, then back: the session history entry keeps the form's state.
    await submitted(win);
    frame.contentWindow!.history.back();
    // Read afresh each time: the frame shows the form's URL a moment before
    // the document it restores, whose checklist is defined a moment later.
    const checklist = () => frame.contentDocument?.querySelector('gut-checklist');
    await waitUntil(
      () => frame.contentDocument?.URL.includes('/partner/clinic-form.html') && checklist()?.checked?.length,
      'the ticks never came back',
      {timeout: 3000}
    );
    const back = checklist()!;
    await back.updateComplete;
    expect(back.checked).to.deep.equal(['fatigue', 'skin']);
    expect(boxes(back).filter((box) => box.checked).map((box) => box.value)).to.deep.equal(['fatigue', 'skin']);
    expect(frame.contentDocument!.querySelector<HTMLInputElement>('input[name=patient]')!.value, 'as the native field').to.equal('Ana');
  });
  for (const enctype of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
    it(`sends one entry per ticked item (${enctype})`, async () => {
      const {win, el, form} = await clinicForm();
      form.enctype = enctype;
      await tick(el, 'skin', 'bloating');
      const received = await submitted(win);
      expect(received.type).to.equal(enctype);
      expect(received.entries).to.deep.equal([
        ['patient', 'Ana'],
        ['symptoms', 'bloating'],
        ['symptoms', 'skin'],
      ]);
      if (enctype.endsWith('urlencoded')) expect(received.raw).to.equal('patient=Ana&symptoms=bloating&symptoms=skin');
    });
  }

  it('is not sent until something is ticked, and then is', async () => {
    const {win, el} = await clinicForm();
    const frame = win.frameElement as HTMLIFrameElement;
    win.document.querySelector<HTMLButtonElement>('form button')!.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(frame.contentDocument!.URL, 'still the form').to.include('/partner/clinic-form.html');
    expect(el.matches(':invalid')).to.equal(true);
    await tick(el, 'autoimmune');
    expect((await submitted(win)).entries).to.deep.equal([
      ['patient', 'Ana'],
      ['symptoms', 'autoimmune'],
    ]);
  });

  it('sends only the other fields when it is not required and nothing is ticked', async () => {
    const {win, el} = await clinicForm();
    el.required = false;
    await el.updateComplete;
    expect((await submitted(win)).entries).to.deep.equal([['patient', 'Ana']]);
  });


});
