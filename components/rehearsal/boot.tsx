import { createRoot } from 'react-dom/client';
import { sessionPersistence } from '../../lib/rehearsal/guide';
import { shortId } from '../../lib/rehearsal/random';
import { openSessionStore } from '../../lib/rehearsal/store';
import { RehearsalApp } from './RehearsalApp';

/** Loads the rehearsal's shared session, then draws the page for the current route. */
export async function bootRehearsal(container: HTMLElement): Promise<void> {
  const store = await openSessionStore(sessionPersistence, shortId(), Date.now());
  createRoot(container).render(<RehearsalApp store={store} />);
}
