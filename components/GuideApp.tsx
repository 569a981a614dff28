import { useCallback, useState } from 'react';
import { panelSide } from '../lib/guide/dock';
import type { Dock } from '../lib/guide/preferences';
import { guideMode, highlighted } from '../lib/guide/store';
import { useGuide, useMessages } from './guide-context';
import { HighlightRing } from './HighlightRing';
import { Panel } from './Panel';

/** The full panel with its ring, while the guide is open (the offer is drawn by the content script). */
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
  if (mode !== 'panel') return null;
  return (
    <>
      <Panel side={target ? (side ?? preferredDock) : preferredDock} />
      <HighlightRing target={target} onPlaced={onPlaced} />
      <p className="visually-hidden" aria-live="polite">
        {t.steps[step].title}
      </p>
    </>
  );
}
