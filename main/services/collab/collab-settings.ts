import { z } from 'zod';
import { CollabDocumentId, CollabServerUrl } from '../../../shared/collab/share-link';

/** A project shared on a collaboration server, as the recent projects list shows it. */
export const SharedProject = z.object({
  serverUrl: CollabServerUrl,
  documentId: CollabDocumentId,
  name: z.string().max(255),
  openedAt: z.string().max(64),
});
export type SharedProject = z.output<typeof SharedProject>;

/** A token as kept in settings: encrypted by the system's keychain (`safe`), or as typed where there is none (`plain`). */
export const StoredToken = z.object({ kind: z.enum(['safe', 'plain']), value: z.string().max(4096) });
export type StoredToken = z.output<typeof StoredToken>;

export const MAX_SHARED_PROJECTS = 20;
