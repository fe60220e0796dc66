import {expect} from '@open-wc/testing';
import {JSON_LD_POLICY, addJsonLd} from '../src/structured-data.js';
import {jsonLdScripts} from './helpers.js';

interface Policy {
  createScript(input: string): unknown;
}
type Factory = {createPolicy(name: string, rules: object): Policy};


describe('structured data', () => {
  // This page does not enforce Trusted Types, but Chromium has the API: the
  // module makes its policy here as on a page that does. Keep a handle on it.
  const factory = (window as unknown as {trustedTypes: Factory}).trustedTypes;
  const createPolicy = factory.createPolicy;
  let policy: Policy | undefined;
  before(() => {
    factory.createPolicy = (name, rules) => {
      const made = createPolicy.call(factory, name, rules);
      if (name === JSON_LD_POLICY) policy = made;
      return made;
    };
  });
  after(() => {
    factory.createPolicy = createPolicy;
  });

  it('writes text that cannot close its script tag, and reads back as given', () => {
    const name = '</script><script>alert(1)</script><!--';
    const release = addJsonLd('hostile', {name});
    try {
      const [script] = jsonLdScripts().filter((s) => s.dataset.innateheal === 'hostile');
      expect(script.text).not.to.include('<');
      expect(JSON.parse(script.text)).to.deep.equal({name});
    } finally {
      release();
    }
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('keeps the script while any share is held, however often one is given back', () => {
    const first = addJsonLd('shared', {name: 'x'});
    const second = addJsonLd('shared', {name: 'x'});
    expect(jsonLdScripts()).to.have.length(1);
    first();
    first();
    expect(jsonLdScripts(), 'one share still held').to.have.length(1);
    second();
    expect(jsonLdScripts()).to.have.length(0);
  });

  it('has its Trusted Types policy sign only the JSON it is writing', () => {
    addJsonLd('signed', {name: 'x'})();
    expect(policy, `the module made the "${JSON_LD_POLICY}" policy`).not.to.equal(undefined);
    expect(() => policy!.createScript('alert(1)')).to.throw(TypeError, /signs only/);
  });
});
