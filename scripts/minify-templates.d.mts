// Types for test/minify-templates.test.ts, which runs the plugin's text
// transforms in the browser.
import type {Plugin} from 'rollup';

export function minifyCss(text: string): string;
export function minifyHtml(text: string): string;
export function minifyTemplateLiterals(src: string): string;
export function minifyTemplates(): Plugin;
