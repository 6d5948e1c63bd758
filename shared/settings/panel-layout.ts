import { z } from 'zod';
import { MAX_SIDE_WIDTH, MIN_SIDE_WIDTH } from './preferences';

/** The widths of the resizable columns beside the article, kept per project. */
export const PANEL_LIMITS = {
  sidePanelWidth: { min: MIN_SIDE_WIDTH, max: MAX_SIDE_WIDTH },
  sourceViewerWidth: { min: 320, max: 900 },
} as const;
export type PanelName = keyof typeof PANEL_LIMITS;

export const DEFAULT_SOURCE_VIEWER_WIDTH = 520;

const width = (name: PanelName) => z.number().int().min(PANEL_LIMITS[name].min).max(PANEL_LIMITS[name].max);

export const PanelLayout = z
  .object({ sidePanelWidth: width('sidePanelWidth'), sourceViewerWidth: width('sourceViewerWidth') })
  .strict();
export type PanelLayout = z.infer<typeof PanelLayout>;

export function clampPanelWidth(name: PanelName, px: number): number {
  const { min, max } = PANEL_LIMITS[name];
  return Math.round(Math.min(max, Math.max(min, px)));
}
