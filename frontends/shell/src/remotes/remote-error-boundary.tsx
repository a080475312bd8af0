import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * Catches anything a remote throws, while loading (network, 404, a script error in its entry) or while
 * rendering, and renders `fallback` in its place, so one broken remote never takes the shell down.
 */
export class RemoteErrorBoundary extends Component<
  { fallback: (error: Error) => ReactNode; children: ReactNode; remote: string },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[shell] remote "${this.props.remote}" failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
