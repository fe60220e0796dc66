import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

/**
 * scripts/size.mjs's exit code and output on a made-up build: each file that
 * many random bytes, which gzip cannot shrink, or the text given
 * (scripts/node-commands.mjs).
 */
const sizeReport = (files: Record<string, number | string>) =>
  executeServerCommand<{code: number; output: string}, {files: Record<string, number | string>}>('size-report', {files});

/** Well within every budget: 15 KB for the two bundles, 5 KB for an element module. */
const WITHIN = {'embed.js': 4000, 'embed.iife.js': 4000, 'nutrient-card.js': 2000, 'hot-articles.js': 2000, 'index.js': 100};

// .ci/run trusts this script to fail a build that grew past a budget.
describe('the size budgets (scripts/size.mjs, run by .ci/run)', () => {
  it('passes a build within its budgets and prints each file', async () => {
    const {code, output} = await sizeReport(WITHIN);
    expect(code, output).to.equal(0);
    expect(output).to.match(/ dist\/embed\.js +ok \(15\.00 KB\)/);
    expect(output).to.match(/ dist\/embed\.iife\.js \(classic script\) +ok \(15\.00 KB\)/);
    expect(output).to.match(/ dist\/nutrient-card\.js +ok \(5\.00 KB\)/);
    expect(output).to.match(/ dist\/hot-articles\.js +ok \(5\.00 KB\)/);
  });

  // Between the 15 KB target and the ceiling, which holds the line until the
  // target is met (16,000 B: while the ceiling is above it).
  it('lets a bundle over the target but under the ceiling pass, saying by how much', async () => {
    const {code, output} = await sizeReport({...WITHIN, 'embed.js': 16000});
    expect(code, output).to.equal(0);
    expect(output).to.match(/ dist\/embed\.js +over the 15\.00 KB target by (\d+) B; \d+ B under the ceiling/);
    const over = Number(/target by (\d+) B/.exec(output)![1]);
    expect(over, 'bytes over the target').to.be.within(16000 - 15 * 1024, 16000 - 15 * 1024 + 40);
  });

  it('budgets the gzip size, not the file size', async () => {
    const {code, output} = await sizeReport({...WITHIN, 'embed.js': 'customElements.define;\n'.repeat(4000)});
    expect(code, output).to.equal(0);
    expect(output).to.match(/ +0\.\d\d KB +dist\/embed\.js +ok/);
  });

  for (const file of ['embed.js', 'embed.iife.js']) {
    it(`fails when ${file} is over its ceiling`, async () => {
      const {code, output} = await sizeReport({...WITHIN, [file]: 25000});
      expect(code, output).to.equal(1);
      expect(output).to.match(new RegExp(` dist/${file.replace('.', '\\.')}.* OVER the [\\d.]+ KB ceiling by \\d+ B`));
      expect(output).to.include('size: over the ceiling');
    });
  }

  it('fails when one element module is over 5 KB', async () => {
    const {code, output} = await sizeReport({...WITHIN, 'hot-articles.js': 6000});
    expect(code, output).to.equal(1);
    expect(output).to.match(/ dist\/hot-articles\.js +OVER the 5\.00 KB ceiling by \d+ B/);
    expect(output).to.match(/ dist\/nutrient-card\.js +ok/);
  });
});
