import { useStore } from '../../state/store';
import { HelpFrame } from './HelpFrame';
import { useShortcutText } from '../../commands/use-shortcut-text';
import { overlayStore } from '../../state/overlay-store';

/** Help → Getting started: the first hour of a new fact-checker, in five steps. */
export function GuideDialog() {
  const open = useStore(overlayStore, (overlay) => overlay === 'guide');
  const { keyOf } = useShortcutText();
  if (!open) return null;
  return (
    <HelpFrame title="Getting started">
      <ol className="guide">
        <li>
          <h3>Open the demo</h3>
          <p>
            On the start screen choose <strong>Open demo project</strong>: a local-news story about water bills, with
            five claims already marked and three sources. Nothing you do changes the bundled copy.
          </p>
        </li>
        <li>
          <h3>Mark a claim</h3>
          <p>
            Select the words that make the claim and press <strong>Mark claim</strong> (or {keyOf('claim.mark')}). Its
            card opens on the right: tick <strong>Attributed</strong> and name who said it, choose a{' '}
            <strong>Verdict</strong>, and write a note on what you found. <strong>Find claims</strong> suggests
            sentences worth checking.
          </p>
        </li>
        <li>
          <h3>Link evidence</h3>
          <p>
            Open a source from the <strong>Sources</strong> tab (or add one: paste, a file, or a web address). Select
            the passage that bears on the claim and choose <strong>Link as supporting</strong>,{' '}
            <strong>contradicting</strong> or <strong>context</strong>. The card also suggests passages from every
            source.
          </p>
        </li>
        <li>
          <h3>Send to review</h3>
          <p>
            When a claim has a verdict and evidence, press <strong>Send to review</strong>. An editor turns on{' '}
            <strong>Review mode</strong>, approves (A) or requests changes (R) with a comment, and signs the project off
            when nothing is left.
          </p>
        </li>
        <li>
          <h3>Export</h3>
          <p>
            <strong>File → Export report…</strong> writes the annotated article as HTML or PDF, the claims as CSV or
            Markdown, or schema.org ClaimReview for publishing systems.
          </p>
        </li>
      </ol>
    </HelpFrame>
  );
}
