import { z } from 'zod';

// The site's Content-Security-Policy forbids eval. zod would probe for it to compile a faster parser, and the
// browser reports the refused probe as a policy violation even though zod catches it. Every schema the quiz and
// the mock exam check in the browser imports zod from here, so the setting is in place before any of them parses.
z.config({ jitless: true });

export { z };
