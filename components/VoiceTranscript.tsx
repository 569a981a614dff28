import { useId, useState } from 'react';
import { VOICE_CALL } from '../lib/flow/voice-call';
import { useMessages } from './guide-context';

/**
 * What AWS's automated English call says, line by line, with what it means in the person's
 * language. A native disclosure: Enter/Space on the summary opens it, screen readers announce
 * its state. The English lines carry `lang="en"` so a Japanese voice does not read them in kana.
 */
export function VoiceTranscript({ defaultOpen = false }: { defaultOpen?: boolean }) {
  const t = useMessages().voiceTranscript;
  const [open, setOpen] = useState(defaultOpen);
  const noteId = useId();
  const anyApproximate = VOICE_CALL.some((line) => line.approximate);
  return (
    <details className="voice-transcript" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.summary}</summary>
      <p>{t.intro}</p>
      <ol aria-describedby={anyApproximate ? noteId : undefined}>
        {VOICE_CALL.map((line) => (
          <li key={line.id}>
            <p>
              <q lang="en">{line.said}</q>
              {line.approximate && <span className="voice-approximate"> ({t.approximate})</span>}
            </p>
            <p className="voice-meaning">{t.lines[line.id]}</p>
          </li>
        ))}
      </ol>
      {anyApproximate && (
        <p id={noteId} className="voice-note">
          {t.approximateNote}
        </p>
      )}
    </details>
  );
}
