import { createRoot } from 'react-dom/client';
import { shortId } from '../model/random';
import { storedSession } from '../session-storage';
import { openRehearsalStore } from '../session-store';
import { RehearsalApp } from './App';

/**
 * Loads the rehearsal's shared session, then draws the page for the current route. Aborting
 * `signal` ends this page's rehearsal: the page is unmounted, the guide removed, storage unwatched.
 */
export async function bootRehearsal(container: HTMLElement, signal: AbortSignal): Promise<void> {
  const store = await openRehearsalStore(storedSession, { id: shortId(), now: Date.now() }, signal);
  if (signal.aborted) return;
  const root = createRoot(container);
  root.render(<RehearsalApp store={store} signal={signal} />);
  signal.addEventListener('abort', () => root.unmount(), { once: true });
}
