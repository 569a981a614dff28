/**
 * The practice mailbox: the verification mails of this rehearsal, newest first. The link opens the
 * next step in a new tab, as a real mail app does.
 */
import { useState } from 'react';
import { VERIFICATION_MAIL } from '../model/mail-and-phone';
import { awsRoute, type RehearsalGen, type RehearsalLang } from '../model/routes';
import type { Mail } from '../model/session';
import { rehearsalMessages, useSession } from './context';

function receivedAt(lang: RehearsalLang, time: number): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(time);
}

/** The link's address: this same page, on the route of the link's AWS page. */
export function mailLinkHref(lang: RehearsalLang, gen: RehearsalGen, token: string): string {
  return `${location.pathname}${awsRoute(lang, gen, 'link', token)}`;
}

function MailView({ mail, lang, gen, onBack }: { mail: Mail; lang: RehearsalLang; gen: RehearsalGen; onBack(): void }) {
  const t = rehearsalMessages(lang).mailbox;
  const m = VERIFICATION_MAIL;
  return (
    <article className="mail-view" aria-labelledby="mail-subject">
      <button type="button" className="mailbox-back" onClick={onBack}>
        ← {t.back}
      </button>
      <h2 id="mail-subject" lang="en">
        {m.subject}
      </h2>
      <dl className="mail-headers">
        <div>
          <dt>{t.from}</dt>
          <dd lang="en">
            {m.fromName} &lt;{m.fromAddress}&gt;
          </dd>
        </div>
        <div>
          <dt>{t.to}</dt>
          <dd>{m.to}</dd>
        </div>
        <div>
          <dt>{t.received}</dt>
          <dd>{receivedAt(lang, mail.sentAt)}</dd>
        </div>
      </dl>
      <div className="mail-body" lang="en">
        <p>{m.greeting}</p>
        <p>{m.body}</p>
        <p>
          <a
            id="emailVerificationUrl"
            className="mail-button"
            href={mailLinkHref(lang, gen, mail.token)}
            target="_blank"
            rel="noopener"
          >
            {m.link}
          </a>
        </p>
        <p>{m.notYou}</p>
        <p>{m.signature}</p>
      </div>
      <p className="mail-hint">{t.linkHint}</p>
    </article>
  );
}

export function Mailbox({ lang, gen }: { lang: RehearsalLang; gen: RehearsalGen }) {
  const t = rehearsalMessages(lang).mailbox;
  const session = useSession();
  const [openToken, setOpenToken] = useState<string | null>(null);
  const [read, setRead] = useState<ReadonlySet<string>>(new Set());
  const mails = [...session.mails].reverse();
  const open = mails.find((mail) => mail.token === openToken);

  return (
    <div className="mailbox">
      <header className="mailbox-top">
        <h1>{t.title}</h1>
        <span className="mailbox-address">{VERIFICATION_MAIL.to}</span>
      </header>
      <div className="mailbox-layout">
        <nav className="mailbox-folders" aria-label={t.folders}>
          <ul>
            <li aria-current="page">
              {t.inbox} ({mails.length})
            </li>
            <li>{t.spam} (0)</li>
          </ul>
        </nav>
        <main className="mailbox-main">
          {open ? (
            <MailView mail={open} lang={lang} gen={gen} onBack={() => setOpenToken(null)} />
          ) : (
            <section aria-label={t.messages}>
              {mails.length === 0 ? (
                <p className="mailbox-empty">{t.empty}</p>
              ) : (
                <ul className="mail-list">
                  {mails.map((mail) => {
                    const unread = !read.has(mail.token);
                    return (
                      <li key={mail.token}>
                        <button
                          type="button"
                          className={`mail-row${unread ? ' mail-unread' : ''}`}
                          onClick={() => {
                            setOpenToken(mail.token);
                            setRead(new Set([...read, mail.token]));
                          }}
                        >
                          <span className="mail-from" lang="en">
                            {VERIFICATION_MAIL.fromName}
                          </span>
                          <span className="mail-subject" lang="en">
                            {VERIFICATION_MAIL.subject}
                          </span>
                          <span className="mail-time">{receivedAt(lang, mail.sentAt)}</span>
                          {unread && <span className="visually-hidden"> ({t.unread})</span>}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          )}
        </main>
      </div>
    </div>
  );
}
