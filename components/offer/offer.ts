import type { GuideState, GuideStore } from '../../lib/guide/store';
import { resolveLanguage } from '../../lib/language';
import { OFFER_TEXT } from '../../locales/offer';

/**
 * On ordinary sign-in pages: one small, dismissible "Lost your MFA device? Guide me" offer.
 * Plain DOM, not React: it is part of what loads on every AWS sign-in, and the React panel is
 * loaded only once someone asks for the guide. Returns its removal.
 */
export function showOffer(shadow: ShadowRoot, store: GuideStore): () => void {
  const section = document.createElement('section');
  const open = button('offer-open', () => store.getState().startGuide());
  const dismiss = button('icon-button', () => store.getState().dismissOffer());
  dismiss.textContent = '×';
  section.append(open, dismiss);
  shadow.append(section);

  const render = (state: GuideState) => {
    const language = resolveLanguage(state.preferences.language, navigator.languages);
    const text = OFFER_TEXT[language];
    section.className = `offer dock-${state.preferences.dock}`;
    section.lang = language;
    section.setAttribute('aria-label', text.label);
    open.textContent = text.open;
    dismiss.setAttribute('aria-label', text.dismiss);
    dismiss.title = text.dismiss;
  };
  render(store.getState());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    section.remove();
  };
}

function button(className: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.addEventListener('click', onClick);
  return element;
}
