import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import snapshot from './manifest-permissions.json';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: unknown[];
  content_security_policy?: unknown;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
}

const built = (target: string): Manifest =>
  JSON.parse(readFileSync(new URL(`../../.output/${target}/manifest.json`, import.meta.url), 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv2'] as const)('the %s manifest', (target) => {
  const manifest = built(target);

  it('asks for exactly the permissions and hosts in the committed snapshot', () => {
    expect({
      permissions: manifest.permissions ?? [],
      host_permissions: manifest.host_permissions ?? [],
      optional_permissions: manifest.optional_permissions ?? [],
      content_script_matches: (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []).sort(),
      web_accessible_resources: manifest.web_accessible_resources ?? [],
      content_security_policy: manifest.content_security_policy ?? null,
    }).toEqual(snapshot[target]);
  });
});

it('declares to Firefox a stable id and that it collects nothing', () => {
  const gecko = built('firefox-mv2').browser_specific_settings?.gecko;
  expect(gecko?.id).toMatch(/@/);
  expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
});

describe.each(['chrome-mv3', 'firefox-mv2'] as const)('the %s listing text', (target) => {
  const manifest = built(target) as Manifest & { name?: string; description?: string; default_locale?: string };
  const messages = (lang: string): Record<string, { message: string }> =>
    JSON.parse(
      readFileSync(new URL(`../../.output/${target}/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
    );

  it('takes its name and description from the English and Japanese catalogues', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('en');
    expect(messages('en').extName?.message).toBe('AWS MFA Recovery Guide');
    expect(messages('ja').extName?.message).toBe('AWS MFA 復旧ガイド');
  });

  it.each(['en', 'ja'])(
    '%s: short enough for both stores (name ≤ 45 characters: AMO allows 50, Chrome 75; description ≤ 132)',
    (lang) => {
      const { extName, extDescription } = messages(lang);
      expect([...(extName?.message ?? '')].length).toBeLessThanOrEqual(45);
      expect([...(extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
      expect(extDescription?.message).toMatch(lang === 'ja' ? /ルートユーザー/ : /root user/);
    },
  );
});
