import { z } from 'zod';
import { VERDICTS, VERDICT_INFO, type Verdict } from './verdicts';

/**
 * The user's own names for the fixed verdicts (Preferences). A verdict with
 * no entry, or an empty one, is shown by its default label.
 */
export const VERDICT_LABEL_MAX = 40;

export const VerdictLabels = z.partialRecord(z.enum(VERDICTS), z.string().max(VERDICT_LABEL_MAX));
export type VerdictLabels = z.infer<typeof VerdictLabels>;

export function verdictLabel(verdict: Verdict, labels: VerdictLabels = {}): string {
  return labels[verdict]?.trim() || VERDICT_INFO[verdict].label;
}

/** Hand-edited labels: keep each valid one, drop the rest. */
export function verdictLabelsFrom(raw: unknown): VerdictLabels {
  const labels: VerdictLabels = {};
  if (typeof raw !== 'object' || raw === null) return labels;
  for (const verdict of VERDICTS) {
    const label = (raw as Record<string, unknown>)[verdict];
    if (typeof label === 'string' && label.length <= VERDICT_LABEL_MAX) labels[verdict] = label;
  }
  return labels;
}
