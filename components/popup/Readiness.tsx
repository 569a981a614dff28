import { useEffect, useId, useState } from 'react';
import {
  READINESS_CHECKS,
  type ReadinessStorage,
  type Readiness as ReadinessTicks,
  readinessStorage,
} from '../../lib/guide/readiness';
import { useMessages } from '../guide-context';

function useReadiness(storage: ReadinessStorage) {
  const [ticks, setTicks] = useState<ReadinessTicks | null>(null);
  useEffect(() => {
    let live = true;
    void storage.load().then((loaded) => {
      if (live) setTicks(loaded);
    });
    const unwatch = storage.watch(setTicks);
    return () => {
      live = false;
      unwatch();
    };
  }, [storage]);
  const tick = (check: (typeof READINESS_CHECKS)[number], done: boolean) => {
    if (!ticks) return;
    const next = { ...ticks, [check]: done };
    setTicks(next);
    void storage.save(next);
  };
  return { ticks, tick };
}

/**
 * "Ready before you need it": four things to have in place while the person can still sign in,
 * each with where in AWS to fix it. Only the person's ticks are stored.
 */
export function Readiness({ storage = readinessStorage }: { storage?: ReadinessStorage }) {
  const t = useMessages().readiness;
  const { ticks, tick } = useReadiness(storage);
  const idPrefix = useId();
  const done = ticks ? READINESS_CHECKS.filter((check) => ticks[check]).length : 0;
  return (
    <section className="readiness" aria-labelledby={`${idPrefix}heading`}>
      <h2 id={`${idPrefix}heading`}>{t.heading}</h2>
      <p>{t.intro}</p>
      <ul>
        {READINESS_CHECKS.map((check) => {
          const fixId = `${idPrefix}${check}-fix`;
          const ticked = ticks?.[check] ?? false;
          return (
            <li key={check}>
              <label>
                <input
                  type="checkbox"
                  checked={ticked}
                  disabled={ticks === null}
                  aria-describedby={ticked ? undefined : fixId}
                  onChange={(event) => tick(check, event.currentTarget.checked)}
                />{' '}
                {t.checks[check].label}
              </label>
              {!ticked && (
                <p id={fixId} className="readiness-fix">
                  {t.checks[check].fix}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="readiness-progress" role="status">
        {ticks ? t.progress(done, READINESS_CHECKS.length) : ''}
      </p>
    </section>
  );
}
