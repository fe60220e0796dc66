import {expect} from '@open-wc/testing';
import {jsonLdScripts} from './helpers.js';
import {loadPartnerPage} from './partner/frame.js';

describe('structured data under Trusted Types', () => {
  it('adds the JSON-LD through its own policy, with no violation', async () => {
    const win = await loadPartnerPage('/partner/jsonld-allowed.html');
    expect(win.probe.violations).to.deep.equal([]);
    const sink = win.document.createElement('div');
    // A TypeError, as the spec says (of the frame's realm in some engines, of
    // the caller's in others); each engine words its message its own way.
    expect(() => (sink.innerHTML = '<b>x</b>'), 'the page enforces Trusted Types').to.throw().with.property('name', 'TypeError');
    expect(sink.childElementCount).to.equal(0);
    expect(win.probe.errors).to.deep.equal([]);
    const scripts = jsonLdScripts(win.document);
    expect(scripts).to.have.length(1);
    expect(JSON.parse(scripts[0].textContent!)['@type']).to.equal('MedicalWebPage');
  });

  it('skips the JSON-LD with one warning naming the policy when the page refuses it', async () => {
    const win = await loadPartnerPage('/partner/jsonld-refused.html');
    expect(win.probe.errors).to.deep.equal([]);
    expect(jsonLdScripts(win.document)).to.have.length(0);
    const warnings = win.probe.warnings.filter((w) => w.includes('innateheal-jsonld'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('trusted-types');
    const article = win.document.querySelector('health-article')!;
    expect(article.shadowRoot!.textContent).to.include('Medical evaluation is recommended if:');
  });
});
