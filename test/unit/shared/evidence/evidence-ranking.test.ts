import { describe, expect, it } from 'vitest';
import {
  addSourceToIndex,
  buildEvidenceIndex,
  removeSourceFromIndex,
  suggestEvidence,
  syncEvidenceIndex,
} from '../../../../shared/evidence/evidence-index';

// Fictional newsroom material written by the team.
const budget = {
  id: 'src_budget',
  text: [
    'Port Calder Water Authority: annual report.',
    'The authority spent $767m on the Eastmere reservoir repairs, well above the original estimate.',
    'Repairs to the dam wall began in March and are expected to finish next spring.',
    'The board said the programmes for leak detection had been reorganised.',
    'Household bills will rise by 14 per cent from April, the board confirmed.',
    'The authority employs 1,240 people across the region.',
  ].join('\n'),
};
const rights = {
  id: 'src_rights',
  text: [
    'Report on community groups in Harrowgate.',
    'The Uyghur community centre hosted 300 families at its winter festival.',
    'Colour-coded maps showed where new housing would be built.',
    'The council defended its licence decision at a hearing on Tuesday.',
    'Attendance at the centre fell sharply during the flood of 2021.',
  ].join('\n'),
};
const interview = {
  id: 'src_interview',
  text: [
    'Interview with the mayor, Dana Whitlock.',
    'Whitlock said she had never approved the reservoir contract herself.',
    'Asked about bills, she said a rise of some kind was unavoidable.',
    'She travelled to the capital twice to lobby for funding.',
    'Repairs will cost money; everyone knows that.',
  ].join('\n'),
};

const index = buildEvidenceIndex([budget, rights, interview]);
const firstText = (claim: string) => suggestEvidence(index, claim, { top: 3 })[0]?.text;

describe('suggestEvidence ranks the right passage first', () => {
  it('matches an amount written another way', () => {
    expect(firstText('The reservoir repairs cost USD 767 million')).toBe(
      'The authority spent $767m on the Eastmere reservoir repairs, well above the original estimate.',
    );
  });

  it('matches a percentage and a paraphrase', () => {
    expect(firstText('Water bills are going up 14% in April')).toBe(
      'Household bills will rise by 14 per cent from April, the board confirmed.',
    );
  });

  it('matches American spelling and a transliteration variant', () => {
    expect(firstText('The Uighur community center held a festival for 300 families')).toBe(
      'The Uyghur community centre hosted 300 families at its winter festival.',
    );
    expect(firstText('leak detection programs were reorganized')).toBe(
      'The board said the programmes for leak detection had been reorganised.',
    );
    expect(firstText('The council defended its license decision')).toBe(
      'The council defended its licence decision at a hearing on Tuesday.',
    );
  });

  it('prefers the passage covering the whole claim over one sharing a single word', () => {
    expect(firstText('The mayor approved the reservoir contract')).toBe(
      'Whitlock said she had never approved the reservoir contract herself.',
    );
  });

  it('returns offsets into the source text, best first, at most top', () => {
    const results = suggestEvidence(index, 'reservoir repairs bills', { top: 2 });
    expect(results).toHaveLength(2);
    expect(results[0].score).toBeGreaterThanOrEqual(results[1].score);
    for (const result of results) {
      const text = [budget, rights, interview].find((source) => source.id === result.sourceId)!.text;
      expect(text.slice(result.start, result.end)).toBe(result.text);
    }
  });

  it('returns nothing for a claim of stop words only or no match', () => {
    expect(suggestEvidence(index, 'it was the')).toEqual([]);
    expect(suggestEvidence(index, 'xylophone quartet')).toEqual([]);
  });
});

describe('incremental updates', () => {
  it('finds a source added later and forgets a removed one', () => {
    const local = buildEvidenceIndex([budget]);
    expect(suggestEvidence(local, 'Uyghur festival')).toEqual([]);
    addSourceToIndex(local, rights);
    expect(suggestEvidence(local, 'Uyghur festival')[0].sourceId).toBe('src_rights');
    removeSourceFromIndex(local, 'src_rights');
    expect(suggestEvidence(local, 'Uyghur festival')).toEqual([]);
  });

  it('syncs with the project’s sources: adds new, drops removed, re-reads changed', () => {
    const local = buildEvidenceIndex([budget, rights]);
    syncEvidenceIndex(local, [{ ...rights, text: 'The Uyghur festival moved to the town hall.' }, interview]);
    expect(suggestEvidence(local, 'Uyghur festival')[0].text).toBe('The Uyghur festival moved to the town hall.');
    expect(suggestEvidence(local, 'mayor approved reservoir contract')[0].sourceId).toBe('src_interview');
    expect(suggestEvidence(local, 'household bills 14%').map((hit) => hit.sourceId)).not.toContain('src_budget');
  });
});

