/**
 * The practice phone: AWS's verification call (an automated English voice, shown as text, asking
 * for the 6 digits on the AWS page, typed on the keypad) or, in G4, its text message.
 */
import { useState } from 'react';
import { SMS_SENDER, smsText, VOICE_LINES } from '../model/mail-and-phone';
import type { RehearsalLang } from '../model/routes';
import { answerCall, enterCode, hangUp, phoneState } from '../model/session';
import { rehearsalMessages, useRehearsal, useSession } from './context';

const KEYS: readonly (readonly [key: string, letters: string])[] = [
  ['1', ''],
  ['2', 'ABC'],
  ['3', 'DEF'],
  ['4', 'GHI'],
  ['5', 'JKL'],
  ['6', 'MNO'],
  ['7', 'PQRS'],
  ['8', 'TUV'],
  ['9', 'WXYZ'],
  ['*', ''],
  ['0', '+'],
  ['#', ''],
];

type VoiceLine = keyof typeof VOICE_LINES;

export function Phone({ lang }: { lang: RehearsalLang }) {
  const t = rehearsalMessages(lang).phone;
  const { store } = useRehearsal();
  const session = useSession();
  const attempt = session.attempt;
  const state = phoneState(attempt);
  const [typed, setTyped] = useState('');

  const press = (key: string) => {
    if (!/^\d$/.test(key)) return;
    const digits = `${typed}${key}`;
    if (digits.length < 6) {
      setTyped(digits);
      return;
    }
    setTyped('');
    store.getState().update((current) => enterCode(current, digits, Date.now()).session);
  };

  const line: VoiceLine =
    attempt?.phoneVerifiedAt != null ? 'thanks' : (attempt?.phone?.misses ?? 0) > 0 ? 'wrong' : 'greeting';

  return (
    <main className="phone-page">
      <section className="phone" aria-labelledby="phone-title">
        <h1 id="phone-title" className="phone-title">
          {t.title}
        </h1>
        <div className="phone-screen">
          {state === 'idle' && <p className="phone-idle">{t.idle}</p>}
          {state === 'ringing' && (
            <div className="phone-ringing">
              <p className="phone-call-label" role="status">
                {t.incoming}
              </p>
              <p className="phone-caller">{t.caller}</p>
              <div className="phone-call-actions">
                <button
                  type="button"
                  className="phone-round phone-decline"
                  onClick={() => store.getState().update((current) => hangUp(current, Date.now()))}
                >
                  {t.decline}
                </button>
                <button
                  type="button"
                  className="phone-round phone-answer"
                  onClick={() => store.getState().update((current) => answerCall(current, Date.now()))}
                >
                  {t.answer}
                </button>
              </div>
            </div>
          )}
          {(state === 'in-call' || state === 'ended') && (
            <div className="phone-call">
              <p className="phone-call-label">{state === 'in-call' ? t.inCall : t.ended}</p>
              {attempt?.phone?.answeredAt != null && (
                <div className="phone-voice" aria-live="polite">
                  <p className="phone-voice-label">{t.voiceSays}</p>
                  <blockquote lang="en">{VOICE_LINES[line]}</blockquote>
                  {t.gloss[line] && <p className="phone-gloss">{t.gloss[line]}</p>}
                </div>
              )}
              {state === 'in-call' && (
                <>
                  <p className="phone-typed">
                    <span className="visually-hidden">{t.typed}: </span>
                    <output aria-live="off">{typed.padEnd(6, '·')}</output>
                  </p>
                  <fieldset className="phone-keypad">
                    <legend className="visually-hidden">{t.keypad}</legend>
                    {KEYS.map(([key, letters]) => (
                      <button key={key} type="button" className="phone-key" aria-label={key} onClick={() => press(key)}>
                        <span className="phone-key-digit">{key}</span>
                        <span className="phone-key-letters" aria-hidden="true">
                          {letters}
                        </span>
                      </button>
                    ))}
                  </fieldset>
                  <button
                    type="button"
                    className="phone-hang-up"
                    onClick={() => store.getState().update((current) => hangUp(current, Date.now()))}
                  >
                    {t.hangUp}
                  </button>
                </>
              )}
            </div>
          )}
          {state === 'message' && attempt?.phone && (
            <div className="phone-messages">
              <h2 className="phone-messages-title">{t.messages}</h2>
              <div className="phone-sms">
                <p className="phone-sms-from">{SMS_SENDER}</p>
                <p lang="en">{smsText(attempt.phone.code)}</p>
              </div>
            </div>
          )}
        </div>
      </section>
    </main>
  );
}
