/**
 * G4 (seen April 2026; spec §1, §8): the sign-in app opening on the IAM user form, "Trouble
 * signing in?", option tiles and "Next", the email sent at once, "SMS text" / "Voice call", and the
 * texted code typed into the page. The same structure and wording as the detector's fixture pages
 * (tests/fixtures/pages/g4).
 */
import { type ReactNode, useState } from 'react';
import { G4_TEXT, type G4Text, PRACTICE_ACCOUNT } from '../model/aws-text';
import { type AwsRoute, awsRoute } from '../model/routes';
import { go, useRehearsal } from './context';
import { ErrorAlert, Status } from './shared/alerts';
import { Blocked } from './shared/Blocked';
import { submitted, typedDigits } from './shared/form';
import { ArrowIcon, AwsLogo as Logo } from './shared/icons';
import { Around as Bold } from './shared/inline';
import { PhoneCode } from './shared/PhoneCode';
import { chooseAlternativeFactors, useRecoveryPage } from './use-recovery';

/** G4 is known from English sources only, so it is practised in English (routes.ts). */
const G4 = G4_TEXT.en;

function G4Frame({ text, wide = false, children }: { text: G4Text; wide?: boolean; children: ReactNode }) {
  return (
    <div className="g4" id="__next">
      <header className="g4-topbar">
        <Logo label={text.homeLabel} light />
      </header>
      <main className={`g4-center${wide ? ' g4-wide' : ''}`} id="main-content">
        {children}
      </main>
      <footer className="g4-footer">{text.copyright}</footer>
    </div>
  );
}

function Field({
  id,
  label,
  hint,
  type = 'text',
  defaultValue,
  inputMode,
}: {
  id: string;
  label: string;
  hint?: string;
  type?: string;
  defaultValue?: string;
  inputMode?: 'numeric';
}) {
  return (
    <div className="g4-field">
      <label className="g4-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="g4-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <input
        className="g4-input"
        id={id}
        name={id}
        type={type}
        defaultValue={defaultValue}
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
    </div>
  );
}

function Check({ id, label }: { id: string; label: string }) {
  return (
    <label className="g4-check" htmlFor={id}>
      <input type="checkbox" id={id} name={id} /> {label}
    </label>
  );
}

/** Where the 2024+ app opens: the IAM user form, with the root user's way out under it. */
export function G4IamSignIn({ route }: { route: AwsRoute }) {
  const text = G4;
  const s = text.iamSignIn;
  const { setNote } = useRehearsal();
  return (
    <G4Frame text={text}>
      <div className="g4-panel">
        <h1 className="g4-heading">{s.heading}</h1>
        <form noValidate onSubmit={submitted(() => setNote('not-practised'))}>
          <Field id="account" label={s.account} defaultValue={PRACTICE_ACCOUNT.accountId} />
          <Field id="username" label={s.userName} />
          <Field id="password" label={s.password} type="password" />
          <Check id="show-password" label={s.showPassword} />
          <Check id="remember-account" label={s.remember} />
          <button type="submit" className="aws-button g4-primary aws-full" id="signin_button">
            <span id="signin_button_text">{s.signIn}</span>
          </button>
          <div className="g4-or">{s.or}</div>
          <p className="g4-centered">
            <a
              className="aws-link"
              id="root_account_signin"
              data-testid="not-sign-in-with-iam"
              href={awsRoute(route.lang, route.gen, 'signin-root')}
            >
              {s.rootLink}
            </a>
          </p>
        </form>
        <p className="g4-centered g4-small">
          <button type="button" className="aws-link" onClick={() => setNote('not-practised')}>
            {s.newToAws}
          </button>
        </p>
      </div>
    </G4Frame>
  );
}

export function G4RootEmail({ route }: { route: AwsRoute }) {
  const text = G4;
  const s = text.rootEmail;
  return (
    <G4Frame text={text}>
      <div className="g4-panel">
        <h1 className="g4-heading">{s.heading}</h1>
        <p>{s.rootUser}</p>
        <form noValidate onSubmit={submitted(() => go(awsRoute(route.lang, route.gen, 'password')))}>
          <Field
            id="resolving_input"
            label={s.email}
            hint={s.emailHint}
            type="email"
            defaultValue={PRACTICE_ACCOUNT.email}
          />
          <div className="g4-row g4-spread">
            <button type="button" className="aws-button" onClick={() => go(awsRoute(route.lang, route.gen, 'signin'))}>
              <span>{s.back}</span>
            </button>
            <button type="submit" className="aws-button g4-primary" id="next_button">
              <span id="next_button_text">{s.next}</span>
            </button>
          </div>
        </form>
      </div>
    </G4Frame>
  );
}

