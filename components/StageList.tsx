import { STAGES, type Stage } from '../lib/flow/guidance';
import { useMessages } from './guide-context';

/** The numbered stages of the recovery, the current one marked. */
export function StageList({ current }: { current: Stage | null }) {
  const t = useMessages();
  const currentIndex = current ? STAGES.indexOf(current) : -1;
  return (
    <ol className="stages" aria-label={t.stagesLabel}>
      {STAGES.map((stage, index) => {
        const state = index === currentIndex ? 'current' : index < currentIndex ? 'done' : 'todo';
        return (
          <li key={stage} className={`stage stage-${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            {t.stages[stage]}
            {state === 'current' && <span className="visually-hidden"> {t.stageCurrent}</span>}
            {state === 'done' && <span className="visually-hidden"> {t.stageDone}</span>}
          </li>
        );
      })}
    </ol>
  );
}
