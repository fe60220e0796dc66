import {site} from '../data/site.js';
import type {Article} from '../data/types.js';
import {warnOnce} from './errors.js';

/** The Trusted Types policy a partner adds to its `trusted-types` directive. */
export const JSON_LD_POLICY = 'innateheal-jsonld';

/** schema.org `MedicalWebPage` for an article at `url`. */
export function articleJsonLd(article: Article, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: article.title,
    headline: article.title,
    description: article.intro[0],
    url,
    inLanguage: 'en',
    about: {'@type': 'MedicalCondition', ...article.condition},
    publisher: {'@type': 'Organization', name: site.name, url: site.baseUrl},
  };
}

/** The part of the Trusted Types API we use (not yet in TypeScript's DOM types). */
interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: {createScript(input: string): string}): ScriptPolicy;
}

// The JSON this module is about to write; the policy signs nothing else.
let pending: string | undefined;
let policy: ScriptPolicy | null | undefined;

/**
 * Script text is a Trusted Types sink: where the page enforces them, the
 * text must come from a policy. Ours accepts only the JSON we serialized.
 * Returns `undefined` when the page refuses the policy.
 */
function scriptText(json: string): unknown {
  const {trustedTypes} = window as {trustedTypes?: TrustedTypesFactory};
  if (!trustedTypes) {
    return json;
  }
  if (policy === undefined) {
    try {
      policy = trustedTypes.createPolicy(JSON_LD_POLICY, {
        createScript: (input: string) => {
          if (input !== pending) {
            throw new TypeError(`${JSON_LD_POLICY} signs only InnateHeal's own JSON-LD`);
          }
          return input;
        },
      });
    } catch {
      policy = null;
    }
  }
  if (!policy) {
    warnOnce(
      `structured data skipped: add "${JSON_LD_POLICY}" to this page's trusted-types directive.`
    );
    return undefined;
  }
  pending = json;
  try {
    return policy.createScript(json);
  } finally {
    pending = undefined;
  }
}

const added = new Map<string, {script: HTMLScriptElement; users: number}>();

/**
 * Adds `data` as one `<script type="application/ld+json">` to `<head>`,
 * shared by every caller with the same `key`. Returns a function that gives
 * the caller's share back; the script goes when the last share does.
 */
export function addJsonLd(key: string, data: object): () => void {
  let entry = added.get(key);
  if (!entry) {
    // Never parsed as HTML, but `<` escaped anyway so the text can't close a tag if re-serialized.
    const text = scriptText(JSON.stringify(data).replace(/</g, '\\u003c'));
    if (text === undefined) {
      return () => {};
    }
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.innateheal = key;
    script.text = text as string;
    document.head.append(script);
    entry = {script, users: 0};
    added.set(key, entry);
  }
  const share = entry;
  share.users++;
  let given = false;
  return () => {
    if (given) return;
    given = true;
    if (--share.users === 0) {
      share.script.remove();
      added.delete(key);
    }
  };
}
