/**
 * The one place that knows how the real guide mounts, for the rehearsal's simulated AWS pages: as
 * on AWS, but with its faces loaded in the page (React is already here), judging each page at the
 * AWS URL it stands in for (`pageUrl`) and keeping the rehearsal's own progress. The guide is
 * removed when `signal` aborts (the person left the AWS pages, or the rehearsal ended).
 */
import { GUIDE_UI_IN_PAGE } from '../components/guide-in-page';
import { GuideLifetime } from '../lib/content/lifetime';
import { mountGuide } from '../lib/content/mount-guide';
import { ALL_SITES } from '../lib/detector/sites';
import { rehearsalProgressItem } from '../lib/guide/messages';

export async function mountRehearsalGuide(signal: AbortSignal, pageUrl: () => string): Promise<void> {
  if (signal.aborted) return;
  const lifetime = new GuideLifetime();
  signal.addEventListener('abort', () => lifetime.stop(), { once: true });
  await mountGuide(lifetime, GUIDE_UI_IN_PAGE, { pageUrl, progress: rehearsalProgressItem, sites: ALL_SITES });
}
