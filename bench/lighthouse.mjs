// Lighthouse 12 (the line that runs on Node 20), mobile, with DevTools
// throttling (throttlingMethod 'devtools': the page really runs 4× slower on
// a really throttled link, closer to a phone than the simulated mode), on the
// system Chromium: the Largest Contentful Paint and Total Blocking Time of
// each page, medians of `runs`, pages alternating.
import lighthouse from 'lighthouse';
import {launch} from 'chrome-launcher';
import {findChrome} from '../scripts/browsers.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** `{[url]: {lcp, tbt, lcps, tbts}}` for each of `urls`. */
export async function lighthouseLoads(urls, runs = 5) {
  const chrome = await launch({chromePath: findChrome(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']});
  const samples = Object.fromEntries(urls.map((url) => [url, {lcps: [], tbts: []}]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const url of urls) {
        const {lhr} = await lighthouse(
          url,
          {port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json'},
          {extends: 'lighthouse:default', settings: {throttlingMethod: 'devtools', formFactor: 'mobile'}}
        );
        samples[url].lcps.push(lhr.audits['largest-contentful-paint'].numericValue);
        samples[url].tbts.push(lhr.audits['total-blocking-time'].numericValue);
      }
    }
  } finally {
    await chrome.kill();
  }
  return Object.fromEntries(Object.entries(samples).map(([url, {lcps, tbts}]) => [url, {lcp: median(lcps), tbt: median(tbts), lcps, tbts}]));
}
