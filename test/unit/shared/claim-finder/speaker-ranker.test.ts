import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimCandidates, findClaims } from '../../../../shared/claim-finder/find-claims';
import type { SpeakerChoice } from '../../../../shared/claim-finder/speaker-choices';
import { rankedChoice } from '../../../../shared/claim-finder/speaker-ranker';
import { loadRealCopy } from '../../../../bench/real-copy';
import { SHIPPED_MARGIN, WEIGHTS_FILE } from '../../../../bench/speaker-ranker-config';
import { speakerExamples, trainRanker } from '../../../../bench/train-speaker-ranker';
import { article } from '../../helpers/finder-speakers';

/** The learned speaker ranker (issue 21, item 3): its candidates, its choice, and the committed weights. */

const text = article(
  'Port strike',
  'Dock workers at Harlow walked out on Monday, the Transport Workers Union said.',
  'Union organiser Mara Quill said 400 members had joined the strike.',
  'She added that talks had failed twice since March.',
);

const choicesFor = (needle: string): SpeakerChoice[] => {
  const candidate = claimCandidates(text, { withChoices: true }).find((c) => c.text.includes(needle));
  if (!candidate?.speakerChoices) throw new Error(`no candidate holds “${needle}”`);
  return candidate.speakerChoices;
};
const names = (choices: SpeakerChoice[]) => choices.map((choice) => choice.speaker?.name ?? null);

describe('speaker candidates', () => {
  it('offer "no speaker", the rules’ pick, the names in the sentence and the article’s earlier speakers', () => {
    const choices = choicesFor('talks had failed');
    expect(names(choices)[0]).toBeNull();
    expect(choices.find((choice) => choice.features.includes('rule'))?.speaker?.name).toBe('Mara Quill');
    expect(names(choices)).toContain('Transport Workers Union');
    expect(choices.find((choice) => choice.speaker?.name === 'Mara Quill')?.features).toContain('past-rank-0');
  });

  it('mark a name written right before a speech verb', () => {
    const quill = choicesFor('400 members').find((choice) => choice.speaker?.name === 'Mara Quill');
    expect(quill?.features).toContain('verb-after-name');
  });
});

describe('the ranker', () => {
  it('keeps the rules’ pick unless another candidate scores above it by more than the margin', () => {
    const choices = choicesFor('talks had failed');
    const model = { margin: 1, weights: { 'past-rank-1': 1 } };
    expect(rankedChoice(choices, model).speaker?.name).toBe('Mara Quill');
    expect(rankedChoice(choices, { ...model, weights: { 'past-rank-1': 2 } }).speaker?.name).toBe(
      'Transport Workers Union',
    );
  });

  it('decides what findClaims reports when given a model, and nothing when not', () => {
    const preferNone = { margin: 0, weights: { none: 10 } };
    const needle = (list: ReturnType<typeof findClaims>) => list.find((s) => s.text.includes('400 members'))!;
    expect(needle(findClaims(text, { minScore: 0 })).speaker).toBe('Mara Quill');
    expect(needle(findClaims(text, { minScore: 0, speakerModel: preferNone }))).toMatchObject({
      speaker: null,
      speakerKind: null,
      attributed: false,
    });
  });
});

describe('the committed weights', () => {
  it('are what the trainer makes from the committed dev corpus (npm run bench:speaker-ranker -- --write)', () => {
    const committed = JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8'));
    expect(trainRanker(speakerExamples(loadRealCopy('dev')), SHIPPED_MARGIN)).toEqual(committed);
  }, 30_000);
});