export function G4Password({ route }: { route: AwsRoute }) {
  const text = G4;
  const s = text.password;
  const { setNote } = useRehearsal();
  return (
    <G4Frame text={text}>
      <div className="g4-panel">
        <h1 className="g4-heading">{s.heading}</h1>
        <p>
          {PRACTICE_ACCOUNT.maskedEmail}{' '}
          <a className="aws-link" href={awsRoute(route.lang, route.gen, 'signin-root')}>
            {s.notYou}
          </a>
        </p>
        <form noValidate onSubmit={submitted(() => go(awsRoute(route.lang, route.gen, 'mfa')))}>
          <Field id="password" label={s.password} type="password" defaultValue="practice-password" />
          <Check id="show-password" label={s.showPassword} />
          <p className="g4-tight">
            <button type="button" className="aws-link" onClick={() => setNote('not-practised')}>
              {s.forgot}
            </button>
          </p>
          <button type="submit" className="aws-button g4-primary aws-full" id="signin_button">
            <span id="signin_button_text">{s.signIn}</span>
          </button>
        </form>
      </div>
    </G4Frame>
  );
}

export function G4Mfa({ route }: { route: AwsRoute }) {
  const text = G4;
  const s = text.mfa;
  const [wrong, setWrong] = useState(false);
  return (
    <G4Frame text={text}>
      <div className="g4-panel">
        <h1 className="g4-heading">{s.heading}</h1>
        <p>{s.intro}</p>
        <form noValidate onSubmit={submitted(() => setWrong(true))}>
          <Field id="mfaCode" label={s.code} inputMode="numeric" />
          {wrong && <ErrorAlert title={s.wrongCode} />}
          <button type="submit" className="aws-button g4-primary aws-full" id="mfa_submit_button">
            <span>{s.submit}</span>
          </button>
          <p className="g4-centered">
            <button
              type="button"
              className="aws-link"
              onClick={() => go(awsRoute(route.lang, route.gen, 'troubleshoot'))}
            >
              {s.trouble}
            </button>
          </p>
        </form>
      </div>
    </G4Frame>
  );
}

function Tile({ id, title, checked, onChange }: { id: string; title: string; checked: boolean; onChange(): void }) {
  return (
    <div className={`g4-tile${checked ? ' g4-tile-selected' : ''}`}>
      <label className="g4-radio-label" htmlFor={id}>
        <span className="g4-radio-control">
          <input
            type="radio"
            className="g4-radio-input"
            id={id}
            name="troubleshootOption"
            checked={checked}
            onChange={onChange}
          />
          <span className={`g4-circle${checked ? ' g4-circle-on' : ''}`} aria-hidden="true" />
        </span>
        <span className="g4-radio-title">{title}</span>
      </label>
    </div>
  );
}

export function G4Troubleshoot({ route }: { route: AwsRoute }) {
  const text = G4;
  const s = text.troubleshoot;
  const ctx = useRehearsal();
  const [choice, setChoice] = useState<'resync' | 'alternative' | null>(null);
  const next = () => {
    if (choice === 'alternative') chooseAlternativeFactors(ctx, route);
    else if (choice === 'resync') ctx.setNote('resync');
  };
  return (
    <G4Frame text={text}>
      <div className="g4-panel">
        <h1 className="g4-heading">{s.heading}</h1>
        <p>{s.intro}</p>
        <form noValidate onSubmit={submitted(next)}>
          <div role="radiogroup" aria-label={s.options} className="g4-tiles">
            <Tile id="opt-resync" title={s.resync} checked={choice === 'resync'} onChange={() => setChoice('resync')} />
            <Tile
              id="opt-alternative"
              title={s.alternative}
              checked={choice === 'alternative'}
              onChange={() => setChoice('alternative')}
            />
          </div>
          <div className="g4-row g4-end">
            <button type="button" className="aws-button" onClick={() => go(awsRoute(route.lang, route.gen, 'mfa'))}>
              <span>{s.cancel}</span>
            </button>
            <button type="submit" className="aws-button g4-primary">
              <span>{s.next}</span>
            </button>
          </div>
        </form>
      </div>
    </G4Frame>
  );
}

