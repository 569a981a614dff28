/** The 6 digits the page shows while AWS calls; digit by digit where the generation spaces them. */
export function PhoneCode({ code, split }: { code: string; split: boolean }) {
  if (!split) {
    return (
      <div className="aws-code" id="phone_pin">
        {code}
      </div>
    );
  }
  return (
    <div className="aws-code" id="phone_pin">
      {Array.from(code, (digit, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the code is fixed while shown; a digit's place is its identity
        <span key={index}>{digit}</span>
      ))}
    </div>
  );
}
