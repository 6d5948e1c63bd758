import { z } from 'zod';

// zod probes for `new Function` to speed up parsing; the renderer's CSP forbids eval, so never try.
z.config({ jitless: true });
