/**
 * G3 (~2021–2025, the pages in AWS's documentation), in English and Japanese: the same structure
 * and wording as the detector's fixture pages (tests/fixtures/pages/g3).
 */
import { type ReactNode, useState } from 'react';
import { G3_TEXT, type G3Text, PRACTICE_ACCOUNT } from '../model/aws-text';
import { type AwsRoute, awsRoute } from '../model/routes';
import { go, useRehearsal } from './context';
import { ErrorAlert, Status } from './shared/alerts';
import { Blocked } from './shared/Blocked';
import { submitted } from './shared/form';
import { ArrowIcon, CheckIcon, AwsLogo as Logo, MailIcon, PhoneIcon } from './shared/icons';
import { Around as Bold } from './shared/inline';
import { PhoneCode } from './shared/PhoneCode';
import { chooseAlternativeFactors, useRecoveryPage } from './use-recovery';

function G3Frame({ text, promo = true, children }: { text: G3Text; promo?: boolean; children: ReactNode }) {
  return (
    <div className="g3">
      <header className="g3-header">
        <Logo label={text.homeLabel} />
      </header>
      <main className="g3-main">
        <div className="g3-grid">
          <div className="g3-card">{children}</div>
          {promo && (
            <aside className="g3-promo">
              <div className="g3-promo-eyebrow">AWS</div>
              <h2 className="g3-promo-title">{text.promoTitle}</h2>
              <p>{text.promoBody}</p>
            </aside>
          )}
        </div>
      </main>
      <footer className="g3-footer">{text.copyright}</footer>
    </div>
  );
}

function Field({
  id,
  label,
  type = 'text',
  defaultValue,
  aside,
  autoComplete,
}: {
  id: string;
  label: string;
  type?: string;
  defaultValue?: string;
  aside?: ReactNode;
  autoComplete?: string;
}) {
  return (
    <div className="g3-field">
      <div className="g3-label-row">
        <label className="g3-label" htmlFor={id}>
          {label}
        </label>
        {aside}
      </div>
      <input
        className="g3-input"
        id={id}
        name={id}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        spellCheck={false}
      />
    </div>
  );
}

function RadioTile({
  id,
  title,
  description,
  checked,
  onChange,
}: {
  id: string;
  title: string;
  description: string;
  checked: boolean;
  onChange(): void;
}) {
  return (
    <div className="g3-radio">
      <label className="g3-radio-label" htmlFor={id}>
        <span className="g3-radio-control">
          <input
            type="radio"
            className="g3-radio-input"
            id={id}
            name="userType"
            checked={checked}
            onChange={onChange}
          />
          <span className={`g3-circle${checked ? ' g3-circle-on' : ''}`} aria-hidden="true" />
        </span>
        <span className="g3-radio-content">
          <span className="g3-radio-title">{title}</span>
          <span className="g3-radio-desc">{description}</span>
        </span>
      </label>
    </div>
  );
}

export function G3SignIn({ route }: { route: AwsRoute }) {
  const text = G3_TEXT[route.lang];
  const s = text.signIn;
  const { setNote } = useRehearsal();
  const [userType, setUserType] = useState<'root' | 'iam'>('root');
  return (
    <G3Frame text={text}>
      <h1 className="g3-heading">{s.heading}</h1>
      <form
        noValidate
        onSubmit={submitted(() => go(awsRoute(route.lang, route.gen, userType === 'root' ? 'password' : 'iam')))}
      >
        <div role="radiogroup" aria-label={s.userType}>
          <RadioTile
            id="root_user_radio_button"
            title={s.rootTitle}
            description={s.rootDescription}
            checked={userType === 'root'}
            onChange={() => setUserType('root')}
          />
          <RadioTile
            id="iam_user_radio_button"
            title={s.iamTitle}
            description={s.iamDescription}
            checked={userType === 'iam'}
            onChange={() => setUserType('iam')}
          />
        </div>
        {userType === 'root' ? (
          <Field
            id="resolving_input"
            label={s.rootEmail}
            type="email"
            defaultValue={PRACTICE_ACCOUNT.email}
            autoComplete="off"
          />
        ) : (
          <Field id="account_input" label={s.account} defaultValue={PRACTICE_ACCOUNT.accountId} autoComplete="off" />
        )}
        <button type="submit" className="aws-button aws-primary aws-full" id="next_button">
          <span>{s.next}</span>
        </button>
        <p className="g3-legal">{s.legal}</p>
        <div className="g3-divider">{s.newToAws}</div>
        <button type="button" className="aws-button aws-full" onClick={() => setNote('not-practised')}>
          <span>{s.createAccount}</span>
        </button>
      </form>
    </G3Frame>
  );
}

