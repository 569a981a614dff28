import { describe, expect, it } from 'vitest';
import { awsSite } from '../../lib/hosts';
import {
  AWS_SCREENS,
  formatRoute,
  generationsFor,
  linkKey,
  OWN_SCREENS,
  parseRoute,
  preferredLang,
  REHEARSAL_LANGS,
  type Route,
  screenExists,
  standInUrl,
} from '../../rehearsal/model/routes';

function everyRoute(): Route[] {
  const routes: Route[] = [{ kind: 'start', lang: null }];
  for (const lang of REHEARSAL_LANGS) {
    routes.push({ kind: 'start', lang });
    for (const gen of generationsFor(lang)) {
      for (const screen of AWS_SCREENS) {
        if (!screenExists(gen, screen)) continue;
        routes.push({ kind: 'aws', lang, gen, screen, token: screen === 'link' ? 'PRACTICE-0a1b-2c3d' : null });
      }
      for (const screen of OWN_SCREENS) routes.push({ kind: 'own', lang, gen, screen });
    }
  }
  return routes;
}

describe('the rehearsal routes', () => {
  it.each(everyRoute().map((route) => [formatRoute(route), route] as const))(
    '%s reads back as itself',
    (hash, route) => {
      expect(parseRoute(hash)).toEqual(route);
    },
  );

  it('offers G3 in both languages and G4 in English only (the spec knows G4 only in English)', () => {
    expect(generationsFor('en')).toEqual(['g3', 'g4']);
    expect(generationsFor('ja')).toEqual(['g3']);
    expect(parseRoute('#/ja/g4/signin')).toEqual({ kind: 'start', lang: 'ja' });
  });

  it.each([
    '',
    '#',
    '#/',
    '#/fr/g3/signin',
    '#/en/g9/signin',
    '#/en/g3/nowhere',
    '#/en/g3/signin-root',
    '#/en/g4/iam',
    '#/en/g3/signin/extra',
    '#/en/g3/link',
    '#/en/g3/link/bad%20token',
    '#/en/g3/mailbox/extra',
  ])('takes %j for the start screen', (hash) => {
    expect(parseRoute(hash).kind).toBe('start');
  });

  it('judges every simulated AWS page at an AWS URL, and the practice’s own pages at none', () => {
    for (const route of everyRoute()) {
      const url = standInUrl(route);
      if (route.kind !== 'aws') {
        expect(url).toBeNull();
        continue;
      }
      expect(awsSite(new URL(url ?? ''))).toBe(route.screen === 'console' ? 'console' : 'signin');
    }
  });

  it('uses the recovery URLs AWS uses: the decoupled page, and the email link with its token', () => {
    const recovery = standInUrl({ kind: 'aws', lang: 'en', gen: 'g3', screen: 'recovery', token: null });
    expect(recovery).toBe('https://signin.aws.amazon.com/noMfa?action=decoupledConfirmEmail');
    const link = new URL(
      standInUrl({ kind: 'aws', lang: 'ja', gen: 'g3', screen: 'link', token: 'PRACTICE-ab-12' }) ?? '',
    );
    expect(link.pathname).toBe('/noMfa');
    expect(link.searchParams.get('action')).toBe('verifyEmail');
    expect(link.searchParams.get('token')).toBe('PRACTICE-ab-12');
    expect(link.searchParams.get('key')).toBe(linkKey('PRACTICE-ab-12'));
    const console = new URL(standInUrl({ kind: 'aws', lang: 'en', gen: 'g4', screen: 'console', token: null }) ?? '');
    expect(`${console.pathname}${console.hash}`).toBe('/iam/home#/security_credentials');
  });

  it('opens the start screen in the browser’s language when it is one of ours', () => {
    expect(preferredLang(['ja-JP', 'en-US'])).toBe('ja');
    expect(preferredLang(['de-DE', 'en-GB'])).toBe('en');
    expect(preferredLang(['fr'])).toBe('en');
  });
});
