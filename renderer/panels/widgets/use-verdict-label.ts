import { verdictLabel } from '../../../shared/claims/verdict-labels';
import type { Verdict } from '../../../shared/claims/verdicts';
import { useStore } from '../../state/store';
import { preferencesStore } from '../../state/preferences-store';

/** How to name a verdict on screen: the user's label from Preferences, else the default. */
export function useVerdictLabel(): (verdict: Verdict) => string {
  const labels = useStore(preferencesStore, (preferences) => preferences.verdictLabels);
  return (verdict) => verdictLabel(verdict, labels);
}