/** After "SMS text": the code from the text message, typed here (the guide never reads it). */
function SmsCodeForm({ text, onSubmit }: { text: G4Text; onSubmit(digits: string): 'verified' | 'wrong' | 'ignored' }) {
  const r = text.recovery;
  const [wrong, setWrong] = useState(false);
  return (
    <form noValidate onSubmit={submitted((form) => setWrong(onSubmit(typedDigits(form, 'sms-code')) !== 'verified'))}>
      <Field id="sms-code" label={r.smsCode} inputMode="numeric" />
      {wrong && <ErrorAlert title={r.smsWrong} />}
      <button type="submit" className="aws-button g4-primary" data-testid="verify-sms-code-button">
        <span>{r.smsVerify}</span>
      </button>
    </form>
  );
}

function PhoneButtons({
  text,
  enabled,
  onChoose,
}: {
  text: G4Text;
  enabled: boolean;
  onChoose(channel: 'sms' | 'voice'): void;
}) {
  const r = text.recovery;
  return (
    <div className="g4-row">
      <button
        type="submit"
        className="aws-button g4-primary"
        disabled={!enabled}
        data-testid="send-sms-message-button"
        onClick={() => onChoose('sms')}
      >
        <span>{r.sms}</span>
      </button>
      <button
        type="submit"
        className="aws-button"
        disabled={!enabled}
        data-testid="send-voice-message-button"
        onClick={() => onChoose('voice')}
      >
        <span>{r.voice}</span>
      </button>
    </div>
  );
}

export function G4Recovery({ route }: { route: AwsRoute }) {
  const text = G4;
  const r = text.recovery;
  const page = useRecoveryPage(route);
  const { state } = page;

  if (page.blocked) {
    return (
      <G4Frame text={text} wide>
        <h1 className="g4-heading">{r.heading}</h1>
        <Blocked text={r[page.blocked]} wayBack={r.startOver} href={page.signInHref} />
      </G4Frame>
    );
  }

  const emailVerified = state !== 'verify-email' && state !== 'email-sent';
  return (
    <G4Frame text={text} wide>
      <h1 className="g4-heading">{r.heading}</h1>
      <p className="g4-muted">{r.intro}</p>
      <section className="g4-panel" aria-labelledby="step-email">
        <h2 className="g4-h2" id="step-email">
          {r.step1}
        </h2>
        {emailVerified ? (
          <Status kind="ok">{r.emailVerified}</Status>
        ) : (
          <>
            <Status kind="info">{r.sentBadge}</Status>
            <p>
              <Bold parts={r.sent}>{PRACTICE_ACCOUNT.maskedEmail}</Bold>
            </p>
            <p>
              {r.resendPrompt}
              <button type="button" className="aws-link" data-testid="resend-email-button" onClick={page.sendEmail}>
                {r.resend}
              </button>
            </p>
          </>
        )}
      </section>
      <section className={`g4-panel${emailVerified ? '' : ' g4-step-off'}`} aria-labelledby="step-phone">
        <h2 className="g4-h2" id="step-phone">
          {r.step2}
        </h2>
        {(state === 'verify-email' || state === 'email-sent') && (
          <>
            <p>{r.willSend}</p>
            <PhoneButtons text={text} enabled={false} onChoose={page.startPhone} />
            <p className="g4-small">{r.afterEmail}</p>
          </>
        )}
        {state === 'verify-phone' && (
          <>
            <p>{r.willSend}</p>
            <p className="g4-small">{r.choose}</p>
            <PhoneButtons text={text} enabled onChoose={page.startPhone} />
          </>
        )}
        {state === 'phone-call' && page.code !== null && (
          <>
            <p>{r.calling}</p>
            <PhoneCode code={page.code} split />
            <Status kind="info">{r.waiting}</Status>
            <PhoneButtons text={text} enabled={false} onChoose={page.startPhone} />
          </>
        )}
        {state === 'sms-code' && (
          <>
            <p>{r.smsSent}</p>
            <SmsCodeForm text={text} onSubmit={page.enterSmsCode} />
          </>
        )}
        {state === 'phone-failed' && <ErrorAlert title={r.phoneFailed}>{r.phoneFailedHelp}</ErrorAlert>}
        {state === 'complete' && <Status kind="ok">{r.phoneVerified}</Status>}
      </section>
      <section className={`g4-panel${state === 'complete' ? '' : ' g4-step-off'}`} aria-labelledby="step-signin">
        <h2 className="g4-h2" id="step-signin">
          {r.step3}
        </h2>
        <p>{state === 'complete' ? r.signInNow : r.signInLater}</p>
        {state === 'complete' && (
          <button type="button" className="aws-button g4-primary" onClick={page.signInToConsole}>
            <ArrowIcon />
            <span>{r.signInToConsole}</span>
          </button>
        )}
      </section>
    </G4Frame>
  );
}
