import { guideMode } from '../lib/guide/store';
import { useGuide, useMessages } from './guide-context';
import { HighlightRing } from './HighlightRing';
import { OfferTab } from './OfferTab';
import { Panel } from './Panel';

/** The guide's root inside the shadow root: the offer tab, or the panel with its ring. */
export function GuideApp() {
  const t = useMessages();
  const mode = useGuide(guideMode);
  const step = useGuide((state) => state.detection.step);
  const target = useGuide((state) => state.detection.target);
  return (
    <>
      {mode === 'offer' && <OfferTab />}
      {mode === 'panel' && <Panel />}
      {mode === 'panel' && <HighlightRing target={target} />}
      <p className="visually-hidden" aria-live="polite">
        {mode === 'panel' ? t.steps[step].title : ''}
      </p>
    </>
  );
}
