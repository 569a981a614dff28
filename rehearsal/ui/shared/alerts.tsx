/** The notices both generations show: an error with its explanation, and a one-line status. */
import type { ReactNode } from 'react';
import { CheckIcon, ErrorIcon, InfoIcon } from './icons';

export function ErrorAlert({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="aws-alert" role="alert">
      <ErrorIcon />
      <div>
        <p className="aws-alert-title">{title}</p>
        {children && <p>{children}</p>}
      </div>
    </div>
  );
}

export function Status({ kind, children }: { kind: 'ok' | 'info'; children: ReactNode }) {
  return (
    <div className={`aws-status aws-status-${kind}`}>
      {kind === 'ok' ? <CheckIcon /> : <InfoIcon />}
      <span>{children}</span>
    </div>
  );
}