export function G3Iam({ route }: { route: AwsRoute }) {
  const text = G3_TEXT[route.lang];
  const s = text.iam;
  const { setNote } = useRehearsal();
  return (
    <G3Frame text={text}>
      <h1 className="g3-heading">{s.heading}</h1>
      <form noValidate onSubmit={submitted(() => setNote('not-practised'))}>
        <Field id="account" label={s.account} defaultValue={PRACTICE_ACCOUNT.accountId} autoComplete="off" />
        <Field id="username" label={s.userName} autoComplete="off" />
        <Field id="password" label={s.password} type="password" autoComplete="off" />
        <label className="g3-check">
          <input type="checkbox" defaultChecked /> {s.remember}
        </label>
        <button type="submit" className="aws-button aws-primary aws-full" id="signin_button">
          <span>{s.signIn}</span>
        </button>
        <p className="g3-below">
          <a className="aws-link" href={awsRoute(route.lang, route.gen, 'signin')}>
            {s.rootLink}
          </a>
        </p>
        <p className="g3-below">
          <button type="button" className="aws-link" onClick={() => setNote('not-practised')}>
            {s.forgot}
          </button>
        </p>
      </form>
    </G3Frame>
  );
}

export function G3Password({ route }: { route: AwsRoute }) {
  const text = G3_TEXT[route.lang];
  const s = text.password;
  const { setNote } = useRehearsal();
  return (
    <G3Frame text={text}>
      <h1 className="g3-heading">{s.heading}</h1>
      <div className="g3-muted">
        {s.email} <span>{PRACTICE_ACCOUNT.maskedEmail}</span>
      </div>
      <form noValidate onSubmit={submitted(() => go(awsRoute(route.lang, route.gen, 'mfa')))}>
        <Field
          id="password"
          label={s.password}
          type="password"
          defaultValue="practice-password"
          autoComplete="off"
          aside={
            <button type="button" className="aws-link g3-small" onClick={() => setNote('not-practised')}>
              {s.forgot}
            </button>
          }
        />
        <label className="g3-check g3-small">
          <input type="checkbox" id="show_password" /> {s.show}
        </label>
        <button type="submit" className="aws-button aws-primary aws-full" id="signin_button">
          <span>{s.signIn}</span>
        </button>
        <p className="g3-below">
          <a className="aws-link" href={awsRoute(route.lang, route.gen, 'signin')}>
            {s.otherAccount}
          </a>
        </p>
      </form>
    </G3Frame>
  );
}

function TroubleshootModal({ route, text }: { route: AwsRoute; text: G3Text }) {
  const ctx = useRehearsal();
  const s = text.troubleshoot;
  return (
    <div className="aws-overlay">
      <div className="aws-modal" role="dialog" aria-modal="true" aria-labelledby="ts-title">
        <div className="aws-modal-header">
          <h2 id="ts-title" className="g3-h2">
            {s.heading}
          </h2>
          <button
            type="button"
            className="aws-icon-button"
            aria-label={s.close}
            onClick={() => go(awsRoute(route.lang, route.gen, 'mfa'))}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="2" />
            </svg>
          </button>
        </div>
        <div className="aws-modal-body">
          <p>{s.resyncHelp}</p>
          <p>{s.alternativeHelp}</p>
        </div>
        <div className="aws-modal-footer">
          <button type="button" className="aws-button" onClick={() => ctx.setNote('resync')}>
            <span>{s.resync}</span>
          </button>
          <button type="button" className="aws-button aws-primary" onClick={() => chooseAlternativeFactors(ctx, route)}>
            <span>{s.alternative}</span>
          </button>
        </div>
      </div>
    </div>
  );
}

/** The MFA prompt; on the `troubleshoot` route with AWS's troubleshooting dialog over it. */
export function G3Mfa({ route }: { route: AwsRoute }) {
  const text = G3_TEXT[route.lang];
  const s = text.mfa;
  const [wrong, setWrong] = useState(false);
  const dialogOpen = route.screen === 'troubleshoot';
  return (
    <>
      <div inert={dialogOpen}>
        <G3Frame text={text}>
          <h1 className="g3-heading">{s.heading}</h1>
          <p>{s.intro}</p>
          <div className="g3-muted">{s.email}</div>
          <div>
            <strong>{PRACTICE_ACCOUNT.maskedEmail}</strong>
          </div>
          <form noValidate onSubmit={submitted(() => setWrong(true))}>
            <Field id="mfaCode" label={s.code} autoComplete="one-time-code" />
            {wrong && <ErrorAlert title={s.wrongCode} />}
            <button type="submit" className="aws-button aws-primary aws-full" id="mfa_submit_button">
              <span>{s.submit}</span>
            </button>
            <p className="g3-below">
              <a className="aws-link" id="troubleshoot_mfa_link" href={awsRoute(route.lang, route.gen, 'troubleshoot')}>
                {s.troubleshoot}
              </a>
            </p>
            <p className="g3-below">
              <a className="aws-link" href={awsRoute(route.lang, route.gen, 'signin')}>
                {s.cancel}
              </a>
            </p>
          </form>
        </G3Frame>
      </div>
      {dialogOpen && <TroubleshootModal route={route} text={text} />}
    </>
  );
}

