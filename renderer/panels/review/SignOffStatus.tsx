import { documentStore } from '../../state/document-store';
import { useStore } from '../../state/store';

export function signOffText(signOff: { by: string; at: string }): string {
  return `Reviewed by ${signOff.by} on ${new Date(signOff.at).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })}`;
}

/** "Reviewed by NAME on DATE" once an editor has signed the project off. */
export function SignOffStatus() {
  const signOff = useStore(documentStore, (doc) => doc?.project.signOff ?? null);
  if (!signOff) return null;
  return (
    <span className="sign-off" role="status">
      ✔ {signOffText(signOff)}
    </span>
  );
}
