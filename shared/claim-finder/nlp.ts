import winkNLP, { type ItemEntity, type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Sentences, tokens, parts of speech and entities of a plain text, with exact
 * character offsets. wink-nlp works on one block (paragraph) at a time: the
 * plain-text convention puts one block per line, and a headline without a full
 * stop must not run into the paragraph after it.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal part-of-speech tag from wink's model (PROPN, NUM, VERB, ...). */
  pos: string;
}

export interface Entity {
  /** wink's entity type: DATE, DURATION, TIME, CARDINAL, ORDINAL, PERCENT, MONEY, ... */
  type: string;
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the block (line) the sentence sits in. */
  block: number;
  /** Where that block starts and ends in the plain text. */
  blockStart: number;
  blockEnd: number;
  tokens: Token[];
  entities: Entity[];
}

type Nlp = ReturnType<typeof winkNLP>;
let engine: Nlp | null = null;

function nlp(): Nlp {
  engine ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return engine;
}

/** Places each token in the block; a token wink reshaped (rare) gets an empty span where it would be. */
function locateTokens(block: string, offset: number, values: string[], tags: string[]): Token[] {
  let cursor = 0;
  return values.map((value, index) => {
    const found = block.indexOf(value, cursor);
    const start = found >= 0 && found - cursor <= 8 ? found : cursor;
    const end = found === start ? start + value.length : start;
    cursor = end;
    return { text: block.slice(start, end), start: offset + start, end: offset + end, pos: tags[index] };
  });
}

function analyseBlock(block: string, offset: number, blockIndex: number): Sentence[] {
  const { its } = nlp();
  const doc = nlp().readDoc(block);
  const tokens = locateTokens(
    block,
    offset,
    doc.tokens().out(its.value) as string[],
    doc.tokens().out(its.pos) as string[],
  );
  const entities: Entity[] = [];
  doc.entities().each((entity: ItemEntity) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    entities.push({ type: String(entity.out(its.type)), start: tokens[first].start, end: tokens[last].end });
  });
  const sentences: Sentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const own = tokens.slice(first, last + 1).filter((token) => token.pos !== 'SPACE' && token.end > token.start);
    if (own.length === 0) return;
    const start = own[0].start;
    const end = own[own.length - 1].end;
    sentences.push({
      text: block.slice(start - offset, end - offset),
      start,
      end,
      block: blockIndex,
      blockStart: offset,
      blockEnd: offset + block.length,
      tokens: own,
      entities: entities.filter((entity) => entity.start >= start && entity.end <= end),
    });
  });
  return withoutFalseBreaks(sentences, block, offset);
}

/**
 * wink ends a sentence at "D-N.M.," or "Sen. Ana Ruiz, R-Calif., said": a sentence that ends in a single capital
 * and a full stop, or one that the next continues in lower case or after a comma, is one sentence with the next.
 */
function withoutFalseBreaks(sentences: Sentence[], block: string, offset: number): Sentence[] {
  const joined: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = joined[joined.length - 1];
    const broken = previous && (/(?:^|[\s(.-])\p{Lu}\.$/u.test(previous.text) || /^[\p{Ll},;)]/u.test(sentence.text));
    if (!broken) {
      joined.push(sentence);
      continue;
    }
    joined[joined.length - 1] = {
      ...previous,
      text: block.slice(previous.start - offset, sentence.end - offset),
      end: sentence.end,
      tokens: [...previous.tokens, ...sentence.tokens],
      entities: [...previous.entities, ...sentence.entities],
    };
  }
  return joined;
}

export function sentencesOf(plainText: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  plainText.split('\n').forEach((block, index) => {
    if (block.trim() !== '') sentences.push(...analyseBlock(block, offset, index));
    offset += block.length + 1;
  });
  return sentences;
}
