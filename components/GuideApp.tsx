import { useCallback, useState } from 'react';
import { panelSide } from '../lib/guide/dock';
import type { Dock } from '../lib/guide/preferences';
import { guideMode, highlighted } from '../lib/guide/store';
import { useGuide, useMessages } from './guide-context';
import { HighlightRing } from './HighlightRing';
import { OfferTab } from './OfferTab';
import { Panel } from './Panel';

/** The guide's root inside the shadow root: the offer tab, or the panel with its ring. */
export function GuideApp() {
  const t = useMessages();
  const mode = useGuide(guideMode);
  const step = useGuide((state) => state.detection.step);
  const target = useGuide(highlighted);
  const preferredDock = useGuide((state) => state.preferences.dock);
  const [side, setSide] = useState<Dock | null>(null);
  const onPlaced = useCallback(
    (box: DOMRect | null) => setSide(panelSide(preferredDock, box, window.innerWidth)),
    [preferredDock],
  );
  return (
    <>
      {mode === 'offer' && <OfferTab />}
      {mode === 'panel' && <Panel side={target ? (side ?? preferredDock) : preferredDock} />}
      {mode === 'panel' && <HighlightRing target={target} onPlaced={onPlaced} />}
      <p className="visually-hidden" aria-live="polite">
        {mode === 'panel' ? t.steps[step].title : ''}
      </p>
    </>
  );
}
