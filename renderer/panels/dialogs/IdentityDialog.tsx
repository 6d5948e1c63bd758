import { useState } from 'react';
import type { Role } from '../../../shared/identity';
import { factdesk } from '../../factdesk';
import { useStore } from '../../state/store';
import { uiStore } from '../../state/ui-store';
import { IdentityFields } from './IdentityFields';
import { Modal, ModalSubmit } from '../widgets/Modal';

/** First run: who are you? (Preferences change it later.) It cannot be dismissed. */
export function IdentityDialog() {
  const open = useStore(uiStore, (ui) => ui.identityDialog === 'first-run');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('checker');
  if (!open) return null;
  const save = async () => {
    const saved = await factdesk.setIdentity({ name: name.trim(), role });
    uiStore.update((ui) => ({ ...ui, identity: saved, identityDialog: null }));
  };
  return (
    <Modal
      title="Welcome to Factdesk"
      description="Your name is recorded on every claim you mark, rate or review, so the desk knows who did what."
      onSubmit={() => {
        if (name.trim()) void save();
      }}
    >
      <IdentityFields name={name} role={role} onName={setName} onRole={setRole} />
      <ModalSubmit label="Continue" disabled={!name.trim()} />
    </Modal>
  );
}
