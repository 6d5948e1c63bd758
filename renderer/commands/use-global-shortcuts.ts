import { useEffect } from 'react';
import { factdesk } from '../factdesk';
import { commands } from './command-registry';

/** Route key presses and native menu clicks to the command registry. */
export function useGlobalShortcuts(isMac: boolean): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      commands.handleKeyDown(event, isMac);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    const unsubscribe = factdesk.on('menuCommand', (id) => commands.run(id));
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      unsubscribe();
    };
  }, [isMac]);
}
