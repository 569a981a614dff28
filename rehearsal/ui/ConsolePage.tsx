/**
 * The IAM console's "My security credentials" page after recovery, in the states a person goes
 * through (spec §3 row 11): the lost device still listed and no row selected ("Remove" and
 * "Resync" disabled, as in the console's table) → its row selected ("Remove" enabled) → the
 * confirmation dialog with its own "Remove" → no device left → "Assign MFA device".
 */
import { useState } from 'react';
import { CONSOLE_TEXT, PRACTICE_ACCOUNT } from '../model/aws-text';
import { type AwsRoute, ownRoute } from '../model/routes';
import { go, useRehearsal } from './context';
import { AwsLogo } from './shared/icons';

export function ConsolePage({ route }: { route: AwsRoute }) {
  const t = CONSOLE_TEXT[route.lang];
  const { setNote } = useRehearsal();
  const [selected, setSelected] = useState(false);
  const [removed, setRemoved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const notPractised = () => setNote('not-practised');
  const devices = removed ? 0 : 1;

  return (
    <div className="console">
      {/* No `inert` behind the dialog: the page stays what it is, as on AWS, for the guide to judge. */}
      <div>
        <header className="console-nav">
          <AwsLogo label={t.home} light />
          <button type="button" className="console-nav-button" onClick={notPractised}>
            {t.services}
          </button>
          <search className="console-search">
            <input type="search" placeholder={t.search} aria-label={t.search} />
          </search>
          <span className="console-spacer" />
          <button type="button" className="console-nav-button" onClick={notPractised}>
            {t.region}
          </button>
          <button type="button" className="console-nav-button" onClick={notPractised}>
            {PRACTICE_ACCOUNT.accountName}
          </button>
        </header>
        <div className="console-layout">
          <nav className="console-side" aria-label={t.sideNav}>
            <h2 className="console-side-title">{t.iam}</h2>
            <ul>
              <li>{t.dashboard}</li>
            </ul>
            <div className="console-side-section">{t.accessManagement}</div>
            <ul>
              {t.accessItems.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </nav>
          <main className="console-main">
            <nav aria-label={t.breadcrumbs} className="console-crumbs">
              <ol>
                <li>{t.crumbIam}</li>
                <li aria-hidden="true">›</li>
                <li aria-current="page">{t.crumbHere}</li>
              </ol>
            </nav>
            <h1 className="console-h1">
              {t.heading} <span className="console-badge">{t.rootBadge}</span>
            </h1>
            <div className="console-flash">{t.notice}</div>
            {removed && (
              <div className="console-flash console-flash-ok" role="status">
                {t.removed}
              </div>
            )}
            <section className="console-container" aria-labelledby="account-details">
              <div className="console-container-header">
                <h2 className="console-h2" id="account-details">
                  {t.accountDetails}
                </h2>
              </div>
              <dl className="console-dl">
                <div>
                  <dt>{t.accountName}</dt>
                  <dd>{PRACTICE_ACCOUNT.accountName}</dd>
                </div>
                <div>
                  <dt>{t.email}</dt>
                  <dd>{PRACTICE_ACCOUNT.maskedEmail}</dd>
                </div>
                <div>
                  <dt>{t.accountId}</dt>
                  <dd>{PRACTICE_ACCOUNT.accountId}</dd>
                </div>
              </dl>
            </section>
            <section className="console-container" aria-labelledby="mfa-heading">
              <div className="console-container-header">
                <div>
                  <h2 className="console-h2" id="mfa-heading">
                    {t.mfaHeading(devices)}
                  </h2>
                  <p className="console-desc">{t.mfaDescription}</p>
                </div>
                <div className="console-actions">
                  <button
                    type="button"
                    className="aws-button"
                    disabled={!selected || removed}
                    onClick={() => setConfirming(true)}
                  >
                    <span>{t.remove}</span>
                  </button>
                  <button type="button" className="aws-button" disabled={!selected || removed} onClick={notPractised}>
                    <span>{t.resync}</span>
                  </button>
                  <button
                    type="button"
                    className="aws-button aws-primary"
                    onClick={() => go(ownRoute(route.lang, route.gen, 'done'))}
                  >
                    <span>{t.assign}</span>
                  </button>
                </div>
              </div>
              <table className="console-table">
                <thead>
                  <tr>
                    <th>
                      <span className="visually-hidden">{t.select}</span>
                    </th>
                    <th>{t.deviceType}</th>
                    <th>{t.identifier}</th>
                    <th>{t.certifications}</th>
                    <th>{t.createdOn}</th>
                  </tr>
                </thead>
                <tbody>
                  {removed ? (
                    <tr>
                      <td colSpan={5} className="console-empty">
                        {t.noDevices}
                      </td>
                    </tr>
                  ) : (
                    <tr>
                      <td>
                        <input
                          type="radio"
                          name="mfa-select"
                          aria-label={t.selectRow(PRACTICE_ACCOUNT.lostDevice)}
                          checked={selected}
                          onChange={() => setSelected(true)}
                        />
                      </td>
                      <td>{t.virtual}</td>
                      <td>{PRACTICE_ACCOUNT.lostDevice}</td>
                      <td>{t.notApplicable}</td>
                      <td>{t.created}</td>
                    </tr>
                  )}
                </tbody>
              </table>
            </section>
            <section className="console-container" aria-labelledby="access-keys">
              <div className="console-container-header">
                <div>
                  <h2 className="console-h2" id="access-keys">
                    {t.accessKeys}
                  </h2>
                  <p className="console-desc">{t.accessKeysDescription}</p>
                </div>
                <div className="console-actions">
                  <button type="button" className="aws-button" onClick={notPractised}>
                    <span>{t.createAccessKey}</span>
                  </button>
                </div>
              </div>
              <p className="console-empty">{t.noAccessKeys}</p>
            </section>
          </main>
        </div>
      </div>
      {confirming && (
        <div className="aws-overlay">
          <div className="aws-modal" role="dialog" aria-modal="true" aria-labelledby="remove-title">
            <div className="aws-modal-header">
              <h2 className="console-h2" id="remove-title">
                {t.removeTitle}
              </h2>
            </div>
            <div className="aws-modal-body">
              <p>{t.removeBody(PRACTICE_ACCOUNT.lostDevice)}</p>
            </div>
            <div className="aws-modal-footer">
              <button type="button" className="aws-button" onClick={() => setConfirming(false)}>
                <span>{t.cancel}</span>
              </button>
              <button
                type="button"
                className="aws-button aws-primary"
                onClick={() => {
                  setRemoved(true);
                  setConfirming(false);
                }}
              >
                <span>{t.remove}</span>
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
