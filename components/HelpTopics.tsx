import { useState } from 'react';
import type { Messages } from '../lib/guide/i18n';
import { useMessages } from './guide-context';

export type HelpTopic = keyof Messages['help'];
const TOPICS: readonly HelpTopic[] = ['iam-user', 'no-email', 'no-phone', 'organizations', 'password'];

/** The branches with no page of their own: a list of topics, each opening as a page of help. */
export function HelpTopics() {
  const t = useMessages();
  const [open, setOpen] = useState<HelpTopic | null>(null);
  if (open) {
    return (
      <section className="help" aria-labelledby="guide-help-title">
        <h3 id="guide-help-title">{t.help[open].title}</h3>
        <p>{t.help[open].body}</p>
        <button type="button" className="text-button" onClick={() => setOpen(null)}>
          {t.helpBack}
        </button>
      </section>
    );
  }
  return (
    <section className="help" aria-labelledby="guide-help-heading">
      <h3 id="guide-help-heading">{t.helpHeading}</h3>
      <ul className="help-topics">
        {TOPICS.map((topic) => (
          <li key={topic}>
            <button type="button" className="link-button" onClick={() => setOpen(topic)}>
              {t.help[topic].title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
