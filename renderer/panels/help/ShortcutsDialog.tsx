import { COMMANDS, type CommandSpec, type MenuName } from '../../../shared/settings/commands';
import { useShortcutText } from '../../commands/use-shortcut-text';
import { useStore } from '../../state/store';
import { HelpFrame } from './HelpFrame';
import { overlayStore } from '../../state/overlay-store';

const MENUS: MenuName[] = ['File', 'Edit', 'View', 'Claim', 'Source', 'Review', 'Help'];
const EDITOR_KEYS: [string, string][] = [
  ['Mod+Z', 'Undo'],
  ['Mod+Shift+Z', 'Redo'],
  ['Mod+B', 'Bold'],
  ['Mod+I', 'Italic'],
];
const REVIEW_KEYS: [string, string][] = [
  ['↑ / ↓', 'Previous / next claim in the review queue'],
  ['A', 'Approve'],
  ['R', 'Request changes'],
  ['Enter / Delete', 'Accept / dismiss a suggested claim'],
];

/** Help → Keyboard shortcuts: every command with a shortcut, by menu. */
export function ShortcutsDialog() {
  const open = useStore(overlayStore, (overlay) => overlay === 'shortcuts');
  const { key } = useShortcutText();
  if (!open) return null;
  return (
    <HelpFrame title="Keyboard shortcuts">
      <div className="shortcut-columns">
        {MENUS.map((menu) => {
          const rows = (COMMANDS as readonly CommandSpec[]).filter(
            (command) => command.menu === menu && command.shortcut,
          );
          if (rows.length === 0) return null;
          return (
            <section key={menu}>
              <h3>{menu}</h3>
              <dl>
                {rows.map((command) => (
                  <div key={command.id} className="shortcut-row">
                    <dt>{command.label}</dt>
                    <dd>
                      <kbd>{key(command.shortcut!)}</kbd>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
        <section>
          <h3>In the article and panels</h3>
          <dl>
            {[...EDITOR_KEYS.map(([k, label]) => [key(k), label]), ...REVIEW_KEYS].map(([k, label]) => (
              <div key={label} className="shortcut-row">
                <dt>{label}</dt>
                <dd>
                  <kbd>{k}</kbd>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </HelpFrame>
  );
}
