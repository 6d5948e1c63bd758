import { useStore } from '../state/store';
import { uiStore } from '../state/ui-store';

/** Long work in progress (e.g. a large paste), announced and shown. */
export function ProgressBar() {
  const progress = useStore(uiStore, (ui) => ui.progress);
  if (!progress) return null;
  return (
    <div className="progress" role="progressbar" aria-label={progress.label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress.percent}>
      <span>
        {progress.label}… {progress.percent}%
      </span>
      <span className="progress-track">
        <span className="progress-fill" style={{ width: `${progress.percent}%` }} />
      </span>
    </div>
  );
}
