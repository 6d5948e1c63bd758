import { useRef } from 'react';
import { PANEL_LIMITS, type PanelName } from '../../../shared/settings/panel-layout';
import { keepPanelLayout } from '../../project/project-layout';
import { panelLayoutStore, resizePanel } from '../../state/panel-layout-store';
import { useStore } from '../../state/store';

const KEY_STEP = 20;

/**
 * The separator on the left edge of a column at the right of the article:
 * drag it, or focus it and press ←/→ (Home/End for its narrowest and widest). The width is
 * kept for the project when the drag or key press ends (on key up: a held
 * arrow repeats its key down many times a second, and each keep writes the
 * settings file).
 */
export function PanelSplitter({ panel, label }: { panel: PanelName; label: string }) {
  const width = useStore(panelLayoutStore, (layout) => layout[panel]);
  const { min, max } = PANEL_LIMITS[panel];
  const resizedByKey = useRef(false);
  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    const startX = event.clientX;
    const startWidth = width;
    const zoom = Number(document.documentElement.style.getPropertyValue('zoom') || 1);
    const move = (moved: PointerEvent) => resizePanel(panel, startWidth + (startX - moved.clientX) / zoom);
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      void keepPanelLayout();
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    event.preventDefault();
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const next = { ArrowLeft: width + KEY_STEP, ArrowRight: width - KEY_STEP, Home: min, End: max }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    resizePanel(panel, next);
    resizedByKey.current = true;
  };
  const keepKeyResize = () => {
    if (!resizedByKey.current) return;
    resizedByKey.current = false;
    void keepPanelLayout();
  };
  return (
    <div
      className="panel-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onKeyUp={keepKeyResize}
      onBlur={keepKeyResize}
    />
  );
}
