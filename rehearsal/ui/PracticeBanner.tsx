/**
 * "Practice — this is not AWS" on every page, in the page's language, with the practice's own
 * tools. On the simulated AWS pages the detector reads this banner too: its wording and its
 * buttons are chosen so that they never look like AWS's (tests/unit/rehearsal-wording.test.ts).
 */

import type { RehearsalMessages } from '../../locales/rehearsal.en';
import { formatRoute, type OwnScreen, ownRoute, type Route } from '../model/routes';
import { PRESS_WINDOW_MS } from '../model/session';
import type { BannerNote } from './context';

function noteText(t: RehearsalMessages['banner'], note: BannerNote): string {
  switch (note) {
    case 'timed-out':
      return t.timedOut(PRESS_WINDOW_MS / 1000);
    case 'invalid-link':
      return t.invalidLink;
    case 'mail-hint':
      return t.mailHint;
    case 'ring-hint':
      return t.ringHint;
    case 'sms-hint':
      return t.smsHint;
    case 'not-practised':
      return t.notPractised;
    case 'resync':
      return t.resync;
  }
}

/**
 * The mailbox opens as a tab, the phone as a small window beside the page (its code stays in
 * sight). `noopener`: a window opened with an opener gets no extension APIs in Chromium.
 */
const WINDOW_FEATURES: Record<Exclude<OwnScreen, 'done'>, string> = {
  mailbox: 'noopener',
  phone: 'popup,width=420,height=780,noopener',
};

export function PracticeBanner({
  route,
  messages,
  note,
}: {
  route: Route;
  messages: RehearsalMessages;
  note: BannerNote | null;
}) {
  const t = messages.banner;
  const openTool = (screen: Exclude<OwnScreen, 'done'>) => {
    if (route.kind === 'start') return;
    window.open(
      `${location.pathname}${ownRoute(route.lang, route.gen, screen)}`,
      `aws-rehearsal-${screen}`,
      WINDOW_FEATURES[screen],
    );
  };
  return (
    <section className="practice-banner" aria-label={t.label}>
      <p className="practice-text">
        <strong className="practice-badge">{t.badge}</strong> — {t.text}
      </p>
      {route.kind !== 'start' && (
        <nav className="practice-tools" aria-label={t.tools}>
          {route.kind === 'aws' && (
            <>
              <button type="button" className="practice-tool" onClick={() => openTool('mailbox')}>
                {t.mailbox}
              </button>
              <button type="button" className="practice-tool" onClick={() => openTool('phone')}>
                {t.phone}
              </button>
            </>
          )}
          <a className="practice-tool" href={formatRoute({ kind: 'start', lang: route.lang })}>
            {t.home}
          </a>
        </nav>
      )}
      {/* Always there on the AWS pages, so that a remark appearing never shifts the page under the ring. */}
      {(note || route.kind === 'aws') && (
        <p className="practice-note" role="status">
          {note ? noteText(t, note) : ''}
        </p>
      )}
    </section>
  );
}
