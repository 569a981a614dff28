/**
 * Saves `html` as a download, from the page itself (no permission): a link to a Blob, created
 * inside `root` (the guide's shadow root, so the page never sees it) and clicked on the
 * person's behalf only because they pressed "Download".
 */
export function saveHtmlFile(root: Node, fileName: string, html: string): void {
  const doc = root.ownerDocument ?? (root as Document);
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  (root instanceof ShadowRoot || root instanceof Element ? root : (doc.body ?? doc.documentElement)).append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the Blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
