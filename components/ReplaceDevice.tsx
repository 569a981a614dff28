import { useGuide, useMessages } from './guide-context';

/** After recovery: remove the lost device (the person picks its row), then assign a new one. */
export function ReplaceDevice() {
  const t = useMessages();
  const removed = useGuide((state) => state.progress.lostDeviceRemoved);
  const markRemoved = useGuide((state) => state.markLostDeviceRemoved);
  const finish = useGuide((state) => state.startOver);
  return (
    <ol className="checklist">
      <li className={removed ? 'checklist-done' : undefined}>
        <p>{t.replaceDevice.removeFirst}</p>
        {!removed && (
          <button type="button" className="text-button" onClick={markRemoved}>
            {t.replaceDevice.removed}
          </button>
        )}
      </li>
      <li>
        <p>{t.replaceDevice.assignNext}</p>
        {removed && (
          <button type="button" className="text-button" onClick={finish}>
            {t.replaceDevice.finish}
          </button>
        )}
      </li>
    </ol>
  );
}
