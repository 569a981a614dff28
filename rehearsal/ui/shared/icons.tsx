/** The pictures the simulated pages draw: AWS's logo and the small status icons. */

/** AWS's logo as the sign-in pages draw it; a picture, not a link (nothing leaves the rehearsal). */
export function AwsLogo({ label, light = false }: { label: string; light?: boolean }) {
  return (
    <svg className="aws-logo" width="54" height="32" viewBox="0 0 54 32" role="img" aria-label={label}>
      <text
        x="3"
        y="18"
        fontFamily="Arial,Helvetica,sans-serif"
        fontWeight="700"
        fontSize="19"
        letterSpacing="-.5"
        fill={light ? '#fff' : '#252f3e'}
      >
        aws
      </text>
      <path
        d="M45.7 23.6C40.2 27.7 32.2 29.8 25.3 29.8c-9.6 0-18.3-3.6-24.9-9.5-.5-.5-.1-1.1.6-.7 7.1 4.1 15.8 6.6 24.9 6.6 6.1 0 12.8-1.3 19-3.9.9-.4 1.7.6.8 1.3z"
        fill="#f90"
      />
      <path
        d="M48 21c-.7-.9-4.7-.4-6.5-.2-.5.1-.6-.4-.1-.8 3.2-2.2 8.4-1.6 9-.8.6.8-.2 5.9-3.2 8.4-.5.4-.9.2-.7-.3.7-1.6 2.2-5.3 1.5-6.3z"
        fill="#f90"
      />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="#037f0c" />
      <path d="M4.5 8.2l2.2 2.2 4.8-4.8" stroke="#fff" strokeWidth="2" fill="none" />
    </svg>
  );
}

export function ErrorIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="#d91515" />
      <path d="M8 4v5M8 11v1" stroke="#fff" strokeWidth="2" />
    </svg>
  );
}

export function InfoIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M8 7v5M8 4v1" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

export function PhoneIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="4" y="1" width="8" height="14" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M7 12h2" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

export function MailIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="1" y="3" width="14" height="10" rx="1" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M1.5 4l6.5 5 6.5-5" stroke="currentColor" strokeWidth="2" fill="none" />
    </svg>
  );
}

export function ArrowIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M3 8h9M8 4l4 4-4 4" stroke="currentColor" strokeWidth="2" fill="none" />
    </svg>
  );
}
