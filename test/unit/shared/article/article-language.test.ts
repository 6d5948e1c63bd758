import { describe, expect, it } from 'vitest';
import { articleLanguage } from '../../../../shared/article/article-language';

/** Short made-up news paragraphs, one a language. */
const STORIES: Record<string, string> = {
  en: 'The council said the new ferry timetable will start in March, and the operator agreed that the late crossings were caused by the tide gauge on the north slip.',
  fr: 'Le conseil municipal a voté mardi la hausse du prix de l’eau, et le maire a dit que les travaux sur le barrage sont plus chers que prévu dans le budget.',
  de: 'Der Stadtrat hat am Dienstag die neue Gebühr beschlossen, und die Bürgermeisterin sagte, dass die Reparatur des Damms teurer ist als es im Plan stand.',
  es: 'El ayuntamiento aprobó el martes la subida del agua y la alcaldesa dijo que las obras en la presa son más caras de lo que se preveía para el presupuesto.',
  it: 'Il consiglio comunale ha approvato martedì l’aumento della tariffa e il sindaco ha detto che i lavori alla diga sono più cari di quanto previsto per il bilancio.',
  nl: 'De gemeenteraad heeft dinsdag de hogere waterprijs goedgekeurd en de burgemeester zei dat het herstel van de dam duurder is dan voor de begroting was gepland.',
  pt: 'A câmara aprovou na terça o aumento da água e o presidente disse que as obras na barragem são mais caras do que o previsto para o orçamento do ano.',
};

describe('article language', () => {
  for (const [language, text] of Object.entries(STORIES)) {
    it(`recognises ${language}`, () => expect(articleLanguage(text)).toBe(language));
  }

  it('says nothing for a text too short or without common words', () => {
    expect(articleLanguage('Water bills to rise 14%')).toBe('');
    expect(articleLanguage('12,000 14.5% £37.6m 2019 2021 9,000 3,000 41 1961 18 20 22 24 26')).toBe('');
  });
});
