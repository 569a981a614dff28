import { useMessages } from './guide-context';

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
