/**
 * JSX types for Preact: `import type {} from '@innateheal/widgets/jsx-preact';`
 * once in your app, and `<nutrient-card nutrient="zinc" />` type-checks.
 */
import type {JSX as PreactJSX} from 'preact';
import type {InnateHealElements} from './jsx.js';

type PreactElements = {
  [K in keyof InnateHealElements]: PreactJSX.HTMLAttributes<HTMLElement> & InnateHealElements[K];
};

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends PreactElements {}
  }
}
