import { useState } from 'react';
import type { Role } from '../../../shared/settings/identity';
import { factdesk } from '../../factdesk';
import { useStore } from '../../state/store';
import { IdentityFields } from './IdentityFields';
import { Modal, ModalSubmit } from '../widgets/Modal';
import { identityStore } from '../../state/identity-store';
import { identityDialogStore } from '../../state/identity-dialog-store';

/** First run: who are you? (Preferences change it later.) It cannot be dismissed. */
export function IdentityDialog() {
  const open = useStore(identityDialogStore, (dialog) => dialog === 'first-run');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('checker');
  if (!open) return null;
  const save = async () => {
    const saved = await factdesk.setIdentity({ name: name.trim(), role });
    identityStore.set(saved);
    identityDialogStore.set(null);
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
