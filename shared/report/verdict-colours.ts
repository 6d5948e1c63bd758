import type { Verdict } from '../claims/verdicts';

/** Highlight (light) and badge (strong) colours per verdict; the label is always shown too, never colour alone. */
export const VERDICT_COLOURS: Record<Verdict, { light: string; strong: string }> = {
  unrated: { light: '#fbe7a1', strong: '#7a6000' },
  accurate: { light: '#cdeccf', strong: '#24703f' },
  'mostly-accurate': { light: '#dcefc4', strong: '#4f7d1f' },
  mixed: { light: '#f7dcb4', strong: '#94600f' },
  misleading: { light: '#f6c9a8', strong: '#a4481a' },
  false: { light: '#f4b9bd', strong: '#9e1f2a' },
  unverifiable: { light: '#dcdfe6', strong: '#505868' },
};
