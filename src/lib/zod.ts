import { z } from 'zod';

/**
 * zod, wrapped once (architecture rule 6). Our Content-Security-Policy forbids eval; zod 4
 * otherwise probes `new Function('')` to decide whether to compile its parsers, and that probe
 * shows up as a CSP violation. Import `z` from here, never from 'zod' directly.
 */
z.config({ jitless: true });

export { z };
