import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';

/** main/send-event.ts: every event main sends the window goes through it (Electron is mocked). */

const electron = vi.hoisted(() => ({ app: { isPackaged: false } }));
vi.mock('electron', () => electron);
const { sendEvent } = await import('../../../../main/shell/send-event');

function window(destroyed = false) {
  const sent: unknown[][] = [];
  const contents = {
    isDestroyed: () => destroyed,
    send: (...args: unknown[]) => void sent.push(args),
  } as unknown as WebContents;
  return { contents, sent };
}

describe('sendEvent', () => {
  beforeEach(() => {
    electron.app.isPackaged = false;
  });

  it('sends the payload on the event’s channel', () => {
    const { contents, sent } = window();
    sendEvent(contents, 'importProgress', { fraction: 0.25 });
    sendEvent(contents, 'menuCommand', 'file.save');
    expect(sent).toEqual([
      ['factdesk-event:importProgress', { fraction: 0.25 }],
      ['factdesk-event:menuCommand', 'file.save'],
    ]);
  });

  it('refuses, outside a packaged app, a payload the contract does not allow, and sends nothing', () => {
    const { contents, sent } = window();
    expect(() => sendEvent(contents, 'importProgress', { fraction: 1.5 })).toThrow(/importProgress.*fraction/);
    expect(() => sendEvent(contents, 'menuCommand', 'file.explode' as 'file.save')).toThrow(/menuCommand/);
    expect(sent).toEqual([]);
  });

  it('does not check in a packaged app', () => {
    electron.app.isPackaged = true;
    const { contents, sent } = window();
    sendEvent(contents, 'importProgress', { fraction: 1.5 });
    expect(sent).toEqual([['factdesk-event:importProgress', { fraction: 1.5 }]]);
  });

  it('sends nothing to a window already destroyed', () => {
    const { contents, sent } = window(true);
    sendEvent(contents, 'closeRequested', null);
    expect(sent).toEqual([]);
  });
});
