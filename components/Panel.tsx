import { memo } from 'react';
import type { UnknownReason } from '../lib/detector/detect';
import { stepGuidance } from '../lib/flow/guidance';
import { type StepId, stepDefinition } from '../lib/flow/steps';
import type { Messages } from '../lib/guide/i18n';
import type { Dock } from '../lib/guide/preferences';
import { emailCountdown } from '../lib/guide/progress';
import { highlighted } from '../lib/guide/store';
import { PageDeviceCount } from './DeviceCount';
import { EmailCountdown } from './EmailCountdown';
import { useGuide, useLanguage, useMessages } from './guide-context';
import { HelpTopics } from './HelpTopics';
import { LanguageSelect } from './LanguageSelect';
import { RedactedCopyButton } from './RedactedCopyButton';
import { ReplaceDevice } from './ReplaceDevice';
import { StageList } from './StageList';
import { useWaitingForPage } from './use-waiting-for-page';
import { VoiceTranscript } from './VoiceTranscript';
import { Warnings } from './Warnings';

/** What to say on a page the guide does not (yet) recognise, when it knows why. */
function unknownText(t: Messages, step: StepId, waiting: boolean, reason: UnknownReason | null) {
  if (step !== 'unknown') return null;
  if (waiting) return { title: t.unknownReason.loading, action: '' };
  if (reason === 'translated') return { title: t.steps.unknown.title, action: t.unknownReason.translated };
  return null;
}

/**
 * The full guide: where you are, what to do now, what to click, what comes next. Memoised: the
 * ring reports where its target is on every placement, and only a change of side redraws this.
 */
export const Panel = memo(function Panel({ side }: { side: Dock }) {
  const t = useMessages();
  const language = useLanguage();
  const step = useGuide((state) => state.detection.step);
  const targetName = useGuide((state) => state.detection.targetName);
  // On the security credentials page the ring first goes round the section, not this button.
  const ringOnTarget = useGuide((state) => highlighted(state) === state.detection.target);
  const dock = useGuide((state) => state.preferences.dock);
  const collapsed = useGuide((state) => state.preferences.collapsed);
  // One countdown for every tab, from the send until the link is used (spec §4). Selected as a
  // plain value, so the owner's every write of progress does not redraw the panel.
  const emailSentAt = useGuide((state) =>
    emailCountdown(state.progress, Date.now(), state.detection.step) ? state.progress.emailSentAt : null,
  );
  const updatePreferences = useGuide((state) => state.updatePreferences);
  const startOver = useGuide((state) => state.startOver);

  const unknownReason = useGuide((state) => state.detection.unknownReason ?? null);
  const waiting = useWaitingForPage(step === 'unknown' && unknownReason === 'loading');

  const guidance = stepGuidance(step);
  const text = unknownText(t, step, waiting, unknownReason) ?? t.steps[step];

  if (collapsed) {
    return (
      <aside className={`panel-tab dock-${side}`} lang={language} aria-label={t.regionLabel}>
        <button type="button" onClick={() => updatePreferences({ collapsed: false })} aria-expanded="false">
          {t.expand}
        </button>
        {emailSentAt !== null && <EmailCountdown sentAt={emailSentAt} />}
      </aside>
    );
  }

  return (
    <aside className={`panel dock-${side}`} lang={language} aria-labelledby="guide-heading">
      <header className="panel-header">
        <h2 id="guide-heading">{t.guideName}</h2>
        <button
          type="button"
          className="icon-button dock-toggle"
          onClick={() => updatePreferences({ dock: dock === 'right' ? 'left' : 'right' })}
          aria-label={dock === 'right' ? t.dockLeft : t.dockRight}
          title={dock === 'right' ? t.dockLeft : t.dockRight}
        >
          {dock === 'right' ? '⇤' : '⇥'}
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => updatePreferences({ collapsed: true })}
          aria-expanded="true"
          aria-label={t.collapse}
          title={t.collapse}
        >
          –
        </button>
      </header>

      <StageList current={guidance?.stage ?? null} />

      <section className="now" aria-labelledby="guide-where-heading">
        <h3 id="guide-where-heading">{t.whereYouAre}</h3>
        <p className="step-title" data-testid="step-title">
          {text.title}
        </p>
        <h3>{t.doNow}</h3>
        {text.action !== '' && <p>{text.action}</p>}
        {targetName !== null && (
          <p className="click-this">
            {t.clickThis}: <strong className="target-name">{targetName}</strong>
            {ringOnTarget && <span className="hint"> — {t.highlighted}</span>}
          </p>
        )}
        {targetName === null && (stepDefinition(step)?.targets.length ?? 0) > 0 && (
          <p className="hint">{t.notHighlighted}</p>
        )}
        {step === 'unknown' && !waiting && <RedactedCopyButton />}
      </section>

      {guidance?.panel === 'replace-device' && <ReplaceDevice />}
      {guidance?.panel === 'replace-device' && <PageDeviceCount />}
      {guidance?.panel === 'voice-transcript' && <VoiceTranscript />}
      {guidance?.panel === 'voice-transcript-open' && <VoiceTranscript defaultOpen />}
      {emailSentAt !== null && <EmailCountdown sentAt={emailSentAt} />}
      <Warnings warnings={guidance?.warnings ?? []} />

      {guidance?.next && (
        <section aria-labelledby="guide-next-heading">
          <h3 id="guide-next-heading">{t.comesNext}</h3>
          <p>{t.steps[guidance.next].title}</p>
        </section>
      )}

      <HelpTopics />

      <footer className="panel-footer">
        {step !== 'unknown' && <RedactedCopyButton />}
        <LanguageSelect />
        <button type="button" className="text-button" onClick={startOver}>
          {t.startOver}
        </button>
      </footer>
    </aside>
  );
});
