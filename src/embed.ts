/**
 * The entry of the two script-tag files, `dist/embed.js` and
 * `dist/embed.iife.js`: every element, as `src/index.ts`, each registered in
 * a task of its own (`registerLater`, called before any element's module
 * runs); in `embed.js`, their code evaluated in a task after Lit's (`pause`).
 */
import './later.js';
// Lit evaluated before the pause, everything of ours after it.
import 'lit';
import './pause.js';

export * from './index.js';
