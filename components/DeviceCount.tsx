import { useMemo } from 'react';
import { countMfaDevices } from '../lib/detector/mfa-devices';
import { useGuide, useMessages } from './guide-context';

/**
 * How many MFA devices the security credentials page lists right now (from `countMfaDevices`,
 * counted on the page and never stored), and what that means for a spare.
 */
export function DeviceCount({ count }: { count: number }) {
  const t = useMessages().deviceCount;
  return (
    <div className="device-count">
      <p role="status">{t.registered(count)}</p>
      <p className="device-count-note">{t.note}</p>
    </div>
  );
}

/**
 * The count for the page the guide is on, taken afresh whenever the guide judges the page again
 * (the panel runs beside the page, so it counts the rows itself); nothing when it is unsure.
 */
export function PageDeviceCount() {
  const detection = useGuide((state) => state.detection);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new detection means the page changed
  const count = useMemo(() => countMfaDevices(document), [detection]);
  return count === null ? null : <DeviceCount count={count} />;
}