function StepHead({ number, done, title }: { number: number; done: boolean; title: string }) {
  return (
    <div className="g3-step-head">
      {done ? <CheckIcon /> : <span className="g3-step-num">{number}</span>}
      <h2 className="g3-h2">{title}</h2>
    </div>
  );
}

/** "Sign in using alternative factors of authentication": three numbered steps on one page. */
export function G3Recovery({ route }: { route: AwsRoute }) {
  const text = G3_TEXT[route.lang];
  const r = text.recovery;
  const page = useRecoveryPage(route);
  const { state } = page;

  if (page.blocked) {
    return (
      <G3Frame text={text} promo={false}>
        <h1 className="g3-heading">{r.heading}</h1>
        <Blocked text={r[page.blocked]} wayBack={r.startOver} href={page.signInHref} />
      </G3Frame>
    );
  }

  const emailDone = state !== 'verify-email' && state !== 'email-sent';
  const phoneStep = state === 'verify-phone' || state === 'phone-call' || state === 'phone-failed';
  return (
    <G3Frame text={text} promo={false}>
      <h1 className="g3-heading">{r.heading}</h1>
      <p>{r.intro}</p>
      <ol className="g3-steps">
        <li className="g3-step" aria-current={emailDone ? undefined : 'step'}>
          <StepHead number={1} done={emailDone} title={r.step1} />
          <div className="g3-step-body">
            {state === 'verify-email' && (
              <>
                <p>
                  <Bold parts={r.willSend}>{PRACTICE_ACCOUNT.maskedEmail}</Bold>
                </p>
                <button
                  type="button"
                  className="aws-button aws-primary"
                  id="send_email_button"
                  onClick={page.sendEmail}
                >
                  <MailIcon />
                  <span>{r.send}</span>
                </button>
              </>
            )}
            {state === 'email-sent' && (
              <>
                <Status kind="info">{r.sentBadge}</Status>
                <p>
                  <Bold parts={r.sent}>{PRACTICE_ACCOUNT.maskedEmail}</Bold>
                </p>
                <p>
                  {r.resendPrompt}{' '}
                  <button type="button" className="aws-link" id="resend_email_link" onClick={page.sendEmail}>
                    {r.resend}
                  </button>
                </p>
              </>
            )}
            {emailDone && <Status kind="ok">{r.emailVerified}</Status>}
          </div>
        </li>
        <li className={`g3-step${emailDone ? '' : ' g3-step-inactive'}`} aria-current={phoneStep ? 'step' : undefined}>
          <StepHead number={2} done={state === 'complete'} title={r.step2} />
          <div className="g3-step-body">
            {state === 'complete' && <Status kind="ok">{r.phoneVerified}</Status>}
            {state === 'phone-failed' && <ErrorAlert title={r.phoneFailed}>{r.phoneFailedHelp}</ErrorAlert>}
            {state === 'phone-call' && page.code !== null && (
              <>
                <p>
                  <Bold parts={r.calling}>{r.phone}</Bold>
                </p>
                <PhoneCode code={page.code} split={route.lang === 'ja'} />
                <Status kind="info">{r.waiting}</Status>
              </>
            )}
            {(state === 'verify-email' || state === 'email-sent' || state === 'verify-phone') && (
              <p>
                <Bold parts={r.willCall}>{r.phone}</Bold>
              </p>
            )}
            {state !== 'complete' && (
              <button
                type="button"
                className="aws-button aws-primary"
                id="call_me_button"
                disabled={state !== 'verify-phone'}
                onClick={() => page.startPhone('voice')}
              >
                <PhoneIcon />
                <span>{r.call}</span>
              </button>
            )}
          </div>
        </li>
        <li
          className={`g3-step${state === 'complete' ? '' : ' g3-step-inactive'}`}
          aria-current={state === 'complete' ? 'step' : undefined}
        >
          <StepHead number={3} done={false} title={r.step3} />
          <div className="g3-step-body">
            <p>{state === 'complete' ? r.signInNow : r.signInLater}</p>
            <button
              type="button"
              className="aws-button aws-primary"
              id="signin_console_button"
              disabled={state !== 'complete'}
              onClick={page.signInToConsole}
            >
              <span>{r.signInToConsole}</span>
              <ArrowIcon />
            </button>
          </div>
        </li>
      </ol>
      <p className="g3-small g3-muted">{r.support}</p>
    </G3Frame>
  );
}
