import { readFileSync } from 'node:fs';

/**
 * What a reader (or a screen reader) finds in a PDF file, read with
 * pdfjs-dist, which the app already depends on — so the tests need no
 * poppler or other system tool.
 */
export interface PdfReading {
  /** Each page's text, white space collapsed. */
  pages: string[];
  /** The catalogue's /Lang, or null. */
  language: string | null;
  /** Whether the file says it is tagged (/MarkInfo /Marked true). */
  tagged: boolean;
  /** The structure roles on page 1, depth first (H1, P, L, ...). */
  firstPageRoles: string[];
  /** The outline (bookmarks) as titles, nested entries indented by two spaces. */
  outline: string[];
}

type PdfJs = typeof import('pdfjs-dist');
interface OutlineItem {
  title: string;
  items: OutlineItem[];
}
interface StructNode {
  role?: string;
  children?: StructNode[];
}

const pdfjs = (): Promise<PdfJs> => import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>;

function outlineTitles(items: OutlineItem[] | null, depth = 0): string[] {
  return (items ?? []).flatMap((item) => [
    `${'  '.repeat(depth)}${item.title}`,
    ...outlineTitles(item.items, depth + 1),
  ]);
}

function rolesOf(node: StructNode | null): string[] {
  if (!node) return [];
  return [...(node.role && node.role !== 'Root' ? [node.role] : []), ...(node.children ?? []).flatMap(rolesOf)];
}

export async function readPdf(file: string): Promise<PdfReading> {
  const { getDocument, VerbosityLevel } = await pdfjs();
  const document = await getDocument({
    data: new Uint8Array(readFileSync(file)),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
  }).promise;
  try {
    const pages: string[] = [];
    let firstPageRoles: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
          .join('')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      if (number === 1) firstPageRoles = rolesOf((await page.getStructTree()) as StructNode | null);
    }
    const { info } = (await document.getMetadata()) as { info: { Language?: string } };
    const markInfo = await document.getMarkInfo();
    return {
      pages,
      language: info.Language ?? null,
      tagged: markInfo?.Marked === true,
      firstPageRoles,
      outline: outlineTitles((await document.getOutline()) as OutlineItem[] | null),
    };
  } finally {
    await document.destroy();
  }
}

/** What makes a PDF accessible, in one value a test can compare: tags, language, headings, outline. */
export function accessibilityOf(pdf: PdfReading) {
  return {
    tagged: pdf.tagged,
    language: pdf.language,
    firstPageHasHeading: pdf.firstPageRoles.includes('H1'),
    // Chromium takes bookmark titles from the printed text, so CSS capitals show; compare without case.
    outlineSections: pdf.outline.filter((title) => /^ {2}\S/.test(title)).map((title) => title.trim().toLowerCase()),
    firstClaimInOutline: pdf.outline.some((title) => /^ {4}1 \S/.test(title)),
  };
}

export const ACCESSIBLE_REPORT_PDF = {
  tagged: true,
  language: 'en',
  firstPageHasHeading: true,
  outlineSections: ['summary', 'the article', 'claims', 'sources'],
  firstClaimInOutline: true,
};
