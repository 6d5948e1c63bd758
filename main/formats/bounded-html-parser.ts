import { Parser, Tokenizer, type Handler, type TokenizerCallbacks } from 'htmlparser2';
import { ExtractionLimitError } from './extraction/limits';

/**
 * htmlparser2 with its open-element stack kept shallow, so that parsing stays
 * linear however deep a page nests. (Its stack is an array it unshifts on
 * every open tag: 170,000 nested <div> took 32 s, and 4 times as long for
 * twice as many.) A start tag past `maxDepth` is dropped, with its end tag,
 * and its content flows into the element above: the page is flattened, not
 * cut. Where a dropped block element began or ended, `onflattenedblock` is
 * called (by default: a <br>, so its text keeps its own line). Raw-text elements (script, style, title, textarea) are never
 * dropped: their content must not turn into text.
 */

export interface BoundedHtmlOptions {
  maxDepth: number;
  /** More elements than this end the parse with an ExtractionLimitError. */
  maxElements: number;
}

/** What the parse met: how many elements, and whether any were dropped for their depth. */
export interface BoundedHtmlShape {
  elements: number;
  flattened: boolean;
}

type Callbacks = Partial<Pick<Handler, 'onopentag' | 'onclosetag' | 'ontext' | 'oncomment'>> & {
  onflattenedblock?: () => void;
};

export const VOID_TAGS = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** The elements htmlparser2's tokenizer reads as raw text (outside SVG and MathML). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
export const BLOCK_TAGS = new Set(
  'p div section article main header footer aside nav figure figcaption h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr td th address hr body'.split(
    ' ',
  ),
);

const FORWARDED: (keyof TokenizerCallbacks)[] = [
  'onattribdata',
  'onattribentity',
  'onattribend',
  'onattribname',
  'oncdata',
  'onclosetag',
  'oncomment',
  'ondeclaration',
  'onend',
  'onopentagend',
  'onopentagname',
  'onprocessinginstruction',
  'onselfclosingtag',
  'ontext',
  'ontextentity',
];

/** Parses `html` (decoding entities, lower-case names), calling `callbacks` for what is kept. */
export function parseBoundedHtml(html: string, callbacks: Callbacks, options: BoundedHtmlOptions): BoundedHtmlShape {
  let depth = 0;
  let elements = 0;
  let flattened = false;
  const lineBreak =
    callbacks.onflattenedblock ??
    (() => {
      callbacks.onopentag?.('br', {}, true);
      callbacks.onclosetag?.('br', true);
    });
  const counted: Callbacks = {
    onopentag(name, attributes, implied) {
      depth += 1;
      elements += 1;
      if (elements > options.maxElements)
        throw new ExtractionLimitError(
          'elements',
          `it has more than ${options.maxElements.toLocaleString('en')} HTML elements`,
        );
      callbacks.onopentag?.(name, attributes, implied);
    },
    onclosetag(name, implied) {
      depth -= 1;
      callbacks.onclosetag?.(name, implied);
    },
    ontext: (text) => callbacks.ontext?.(text),
    oncomment: (text) => callbacks.oncomment?.(text),
  };

  /** Stands between the tokenizer and the parser, holding back start tags past the depth limit (and their end tags). */
  function gate(parser: TokenizerCallbacks): TokenizerCallbacks {
    const forward = Object.fromEntries(
      FORWARDED.map((name) => [name, (parser[name] as (...args: unknown[]) => void).bind(parser)]),
    ) as unknown as TokenizerCallbacks;
    const dropped = new Map<string, number>();
    let dropping = false;
    const nameAt = (start: number, end: number) => html.slice(start, end).toLowerCase();
    const ifKept =
      <A extends unknown[]>(call: (...args: A) => void) =>
      (...args: A) => {
        if (!dropping) call(...args);
      };
    const inForeignContext = () => (parser as unknown as { isInForeignContext(): boolean }).isInForeignContext();
    return {
      ...forward,
      isInForeignContext: inForeignContext,
      onopentagname(start, end) {
        const name = nameAt(start, end);
        const rawText = RAW_TEXT.has(name) && !inForeignContext();
        if (depth < options.maxDepth || VOID_TAGS.has(name) || rawText) return forward.onopentagname(start, end);
        dropping = true;
        flattened = true;
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        if (BLOCK_TAGS.has(name)) lineBreak();
      },
      onattribname: ifKept(forward.onattribname),
      onattribdata: ifKept(forward.onattribdata),
      onattribentity: ifKept(forward.onattribentity),
      onattribend: ifKept(forward.onattribend),
      onopentagend(end) {
        if (dropping) dropping = false;
        else forward.onopentagend(end);
      },
      onselfclosingtag(end) {
        if (dropping) dropping = false;
        else forward.onselfclosingtag(end);
      },
      onclosetag(start, end) {
        const name = nameAt(start, end);
        const waiting = dropped.get(name) ?? 0;
        if (waiting === 0) return forward.onclosetag(start, end);
        dropped.set(name, waiting - 1);
        if (BLOCK_TAGS.has(name)) lineBreak();
      },
    };
  }

  const BoundedTokenizer = class extends Tokenizer {
    constructor(tokenizerOptions: ConstructorParameters<typeof Tokenizer>[0], parser: TokenizerCallbacks) {
      super(tokenizerOptions, gate(parser));
    }
  };
  // One write of the whole text: the tokenizer's offsets are then offsets into `html`.
  const parser = new Parser(counted, { decodeEntities: true, lowerCaseTags: true, Tokenizer: BoundedTokenizer });
  parser.write(html);
  parser.end();
  return { elements, flattened };
}
