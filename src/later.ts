// Its own module, imported first by src/embed.ts: a module's body runs after
// those of everything it imports, so the call must sit in one of them.
import {registerLater} from './define.js';

registerLater();
