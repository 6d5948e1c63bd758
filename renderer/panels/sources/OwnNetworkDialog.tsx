import { Modal } from '../widgets/Modal';

/**
 * "Fetch from your own network?" — asked before a page is fetched from this
 * computer or the local network (main refuses such an address until the
 * user confirms it: a page elsewhere could point Factdesk at them).
 */
export function OwnNetworkDialog({
  message,
  onFetch,
  onClose,
}: {
  message: string;
  onFetch: () => void;
  onClose: () => void;
}) {
  return (
    <Modal title="Fetch from your own network?" role="alertdialog" onEscape={onClose} description={message}>
      <p className="hint">
        Factdesk only fetches pages from this computer or your local network (a router, an intranet server) when you say
        so.
      </p>
      <div className="modal-actions">
        <span className="spacer" />
        <button type="button" onClick={onClose} data-autofocus>
          Don’t fetch
        </button>
        <button type="button" className="primary" onClick={onFetch}>
          Fetch anyway
        </button>
      </div>
    </Modal>
  );
}
