import type { SourceResult } from './source-import';
import { sourceFromExtracted } from './source-import';
import { htmlToText } from './source-formats/html-text';

/**
 * A web page -> a source: fetched by main (never the renderer) over http(s)
 * only, with a time limit and a size limit enforced while streaming, and its
 * readable text frozen into the project.
 */

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };

class TooLarge extends Error {}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new TooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function parseHttpUrl(input: string): URL | null {
  try {
    const url = new URL(input.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function charsetOf(contentType: string): string {
  const match = /charset=["']?([\w-]+)/i.exec(contentType);
  try {
    return match ? new TextDecoder(match[1]).encoding : 'utf-8';
  } catch {
    return 'utf-8';
  }
}

export async function fetchSourceUrl(input: string, now: Date, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<SourceResult> {
  const url = parseHttpUrl(input);
  if (!url) return { ok: false, message: `“${input.slice(0, 200)}” is not a web address Factdesk can fetch: use one starting with http:// or https://. Nothing was added.` };
  const where = url.host;
  const seconds = limits.timeoutMs / 1000;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(limits.timeoutMs), redirect: 'follow', headers: { accept: 'text/html, text/plain;q=0.9' } });
    if (!response.ok) return { ok: false, message: `${where} answered “${response.status} ${response.statusText}” for ${url.href}. Nothing was added.` };
    const contentType = response.headers.get('content-type') ?? '';
    if (!/^(text\/|application\/xhtml)/i.test(contentType) && contentType !== '') {
      return { ok: false, message: `${url.href} is not a web page (${contentType.split(';')[0]}). Download it and import the file instead. Nothing was added.` };
    }
    const body = new TextDecoder(charsetOf(contentType)).decode(await readLimited(response, limits.maxBytes));
    const extracted = /^text\/plain/i.test(contentType) ? { title: '', text: body } : htmlToText(body);
    return sourceFromExtracted({ ...extracted, title: extracted.title || url.host + url.pathname }, `The page ${url.href}`, { url: url.href }, now);
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, message: `The page ${url.href} is larger than ${Math.round(limits.maxBytes / (1024 * 1024))} MB, the limit for a web source. Nothing was added.` };
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, message: `${where} did not answer within ${seconds} seconds. Nothing was added.` };
    return { ok: false, message: `Could not fetch ${url.href}: ${describeNetworkError(error)}. Nothing was added.` };
  }
}

function describeNetworkError(error: unknown): string {
  const code = ((error as { cause?: { code?: string } })?.cause?.code ?? '') as string;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the site could not be found (check the address and your connection)';
  if (code === 'ECONNREFUSED') return 'the site refused the connection';
  if (code.startsWith('CERT') || code.includes('TLS') || code.includes('SSL')) return 'its security certificate could not be checked';
  return 'the connection failed';
}
