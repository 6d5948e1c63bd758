import { useState } from 'react';
import type { Claim, Comment } from '../../../shared/project/schema';
import { addComment, changeComment } from '../../project/review-actions';
import { actorName } from '../../state/identity-store';

const KIND_LABELS: Record<Comment['kind'], string> = {
  comment: '',
  approval: 'Approved',
  'request-changes': 'Changes requested',
};

function CommentItem({ claim, comment }: { claim: Claim; comment: Comment }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.text);
  const own = comment.author === actorName();
  return (
    <li className={`comment ${comment.resolved ? 'is-resolved' : ''} comment-${comment.kind}`}>
      <div className="comment-head">
        <strong>{comment.author || 'Someone'}</strong>
        {KIND_LABELS[comment.kind] && <span className="comment-kind">{KIND_LABELS[comment.kind]}</span>}
        <time dateTime={comment.createdAt}>{new Date(comment.createdAt).toLocaleString()}</time>
        {comment.editedAt && <span className="comment-edited">(edited)</span>}
      </div>
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            changeComment(claim, comment.id, { text: draft });
            setEditing(false);
          }}
        >
          <textarea
            aria-label="Edit comment"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            rows={2}
          />
          <button type="submit" className="small">
            Save comment
          </button>
        </form>
      ) : (
        <p className="comment-text">{comment.text}</p>
      )}
      <div className="comment-actions">
        {own && !editing && (
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
        {!comment.resolved && (
          <button
            type="button"
            className="link-button"
            onClick={() => changeComment(claim, comment.id, { resolved: true })}
          >
            Resolve
          </button>
        )}
        {comment.resolved && <span className="comment-kind">Resolved</span>}
      </div>
    </li>
  );
}

/** The claim's conversation: comments with author and time; add, edit your own, resolve. */
export function CommentThread({ claim, canAdd = true }: { claim: Claim; canAdd?: boolean }) {
  const [draft, setDraft] = useState('');
  const open = claim.comments.filter((c) => !c.resolved).length;
  return (
    <section className="comment-thread" aria-label="Comments">
      <h4>
        Comments on claim {claim.number}{' '}
        <span className="count">{open > 0 ? `${open} open` : claim.comments.length}</span>
      </h4>
      {claim.comments.length > 0 && (
        <ul className="comment-list">
          {claim.comments.map((comment) => (
            <CommentItem key={comment.id} claim={claim} comment={comment} />
          ))}
        </ul>
      )}
      {canAdd && (
        <form
          className="comment-form"
          onSubmit={(event) => {
            event.preventDefault();
            addComment(claim, draft);
            setDraft('');
          }}
        >
          <textarea
            aria-label="New comment"
            placeholder="Add a comment…"
            value={draft}
            rows={2}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="small" disabled={!draft.trim()}>
            Add comment
          </button>
        </form>
      )}
    </section>
  );
}
