/** The guide's root inside the shadow root. The panel itself arrives with the panel issue. */
export function GuideApp() {
  return null;
}
