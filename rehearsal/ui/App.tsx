/**
 * The rehearsal: a hash router over the simulated AWS pages and the practice's own pages, the
 * practice banner on every one, and the real guide on the AWS pages only (as on a real mail site,
 * the practice's own pages have none): it is mounted on entering them and removed on leaving,
 * through an AbortSignal, and with the whole rehearsal's signal.
 */
import {
  type ReactNode,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { preferencesItem } from '../../lib/guide/storage';
import { ensureRehearsalEngaged } from '../guide-progress';
import { CONSOLE_TEXT, G3_TEXT, G4_TEXT } from '../model/aws-text';
import { linkToken, shortId, sixDigitCode } from '../model/random';
import { type AwsRoute, parseRoute, preferredLang, type Route, standInUrl } from '../model/routes';
import { mountRehearsalGuide } from '../mount-guide';
import type { RehearsalStore } from '../session-store';
import { ConsolePage } from './ConsolePage';
import { type BannerNote, RehearsalContext, type RehearsalContextValue, rehearsalMessages } from './context';
import { DoneScreen } from './DoneScreen';
import { G3Iam, G3Mfa, G3Password, G3Recovery, G3SignIn } from './G3Pages';
import { G4IamSignIn, G4Mfa, G4Password, G4Recovery, G4RootEmail, G4Troubleshoot } from './G4Pages';
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
function useGuideDock(signal: AbortSignal): 'left' | 'right' {
  const [dock, setDock] = useState<'left' | 'right'>('right');
  useEffect(() => {
    let live = true;
    void preferencesItem.getValue().then((preferences) => live && setDock(preferences.dock));
    const unwatch = preferencesItem.watch((preferences) => setDock(preferences.dock));
    signal.addEventListener('abort', unwatch, { once: true });
    return () => {
      live = false;
      unwatch();
    };
  }, [signal]);
  return dock;
}

/**
 * The guide, while the AWS pages are shown. It judges the page that is drawn, at the AWS URL that
 * page stands in for: the hash changes first and the page is drawn after (`hashchange` comes a
 * task later), so judged at the hash, the previous page would read as `unknown` for a frame.
 */
function useGuideOnAwsPages(route: Route, signal: AbortSignal): void {
  const drawn = useRef(route);
  // In the same commit as the page's DOM.
  useLayoutEffect(() => {
    drawn.current = route;
  }, [route]);
  const onAws = route.kind === 'aws';
  useEffect(() => {
    if (!onAws) return;
    const shown = new AbortController();
    const stop = () => shown.abort();
    signal.addEventListener('abort', stop, { once: true });
    const pageUrl = () => standInUrl(drawn.current) ?? location.href;
    void ensureRehearsalEngaged().then(() => mountRehearsalGuide(shown.signal, pageUrl));
    return () => {
      signal.removeEventListener('abort', stop);
      shown.abort();
    };
  }, [onAws, signal]);
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
    case 'iam':
      return <G4IamSignIn route={route} />;
    case 'signin-root':
      return <G4RootEmail route={route} />;
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

function pageTitle(route: Route, lang: 'en' | 'ja'): string {
  const t = rehearsalMessages(lang);
  if (route.kind === 'start') return t.start.title;
  if (route.kind === 'own') return t[route.screen].title;
  if (route.screen === 'console') return CONSOLE_TEXT[lang].title;
  return route.gen === 'g3' ? G3_TEXT[lang].title : G4_TEXT.en.title;
}

export function RehearsalApp({ store, signal }: { store: RehearsalStore; signal: AbortSignal }) {
  const route = useRoute();
  const lang = route.lang ?? preferredLang(navigator.languages);
  const messages = rehearsalMessages(lang);
  const dock = useGuideDock(signal);
  // A remark belongs to the page it was made on: it goes away when the route changes.
  const [noted, setNoted] = useState<{ note: BannerNote; hash: string } | null>(null);
  const setNote = useCallback((note: BannerNote | null) => setNoted(note ? { note, hash: location.hash } : null), []);
  const note = noted && noted.hash === location.hash ? noted.note : null;

  const context = useMemo<RehearsalContextValue>(
    () => ({
      store,
      signal,
      setNote,
      newToken: () => linkToken(),
      newCode: () => sixDigitCode(),
      newId: () => shortId(),
    }),
    [store, signal, setNote],
  );

  useGuideOnAwsPages(route, signal);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${messages.titlePrefix} ${pageTitle(route, lang)}`;
    // A new page, as far as the person is concerned: start at its top.
    window.scrollTo(0, 0);
  }, [route, lang, messages]);

  let surface: ReactNode;
  if (route.kind === 'start') surface = <StartScreen lang={lang} />;
  else if (route.kind === 'aws') surface = <AwsPage key={`${route.screen}/${route.token}`} route={route} />;
  else if (route.screen === 'mailbox') surface = <Mailbox lang={route.lang} gen={route.gen} />;
  else if (route.screen === 'phone') surface = <Phone lang={route.lang} />;
  else surface = <DoneScreen lang={route.lang} />;

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
