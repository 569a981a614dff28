import { useEffect, useState } from 'react';

/** How long a page still loading its content is waited for before it counts as not recognised. */
export const PAGE_WAIT_MS = 5_000;

/**
 * True while `loading` has held for less than {@link PAGE_WAIT_MS}: the sign-in app's first HTML is
 * an empty shell, and saying "I don't recognise this page" at once would only alarm.
 */
export function useWaitingForPage(loading: boolean): boolean {
  const [since, setSince] = useState<number | null>(null);
  const [, setExpired] = useState(false);
  // Forgotten once the page is no longer loading (during render, so no extra redraw on a page
  // that never was), and a later load is waited for afresh.
  if (!loading && since !== null) setSince(null);
  useEffect(() => {
    if (!loading) return;
    const start = Date.now();
    setSince(start);
    setExpired(false);
    const timer = setTimeout(() => setExpired(true), PAGE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [loading]);
  return loading && (since === null || Date.now() - since < PAGE_WAIT_MS);
}
