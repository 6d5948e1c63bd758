import { MAX_SIDE_WIDTH, MIN_SIDE_WIDTH } from '../../shared/preferences';
import { changePreferences } from '../state/preferences-actions';
import { useStore } from '../state/store';
import { uiStore } from '../state/ui-store';

const clamp = (width: number) => Math.round(Math.min(MAX_SIDE_WIDTH, Math.max(MIN_SIDE_WIDTH, width)));
const KEY_STEP = 20;

/** Drag (or ←/→ when focused) to resize the side panel; the width is kept in Preferences. */
export function SidePanelSplitter() {
  const width = useStore(uiStore, (ui) => ui.preferences.sidePanelWidth);
  const setWidth = (next: number) => uiStore.update((ui) => ({ ...ui, preferences: { ...ui.preferences, sidePanelWidth: clamp(next) } }));
  const save = () => void changePreferences({ sidePanelWidth: uiStore.get().preferences.sidePanelWidth });
  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    const startX = event.clientX;
    const startWidth = width;
    const zoom = Number(document.documentElement.style.getPropertyValue('zoom') || 1);
    const move = (moved: PointerEvent) => setWidth(startWidth + (startX - moved.clientX) / zoom);
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      save();
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    event.preventDefault();
  };
  return (
    <div
      className="side-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize side panel"
      aria-valuemin={MIN_SIDE_WIDTH}
      aria-valuemax={MAX_SIDE_WIDTH}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
        event.preventDefault();
        setWidth(width + (event.key === 'ArrowLeft' ? KEY_STEP : -KEY_STEP));
        save();
      }}
    />
  );
}
