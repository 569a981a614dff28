/**
 * G4 (seen April 2026, one English source): IAM-first sign-in, "Trouble signing in?", option tiles
 * and "Next", the email sent at once, "SMS text" / "Voice call". The same structure and wording as
 * the detector's fixture pages (tests/fixtures/pages/g4/en).
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { G4_TEXT, PRACTICE_ACCOUNT } from '../../lib/rehearsal/aws-text';
import { type AwsRoute, awsRoute } from '../../lib/rehearsal/routes';
import { AroundLink, ArrowIcon, Blocked, Around as Bold, Code, ErrorIcon, AwsLogo as Logo, Status } from './common';
import { go, useRehearsal } from './context';
import { chooseAlternativeFactors, useRecoveryPage } from './use-recovery';

const text = G4_TEXT.en;

function G4Frame({ wide = false, children }: { wide?: boolean; children: ReactNode }) {
  return (
    <div className="g4">
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

const submitted = (action: (form: HTMLFormElement) => void) => (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  action(event.currentTarget);
};

export function G4SignIn({ route }: { route: AwsRoute }) {
  const s = text.signIn;
  const { setNote } = useRehearsal();
  return (
    <G4Frame>
      <div className="g4-panel">
        <h1 className="g4-heading">{s.heading}</h1>
        <form noValidate onSubmit={submitted(() => go(awsRoute(route.lang, route.gen, 'iam')))}>
          <Field id="account-id" label={s.account} hint={s.accountHint} />
          <label className="g4-check">
            <input type="checkbox" name="remember" /> {s.remember}
          </label>
          <button type="submit" className="aws-button g4-primary aws-full">
            <span>{s.next}</span>
          </button>
          <div className="g4-or">{s.or}</div>
          <p className="g4-centered">
            <a className="aws-link" href={awsRoute(route.lang, route.gen, 'signin-root')}>
              {s.rootLink}
            </a>
          </p>
        </form>
        <p className="g4-small g4-muted">{s.legal}</p>
        <div className="g4-or">{s.newToAws}</div>
        <button type="button" className="aws-button aws-full" onClick={() => setNote({ kind: 'not-practised' })}>
          <span>{s.createAccount}</span>
        </button>
      </div>
    </G4Frame>
  );
}

export function G4RootEmail({ route }: { route: AwsRoute }) {
  const s = text.rootEmail;
  return (
    <G4Frame>
      <div className="g4-panel">
        <h1 className="g4-heading">{s.heading}</h1>
        <p>{s.rootUser}</p>
        <form noValidate onSubmit={submitted(() => go(awsRoute(route.lang, route.gen, 'password')))}>
          <Field id="email" label={s.email} hint={s.emailHint} type="email" defaultValue={PRACTICE_ACCOUNT.email} />
          <div className="g4-row g4-spread">
            <button type="button" className="aws-button" onClick={() => go(awsRoute(route.lang, route.gen, 'signin'))}>
              <span>{s.back}</span>
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

export function G4Iam({ route }: { route: AwsRoute }) {
  const s = text.iam;
  const { setNote } = useRehearsal();
  return (
    <G4Frame>
      <div className="g4-panel">
        <h1 className="g4-heading">{s.heading}</h1>
        <form noValidate onSubmit={submitted(() => setNote({ kind: 'not-practised' }))}>
          <Field id="account-id" label={s.account} defaultValue={PRACTICE_ACCOUNT.accountId} />
          <Field id="iam-username" label={s.userName} />
          <Field id="iam-password" label={s.password} type="password" />
          <button type="submit" className="aws-button g4-primary aws-full">
            <span>{s.signIn}</span>
          </button>
          <div className="g4-or">{s.or}</div>
          <p className="g4-centered">
            <a className="aws-link" href={awsRoute(route.lang, route.gen, 'signin-root')}>
              {s.rootLink}
            </a>
          </p>
          <p className="g4-centered">
            <button type="button" className="aws-link" onClick={() => setNote({ kind: 'not-practised' })}>
              {s.forgot}
            </button>
          </p>
        </form>
      </div>
    </G4Frame>
  );
}

export function G4Password({ route }: { route: AwsRoute }) {
  const s = text.password;
  const { setNote } = useRehearsal();
  return (
    <G4Frame>
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
          <p className="g4-tight">
            <button type="button" className="aws-link" onClick={() => setNote({ kind: 'not-practised' })}>
              {s.forgot}
            </button>
          </p>
          <button type="submit" className="aws-button g4-primary aws-full">
            <span>{s.signIn}</span>
          </button>
        </form>
      </div>
    </G4Frame>
  );
}

export function G4Mfa({ route }: { route: AwsRoute }) {
  const s = text.mfa;
  const [wrong, setWrong] = useState(false);
  return (
    <G4Frame>
      <div className="g4-panel">
        <h1 className="g4-heading">{s.heading}</h1>
        <p>{s.intro}</p>
        <form noValidate onSubmit={submitted(() => setWrong(true))}>
          <Field id="mfa-code" label={s.code} inputMode="numeric" />
          {wrong && (
            <div className="aws-alert" role="alert">
              <ErrorIcon />
              <span>{s.wrongCode}</span>
            </div>
          )}
          <button type="submit" className="aws-button g4-primary aws-full">
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
  const s = text.troubleshoot;
  const ctx = useRehearsal();
  const [choice, setChoice] = useState<'resync' | 'alternative' | null>(null);
  const next = () => {
    if (choice === 'alternative') chooseAlternativeFactors(ctx, route);
    else if (choice === 'resync') ctx.setNote({ kind: 'resync' });
  };
  return (
    <G4Frame>
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

function SmsCodeForm({ onSubmit }: { onSubmit(digits: string): 'verified' | 'wrong' | 'ignored' }) {
  const r = text.recovery;
  const [wrong, setWrong] = useState(false);
  return (
    <form
      noValidate
      onSubmit={submitted((form) => {
        const field = form.elements.namedItem('sms-code');
        const digits = field instanceof HTMLInputElement ? field.value.replace(/\D/g, '') : '';
        setWrong(onSubmit(digits) !== 'verified');
      })}
    >
      <Field id="sms-code" label={r.smsCode} inputMode="numeric" />
      {wrong && (
        <div className="aws-alert" role="alert">
          <ErrorIcon />
          <span>{r.smsWrong}</span>
        </div>
      )}
      <button type="submit" className="aws-button g4-primary">
        <span>{r.smsVerify}</span>
      </button>
    </form>
  );
}

function PhoneButtons({ enabled, onChoose }: { enabled: boolean; onChoose(channel: 'sms' | 'voice'): void }) {
  const r = text.recovery;
  return (
    <div className="g4-row">
      <button
        type="button"
        className="aws-button g4-primary"
        disabled={!enabled}
        data-testid="send-sms-message-button"
        onClick={() => onChoose('sms')}
      >
        <span>{r.sms}</span>
      </button>
      <button
        type="button"
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
  const r = text.recovery;
  const page = useRecoveryPage(route);
  const { state } = page;

  if (page.timedOut || page.linkInvalid) {
    const [title, parts] = page.timedOut ? [r.timedOut, r.timedOutHelp] : [r.linkInvalid, r.linkInvalidHelp];
    return (
      <G4Frame wide>
        <h1 className="g4-heading">{r.heading}</h1>
        <Blocked title={title} help={<AroundLink parts={parts} label={r.signInPage} href={page.signInHref} />} />
      </G4Frame>
    );
  }

  const emailVerified = state !== 'verify-email' && state !== 'email-sent';
  return (
    <G4Frame wide>
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
            <PhoneButtons enabled={false} onChoose={page.startPhone} />
            <p className="g4-small">{r.afterEmail}</p>
          </>
        )}
        {state === 'verify-phone' && (
          <>
            <p>{r.willSend}</p>
            <p className="g4-small">{r.choose}</p>
            <PhoneButtons enabled onChoose={page.startPhone} />
          </>
        )}
        {state === 'phone-call' && page.code !== null && (
          <>
            <p>{r.calling}</p>
            <Code code={page.code} split />
            <Status kind="info">{r.waiting}</Status>
            <PhoneButtons enabled={false} onChoose={page.startPhone} />
          </>
        )}
        {state === 'sms-code' && (
          <>
            <p>{r.smsSent}</p>
            <SmsCodeForm onSubmit={page.enterSmsCode} />
          </>
        )}
        {state === 'phone-failed' && (
          <div className="aws-alert" role="alert">
            <ErrorIcon />
            <div>
              <p className="aws-alert-title">{r.phoneFailed}</p>
              <p>{r.phoneFailedHelp}</p>
            </div>
          </div>
        )}
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
