/**
 * The real guide on the rehearsal's simulated AWS pages: mounted as on AWS, judging each page at
 * the AWS URL it stands in for, keeping its own progress (never a real recovery's countdown).
 */
import { storage } from '@wxt-dev/storage';
import { GuideLifetime } from '../content/lifetime';
import { type GuideUi, mountGuide } from '../content/mount-guide';
import { engage, NO_PROGRESS } from '../guide/progress';
import { rehearsalProgressItem } from '../guide/storage';
import { parseRoute, type Route, standInUrl } from './routes';
import type { RehearsalSession } from './session';
import type { SessionPersistence } from './store';

/** The rehearsal's own record, apart from the guide's progress; nothing in it is personal. */
export const rehearsalSessionItem = storage.defineItem<RehearsalSession | null>('local:rehearsalSession', {
  fallback: null,
});

export const sessionPersistence: SessionPersistence = {
  load: () => rehearsalSessionItem.getValue(),
  save: (session) => void rehearsalSessionItem.setValue(session),
  watch: (listener) => rehearsalSessionItem.watch(listener),
};

/** A new rehearsal: the guide starts engaged (its full panel at once) with nothing remembered. */
export async function resetRehearsalProgress(now: number): Promise<void> {
  await rehearsalProgressItem.setValue(engage(NO_PROGRESS, now));
}

async function ensureEngaged(now: number): Promise<void> {
  const progress = await rehearsalProgressItem.getValue();
  if (!progress.engaged) await rehearsalProgressItem.setValue(engage(progress, now));
}

/**
 * The route whose page is on screen. The hash changes first and the page is drawn after (the
 * `hashchange` event comes a task later), so the guide must judge the page drawn, not the hash:
 * judged at the next page's URL, the previous page would read as `unknown` for a frame.
 */
let drawnRoute: Route | null = null;

export function routeDrawn(route: Route): void {
  drawnRoute = route;
}

/** The URL the detector judges the page at: the AWS URL it stands in for, else this page's own. */
export function rehearsalPageUrl(): string {
  return standInUrl(drawnRoute ?? parseRoute(location.hash)) ?? location.href;
}

let mounted: Promise<void> | null = null;

export function isGuideMounted(): boolean {
  return mounted !== null;
}

/** Mounts the guide once per page, engaged first so the full panel shows at once. */
export function mountRehearsalGuide(ui: GuideUi): Promise<void> {
  mounted ??= (async () => {
    await ensureEngaged(Date.now());
    await mountGuide(new GuideLifetime(), ui, {
      pageUrl: rehearsalPageUrl,
      progress: rehearsalProgressItem,
    });
  })();
  return mounted;
}
