import type { z } from 'zod';
import { describeJsonError } from './json-position';
import { inKeyOrderOf } from './key-order';
import { migrateToCurrent } from './migrations';
import { repairProject } from './project-repair';
import { CURRENT_VERSION, Project, PROJECT_FORMAT } from './schema';

/**
 * Reading and writing the `*.factdesk` document as text. Pure: the caller
 * does the I/O, so a failed open can never touch the file.
 */

export type ParseResult =
  { ok: true; project: Project; migratedFrom: number | null; repairs: string[] } | { ok: false; problem: string };

export function serializeProject(project: Project): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}

/** Never throws: anything unexpected in a damaged file becomes a problem to show. */
export function parseProjectText(text: string): ParseResult {
  try {
    return parseUnguarded(text);
  } catch (error) {
    return { ok: false, problem: `it could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

function parseUnguarded(text: string): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return { ok: false, problem: `it is not valid JSON (${describeJsonError(body)})` };
  }
  return parseProjectDocument(doc);
}

export function parseProjectDocument(doc: unknown): ParseResult {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { ok: false, problem: 'it is not a Factdesk project (the file holds no JSON object)' };
  }
  const envelope = doc as Record<string, unknown>;
  if (envelope.format !== PROJECT_FORMAT) {
    return {
      ok: false,
      problem: `it is not a Factdesk project (“format” is ${describeValue(envelope.format)}, expected "${PROJECT_FORMAT}")`,
    };
  }
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, problem: `its “version” is ${describeValue(version)}, expected a whole number` };
  }
  if (version > CURRENT_VERSION) {
    return {
      ok: false,
      problem: `it was made by a newer version of Factdesk (file version ${version}, this app reads up to ${CURRENT_VERSION}); update Factdesk to open it`,
    };
  }
  const migrated = version < CURRENT_VERSION ? migrateToCurrent(envelope, version) : envelope;
  const parsed = Project.safeParse(migrated);
  if (!parsed.success) return { ok: false, problem: describeSchemaIssues(parsed.error) };
  const { project, repairs } = repairProject(inKeyOrderOf(parsed.data, migrated));
  return { ok: true, project, migratedFrom: version < CURRENT_VERSION ? version : null, repairs };
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return 'the top level';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function describeSchemaIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return `it does not match the Factdesk project format — ${issues.join('; ')}${more}`;
}
