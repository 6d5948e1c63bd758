import { z } from 'zod';

/** Who is using this copy of the app: recorded on every change to a claim. */
export const ROLES = ['checker', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export const Identity = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
});
export type Identity = z.infer<typeof Identity>;

export const ROLE_LABELS: Record<Role, string> = { checker: 'Fact-checker', editor: 'Editor' };
