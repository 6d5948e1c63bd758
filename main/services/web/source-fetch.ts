import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { SourceResult } from '../import/source-import';
import { sourceFromExtracted } from '../import/source-import';
import { ExtractionLimitError } from '../../formats/extraction/limits';
import { runExtraction } from '../../formats/extraction/run-extraction';
import { megabytes, SIZE_LIMITS } from '../../formats/size-limits';
import { credentialsRefusal, OwnNetworkAddress, PageRefused, requestPage } from './web-page-request';

/**
 * A web page -> a source: fetched by main (never the renderer) over http(s)
 * only, with a time limit and a size limit enforced while streaming (after
 * decompression), from an address on the user's own network only once the
 * user confirmed it, and its readable text (read in the extraction worker)
 * frozen into the project under the address the redirects ended at.
 */

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export interface FetchOptions extends FetchLimits {
  /** Own-network addresses the user confirmed for this fetch. */
  ownNetworkAddresses?: readonly string[];
  /** The user's Cancel. */
  signal?: AbortSignal;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: SIZE_LIMITS.webPage };

/** Not ok with `ownNetworkAddress`: the page is on the user's own network; the window asks, and fetches again if they agree. */
export type SourceFetchResult = SourceResult | { ok: false; message: string; ownNetworkAddress: string };

class TooLarge extends Error {}

const PAGE_TYPES = /^(text\/|application\/xhtml\+xml)/i;

function decompressed(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return response.pipe(zlib.createInflate());
  if (encoding === 'br') return response.pipe(zlib.createBrotliDecompress());
  if (encoding === 'identity') return response;
  throw new PageRefused(`The page was sent in an encoding Factdesk cannot read (${encoding.slice(0, 40)}).`);
}

/** The body, decompressed, stopping as soon as it passes `maxBytes` (what it inflates to counts, not what was sent). */
async function readLimited(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(response.headers['content-length']) > maxBytes) {
    response.destroy();
    throw new TooLarge();
  }
  const body = decompressed(response);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw new TooLarge();
      chunks.push(chunk as Buffer);
    }
  } finally {
    response.destroy();
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

export async function fetchSourceUrl(
  input: string,
  now: Date,
  options: FetchOptions = DEFAULT_FETCH_LIMITS,
): Promise<SourceFetchResult> {
  const url = parseHttpUrl(input);
  if (!url)
    return {
      ok: false,
      message: `“${input.slice(0, 200)}” is not a web address Factdesk can fetch: use one starting with http:// or https://. Nothing was added.`,
    };
  const credentials = credentialsRefusal(url);
  if (credentials) return { ok: false, message: `${credentials.message} Nothing was added.` };
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  let where = url;
  try {
    const page = await requestPage(url, { ownNetworkAddresses: options.ownNetworkAddresses ?? [], signal });
    where = page.url;
    const { response } = page;
    const status = response.statusCode ?? 0;
    if (status < 200 || status > 299) {
      response.destroy();
      return {
        ok: false,
        message: `${where.host} answered “${status} ${response.statusMessage ?? ''}” for ${where.href}. Nothing was added.`,
      };
    }
    const contentType = response.headers['content-type'] ?? '';
    if (!contentType) {
      response.destroy();
      return {
        ok: false,
        message: `${where.href} did not say what kind of content it is (it sent no Content-Type), so Factdesk cannot tell it is a web page. Download it and import the file instead. Nothing was added.`,
      };
    }
    if (!PAGE_TYPES.test(contentType)) {
      response.destroy();
      return {
        ok: false,
        message: `${where.href} is not a web page (${contentType.split(';')[0]}). Download it and import the file instead. Nothing was added.`,
      };
    }
    const body = new TextDecoder(charsetOf(contentType)).decode(await readLimited(response, options.maxBytes));
    const format = /^text\/plain/i.test(contentType) ? 'txt' : 'html';
    const extracted = await runExtraction('sourceText', Buffer.from(body), format, { signal: options.signal });
    return sourceFromExtracted(
      { ...extracted, title: extracted.title || where.host + where.pathname },
      `The page ${where.href}`,
      { url: where.href },
      now,
    );
  } catch (error) {
    if (error instanceof OwnNetworkAddress)
      return { ok: false, ownNetworkAddress: error.address, message: error.message };
    if (error instanceof PageRefused) return { ok: false, message: `${error.message} Nothing was added.` };
    if (error instanceof TooLarge)
      return {
        ok: false,
        message: `The page ${where.href} is larger than ${megabytes(options.maxBytes)}, the limit for a web source. Nothing was added.`,
      };
    if (options.signal?.aborted)
      return { ok: false, message: `Fetching ${where.href} was cancelled. Nothing was added.` };
    if (error instanceof ExtractionLimitError)
      return {
        ok: false,
        message: `The page ${where.href} could not be imported: ${error.message}. Nothing was added.`,
      };
    if (timeout.aborted)
      return {
        ok: false,
        message: `${where.host} did not answer within ${options.timeoutMs / 1000} seconds. Nothing was added.`,
      };
    return { ok: false, message: `Could not fetch ${where.href}: ${describeNetworkError(error)}. Nothing was added.` };
  }
}

function describeNetworkError(error: unknown): string {
  const code = ((error as { code?: string })?.code ??
    (error as { cause?: { code?: string } })?.cause?.code ??
    '') as string;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return 'the site could not be found (check the address and your connection)';
  if (code === 'ECONNREFUSED') return 'the site refused the connection';
  if (
    code.startsWith('CERT') ||
    code.includes('TLS') ||
    code.includes('SSL') ||
    code.startsWith('ERR_TLS') ||
    code.includes('SELF_SIGNED')
  )
    return 'its security certificate could not be checked';
  if (code === 'Z_DATA_ERROR' || code === 'ERR_BROTLI_DECOMPRESSION_FAILED')
    return 'the page arrived damaged (it could not be decompressed)';
  return 'the connection failed';
}
