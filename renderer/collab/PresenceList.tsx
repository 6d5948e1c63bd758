import { useStore } from '../state/store';
import { presenceStore } from './presence';
import './presence.css';

/** Everyone else in the shared project, each with their caret colour (nothing when no one else is there). */
export function PresenceList() {
  const collaborators = useStore(presenceStore, (presence) => presence.collaborators);
  if (collaborators.length === 0) return null;
  return (
    <ul className="presence-list" aria-label="Collaborators">
      {collaborators.map((person) => (
        <li
          key={person.clientId}
          className="presence-person"
          title={person.role ? `${person.name} (${person.role})` : person.name}
        >
          <span className="presence-swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
          {person.name}
        </li>
      ))}
    </ul>
  );
}
