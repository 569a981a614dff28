import type { WarningId } from '../lib/flow/guidance';
import { useMessages } from './guide-context';

export function Warnings({ warnings }: { warnings: readonly WarningId[] }) {
  const t = useMessages();
  if (warnings.length === 0) return null;
  return (
    <section className="warnings" aria-labelledby="guide-warnings-heading">
      <h3 id="guide-warnings-heading">{t.warningsLabel}</h3>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{t.warnings[warning]}</li>
        ))}
      </ul>
    </section>
  );
}
