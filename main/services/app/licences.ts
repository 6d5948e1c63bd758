import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PackageLicence } from '../../../shared/api';

const LicenceList = z.array(z.object({ name: z.string(), version: z.string(), license: z.string() }));

/**
 * The licences of the packages bundled into the app, written at build time
 * (main/build.mjs → dist/licences.json): the packaged app has no node_modules
 * to read them from. A missing or damaged list reads as empty.
 */
export function readLicences(file: string): PackageLicence[] {
  try {
    return LicenceList.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return [];
  }
}
