/**
 * The extensions the benchmark sets ours beside, written to a temporary folder: the floor (an empty
 * content script on our hosts: what any extension there pays) and a bare guide (the least a guide
 * that shows anything must do: read the page's controls once, ask its background what is stored,
 * show one button in a shadow root). Neither is shipped; they exist only for `npm run bench`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/hosts';

function writeExtension(name: string, files: Record<string, string>, manifest: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'aws-mfa-bench-extension-'));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name, version: '1.0.0', ...manifest }),
  );
  return dir;
}

/** An empty content script on exactly our hosts, at the same time of the load. */
export function floorExtension(): string {
  return writeExtension(
    'Empty content script (benchmark floor)',
    { 'empty.js': '' },
    { content_scripts: [{ matches: CONTENT_SCRIPT_MATCHES, js: ['empty.js'], run_at: 'document_idle' }] },
  );
}

const BARE_GUIDE = `chrome.runtime.sendMessage({ type: 'read' }).then(() => requestIdleCallback(() => requestAnimationFrame(() => {
  let shown = 0;
  for (const element of document.querySelectorAll('button, a, input, label, [role="radio"]')) {
    const style = getComputedStyle(element);
    if (style.display !== 'none' && style.visibility !== 'hidden' && element.getBoundingClientRect().width > 1) shown++;
  }
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = 'section{position:fixed;bottom:16px;right:12px;font:14px system-ui,sans-serif;background:#fff;border:1px solid #8c8c94;border-radius:8px;padding:6px}';
  const section = document.createElement('section');
  const button = document.createElement('button');
  button.textContent = 'Lost your MFA device? Guide me';
  section.append(button);
  shadow.append(style, section);
  if (shown > 0) document.documentElement.append(host);
}), { timeout: 300 }), () => {});
`;

const BARE_BACKGROUND = `chrome.runtime.onMessage.addListener((message, sender, answer) => {
  chrome.storage.local.get(null).then(answer);
  return true;
});
`;

/** The bare guide's content script, the file the bench sizes beside ours. */
export const BARE_GUIDE_SCRIPT = 'guide.js';

/** The bare guide: a reference for what showing anything on the page costs, not a guide. */
export function bareGuideExtension(): string {
  return writeExtension(
    'Bare guide (benchmark reference)',
    { [BARE_GUIDE_SCRIPT]: BARE_GUIDE, 'background.js': BARE_BACKGROUND },
    {
      permissions: ['storage'],
      background: { service_worker: 'background.js' },
      content_scripts: [{ matches: CONTENT_SCRIPT_MATCHES, js: [BARE_GUIDE_SCRIPT], run_at: 'document_idle' }],
    },
  );
}
