/**
 * What a recovery page shows once it can no longer go on (it timed out, or the email's link no
 * longer works): AWS's error and its one way back to the start. Each generation frames it.
 */
import { ErrorAlert } from './alerts';

export interface BlockedText {
  title: string;
  help: string;
}

export function Blocked({ text, wayBack, href }: { text: BlockedText; wayBack: string; href: string }) {
  return (
    <>
      <ErrorAlert title={text.title}>{text.help}</ErrorAlert>
      <p>
        <a className="aws-button aws-primary" href={href}>
          <span>{wayBack}</span>
        </a>
      </p>
    </>
  );
}