describe('suggested evidence on one 0–1 scale, with reasons, close matches and same-text groups (issue 21)', () => {
  const libya = {
    id: 'src_libya',
    text: [
      'Muammar Qaddafi ruled Libya for 42 years before he was killed in 2011.',
      'The development programme received $12m from the fund in 2020.',
      'Fishing boats left the harbour at dawn.',
    ].join('\n'),
  };
  const wire = 'The ministry said 140 police officers had been injured during two weeks of protests.';
  const outlets = ['src_agency', 'src_broadcaster', 'src_outlet'].map((id, position) => ({
    id,
    text: `Report ${position + 1} from the capital.\n${wire}\nMore in the next edition.`,
  }));
  const evidence = buildEvidenceIndex([libya, budget, ...outlets]);

  it('scores between 0 and 1 and says why: figures, names, key terms', () => {
    const [first] = suggestEvidence(evidence, 'The development program got USD 12 million in 2020', { top: 3 });
    expect(first.text).toBe('The development programme received $12m from the fund in 2020.');
    expect(first.score).toBeGreaterThan(0.45);
    expect(first.score).toBeLessThanOrEqual(1);
    expect(first.closeMatch).toBe(true);
    expect(first.reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^same figures: .*12 million.*2020|^same figures: .*2020.*12 million/),
        expect.stringMatching(/^shared key terms: .*program/),
      ]),
    );
  });

  it('keeps matching transliterations and spelling variants (Gaddafi/Qaddafi/Kadhafi, programme/program, $12m/USD 12 million)', () => {
    for (const spelling of ['Gaddafi', 'Kadhafi', 'Qaddafi']) {
      const [first] = suggestEvidence(evidence, `${spelling} ruled Libya for 42 years`, { top: 1 });
      expect(first.text, spelling).toBe('Muammar Qaddafi ruled Libya for 42 years before he was killed in 2011.');
      expect(first.closeMatch, spelling).toBe(true);
      expect(first.reasons.join(' ')).toMatch(/same names: .*(Gaddafi|Kadhafi|Qaddafi)/);
    }
  });

  it('reads amounts written in words and figures within 5% as matching ("forty-one million" = 41 million; £37.6m ~ £38m)', () => {
    const leaks = buildEvidenceIndex([
      {
        id: 'src_leaks',
        text: 'The utility lost forty-one million litres of water a day to leaking pipes last year.\nBy September the cost had risen to £37.6 million.',
      },
      budget,
    ]);
    const [litres] = suggestEvidence(leaks, 'The utility lost 41 million litres a day to leaks last year', { top: 1 });
    expect(litres.text).toBe('The utility lost forty-one million litres of water a day to leaking pipes last year.');
    expect(litres.closeMatch).toBe(true);
    const [cost] = suggestEvidence(leaks, 'The repairs have cost £38 million', { top: 1 });
    expect(cost.text).toBe('By September the cost had risen to £37.6 million.');
    expect(cost.reasons).toContain('figures within 5%: £38 million');
  });

  it('marks no close match for a claim the sources do not state, and every score stays in [0, 1]', () => {
    const found = suggestEvidence(
      evidence,
      'The harbour master fined 30 fishing boats for leaving before dawn in 1998',
      { top: 5 },
    );
    expect(found.length).toBeGreaterThan(0);
    for (const suggestion of found) {
      expect(suggestion.closeMatch).toBe(false);
      expect(suggestion.score).toBeGreaterThanOrEqual(0);
      expect(suggestion.score).toBeLessThan(0.45);
    }
  });

  it('groups the same wording in several sources into one suggestion listing the others, counted once', () => {
    const found = suggestEvidence(evidence, '140 police officers were injured in two weeks of protests', { top: 5 });
    expect(found.filter((suggestion) => suggestion.text === wire)).toHaveLength(1);
    const [first] = found;
    expect(first.text).toBe(wire);
    expect(first.sameTextIn).toHaveLength(2);
    expect(new Set([first.sourceId, ...first.sameTextIn.map((copy) => copy.sourceId)])).toEqual(
      new Set(outlets.map((source) => source.id)),
    );
    for (const copy of first.sameTextIn)
      expect(outlets.find((source) => source.id === copy.sourceId)!.text.slice(copy.start, copy.end)).toBe(wire);
  });
});
