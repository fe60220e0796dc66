/**
 * The entry of the two script-tag files, `dist/embed.js` and
 * `dist/embed.iife.js`: every element, as `src/index.ts`, each registered in
 * a task of its own (`registerLater`, called before any element's module runs).
 */
import './later.js';

export * from './index.js';
