import { useEffect, useState } from 'react';
import { formatMinutesSeconds } from '../lib/guide/i18n';
import { emailLinkMsLeft } from '../lib/guide/progress';
import { useMessages } from './guide-context';

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Time left on the verification email's link, ticking every second; computed from when it was sent. */
export function EmailCountdown({ sentAt }: { sentAt: number }) {
  const t = useMessages();
  const now = useNow(1000);
  const left = emailLinkMsLeft(sentAt, now);
  if (left === 0) {
    return (
      <p className="countdown countdown-expired" role="alert">
        {t.countdownExpired}
      </p>
    );
  }
  return (
    <p className="countdown" role="timer">
      {t.countdownLeft(formatMinutesSeconds(left))}
    </p>
  );
}
