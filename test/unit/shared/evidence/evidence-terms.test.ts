import { describe, expect, it } from 'vitest';
import { passagesOf } from '../../../../shared/evidence/passages';
import { evidenceTerms } from '../../../../shared/evidence/terms';

const same = (a: string, b: string) => expect(evidenceTerms(a)).toEqual(evidenceTerms(b));

describe('evidence terms', () => {
  it('writes amounts the same however they are written', () => {
    expect(evidenceTerms('$767m')).toEqual(['usd', '767000000']);
    same('$767m', 'USD 767 million');
    same('$767m', 'US$767m');
    expect(evidenceTerms('767,000,000 dollars').sort()).toEqual(['767000000', 'usd']);
    same('£1.2bn', 'GBP 1,200,000,000');
    same('14%', '14 per cent');
    same('14 percent', 'fourteen per cent');
  });

  it('does not read a free-standing “m” as million', () => {
    expect(evidenceTerms('a 5 m wall')).toEqual(['5', 'm', 'wall']);
  });

  it('folds case, accents, curly quotes and British/American spellings', () => {
    same('The Council’s COLOUR programmes', "the council's color programs");
    same('organised labour at the centre', 'organized labor at the center');
    same('paediatric catalogue', 'pediatric catalog');
    same('travelled to the theatre', 'traveled to the theater');
    same('licence and defence', 'license and defense');
    same('analysed', 'analyzed');
    same('Café', 'cafe');
  });

  it('folds transliteration variants', () => {
    same('Uighur', 'Uyghur');
    same('Uighurs', 'Uyghurs');
    same('Gaddafi', 'Qaddafi');
    same('Kiev', 'Kyiv');
    same('Mohammed', 'Muhammad');
    same('al-Qaida', 'al-Qaeda');
  });

  it('keeps different words apart', () => {
    expect(evidenceTerms('four hours')).not.toEqual(evidenceTerms('for hors'));
    expect(evidenceTerms('filled')).not.toEqual(evidenceTerms('filed'));
  });
});

describe('passages', () => {
  it('splits sentences and blocks with offsets into the text', () => {
    const text = 'Dr. Amara Osei runs the plant. It opened in 2019!\n\nA new block here';
    const spans = passagesOf(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'Dr. Amara Osei runs the plant.',
      'It opened in 2019!',
      'A new block here',
    ]);
  });

  it('handles an empty text and whitespace-only blocks', () => {
    expect(passagesOf('')).toEqual([]);
    expect(passagesOf('  \n \n')).toEqual([]);
  });
});
