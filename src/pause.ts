// Imported by src/embed.ts after Lit and before the elements: evaluating the
// whole script-tag module in one task took 70–87 ms at 4× CPU in some loads,
// so the elements' code and the content are evaluated in a task of their
// own. Not with blocking="render", whose page waits for the module and wants
// the widgets in its first paint. (The classic script cannot await at its
// top level: rollup.config.mjs leaves this module out of embed.iife.js.)
import {renderAtOnce} from './define.js';

if (!renderAtOnce) await new Promise((resolve) => setTimeout(resolve));
