import { Component, type ErrorInfo, type ReactNode } from 'react';
import { factdesk } from '../../factdesk';
import { CrashScreen } from './CrashScreen';

const asError = (thrown: unknown) => (thrown instanceof Error ? thrown : new Error(String(thrown)));

/**
 * Around the whole window: an error while drawing any part of it shows the
 * crash screen — which offers the crash backup of unsaved work — instead of
 * a blank page, and goes into main's crash log.
 */
export class WindowErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(thrown: unknown) {
    return { error: asError(thrown) };
  }

  override componentDidCatch(thrown: unknown, info: ErrorInfo): void {
    const error = asError(thrown);
    const report = {
      message: error.message.slice(0, 10_000),
      stack: (error.stack ?? '').slice(0, 200_000),
      componentStack: (info.componentStack ?? '').slice(0, 200_000),
    };
    void factdesk.reportWindowError(report).catch(() => undefined);
  }

  override render(): ReactNode {
    return this.state.error ? <CrashScreen error={this.state.error} /> : this.props.children;
  }
}
