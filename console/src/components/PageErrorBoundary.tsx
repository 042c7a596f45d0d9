// Keeps a page's rendering fault from blanking the console: the fault is shown, the rest stays usable.
import { Component, type ReactNode } from 'react';

interface Props {
  /** Changing it (the page's address) clears a shown fault. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: string;
}

export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="card">
        <h1>This page failed</h1>
        <p>{this.state.error.message}</p>
        <p>Reload the page; if it fails again, the control plane's log may say why.</p>
      </div>
    );
  }
}
