import { useStore } from '../../state/store';
import { progressStore } from '../../state/progress-store';

/** Long work in progress (a large paste, an import), announced and shown; Cancel where it can be stopped. */
export function ProgressBar() {
  const progress = useStore(progressStore, (value) => value);
  if (!progress) return null;
  return (
    <div className="progress">
      <span
        className="progress-status"
        role="progressbar"
        aria-label={progress.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
      >
        <span>
          {progress.label}… {progress.percent}%
        </span>
        <span className="progress-track">
          <span className="progress-fill" style={{ width: `${progress.percent}%` }} />
        </span>
      </span>
      {progress.cancel && (
        <button type="button" onClick={progress.cancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
