/**
 * The rehearsal: a hash router over the simulated AWS pages and the practice's own pages, the
 * practice banner on every one, and the real guide mounted on the AWS pages.
 */
import {
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { preferencesItem } from '../../lib/guide/storage';
import { CONSOLE_TEXT, G3_TEXT, G4_TEXT } from '../../lib/rehearsal/aws-text';
import { isGuideMounted, mountRehearsalGuide, routeDrawn } from '../../lib/rehearsal/guide';
import { linkToken, shortId, sixDigitCode } from '../../lib/rehearsal/random';
import { type AwsRoute, type FlowRoute, parseRoute, preferredLang, type Route } from '../../lib/rehearsal/routes';
import type { SessionStore } from '../../lib/rehearsal/store';
import { GUIDE_UI_IN_PAGE } from '../guide-in-page';
import { ConsolePage } from './ConsolePage';
import { type BannerNote, RehearsalContext, type RehearsalContextValue, rehearsalMessages } from './context';
import { G3Iam, G3Mfa, G3Password, G3Recovery, G3SignIn } from './G3Pages';
import { G4Iam, G4Mfa, G4Password, G4Recovery, G4RootEmail, G4SignIn, G4Troubleshoot } from './G4Pages';
import { Mailbox } from './Mailbox';
import { Phone } from './Phone';
import { PracticeBanner } from './PracticeBanner';
import { StartScreen } from './StartScreen';

function subscribeToHash(listener: () => void) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

function useRoute(): Route {
  const hash = useSyncExternalStore(subscribeToHash, () => location.hash);
  return useMemo(() => parseRoute(hash), [hash]);
}

/** Which side the guide's panel is docked on, so the simulated page leaves it room. */
function useGuideDock(): 'left' | 'right' {
  const [dock, setDock] = useState<'left' | 'right'>('right');
  useEffect(() => {
    let live = true;
    void preferencesItem.getValue().then((preferences) => live && setDock(preferences.dock));
    const unwatch = preferencesItem.watch((preferences) => setDock(preferences.dock));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return dock;
}

function AwsPage({ route }: { route: AwsRoute }) {
  if (route.screen === 'console') return <ConsolePage route={route} />;
  if (route.gen === 'g3') {
    switch (route.screen) {
      case 'signin':
      case 'signin-root':
        return <G3SignIn route={route} />;
      case 'iam':
        return <G3Iam route={route} />;
      case 'password':
        return <G3Password route={route} />;
      case 'mfa':
      case 'troubleshoot':
        return <G3Mfa route={route} />;
      default:
        return <G3Recovery route={route} />;
    }
  }
  switch (route.screen) {
    case 'signin':
      return <G4SignIn route={route} />;
    case 'signin-root':
      return <G4RootEmail route={route} />;
    case 'iam':
      return <G4Iam route={route} />;
    case 'password':
      return <G4Password route={route} />;
    case 'mfa':
      return <G4Mfa route={route} />;
    case 'troubleshoot':
      return <G4Troubleshoot route={route} />;
    default:
      return <G4Recovery route={route} />;
  }
}

function DoneScreen({ route }: { route: FlowRoute }) {
  const t = rehearsalMessages(route.lang).done;
  return (
    <main className="own-page done">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <a className="own-button" href={`#/${route.lang}`}>
          {t.again}
        </a>
      </p>
    </main>
  );
}

function pageTitle(route: Route): string {
  const t = rehearsalMessages(route.lang ?? 'en');
  if (route.kind === 'start') return t.start.title;
  if (route.kind === 'own') {
    const own = { mailbox: t.mailbox.title, phone: t.phone.title, done: t.done.title };
    return own[route.screen];
  }
  if (route.screen === 'console') return CONSOLE_TEXT[route.lang].title;
  return route.gen === 'g3' ? G3_TEXT[route.lang].title : G4_TEXT.en.title;
}

export function RehearsalApp({ store }: { store: SessionStore }) {
  const route = useRoute();
  const lang = route.lang ?? preferredLang(navigator.languages);
  const messages = rehearsalMessages(lang);
  const dock = useGuideDock();
  // A remark belongs to the page it was made on: it goes away when the route changes.
  const [noted, setNoted] = useState<{ note: BannerNote; hash: string } | null>(null);
  const setNote = useCallback((note: BannerNote | null) => setNoted(note ? { note, hash: location.hash } : null), []);
  const note = noted && noted.hash === location.hash ? noted.note : null;

  const context = useMemo<RehearsalContextValue>(
    () => ({ store, setNote, newToken: () => linkToken(), newCode: () => sixDigitCode(), newId: () => shortId() }),
    [store, setNote],
  );

  // In the same commit as the page's DOM: the guide judges what is drawn at its route's URL.
  useLayoutEffect(() => routeDrawn(route), [route]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${messages.titlePrefix} ${pageTitle({ ...route, lang } as Route)}`;
  }, [route, lang, messages]);

  useEffect(() => {
    // A new page, as far as the person is concerned: start at its top.
    window.scrollTo(0, 0);
    if (route.kind === 'aws') void mountRehearsalGuide(GUIDE_UI_IN_PAGE);
    // The guide stays once mounted; the practice's own pages are shown without it, as a real
    // mail site would be: load them afresh.
    else if (isGuideMounted()) location.reload();
  }, [route]);

  // Leaving the AWS pages: nothing is drawn until the page has loaded afresh without the guide.
  if (route.kind !== 'aws' && isGuideMounted()) return null;

  let surface: ReactNode;
  if (route.kind === 'start') surface = <StartScreen lang={lang} />;
  else if (route.kind === 'aws') surface = <AwsPage key={`${route.screen}/${route.token}`} route={route} />;
  else if (route.screen === 'mailbox') surface = <Mailbox lang={route.lang} gen={route.gen} />;
  else if (route.screen === 'phone') surface = <Phone lang={route.lang} />;
  else surface = <DoneScreen route={route} />;

  return (
    <RehearsalContext.Provider value={context}>
      <div
        className="rehearsal"
        data-surface={route.kind}
        data-dock={dock}
        data-watermark={messages.watermark}
        lang={lang}
      >
        <PracticeBanner route={route} messages={messages} note={note} />
        <div className="rehearsal-surface">{surface}</div>
      </div>
    </RehearsalContext.Provider>
  );
}
