import type { ReactNode } from 'react';

/** `[before, after]` around something shown in bold (a masked address, a phone number). */
export function Around({ parts, children }: { parts: readonly [string, string]; children: ReactNode }) {
  return (
    <>
      {parts[0]}
      <strong>{children}</strong>
      {parts[1]}
    </>
  );
}
