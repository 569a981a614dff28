import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderedText, rendersMatch } from '../../lib/detector/accessible-name';
import type { Visibility } from '../../lib/detector/visibility';

// The shortcut the code detector asks before reading a large element's rendered text must agree
// with that reading on every tree: hidden parts, skipped subtrees (scripts, a control the caller
// leaves out) and text straight inside. jsdom has no layout, so here an element is shown unless
// it or an ancestor carries `data-hidden` (what decides it in a browser: tests/detector/).
const shown = { isShown: (element: Element) => !element.closest('[data-hidden]') } as Visibility;
const LETTER = /\p{L}/u;
const isButton = (element: Element) => element.localName === 'button';
const isLink = (element: Element) => element.localName === 'a';

type Tree = string | { tag: string; hiding: string; children: Tree[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('123', '4 5-6', 'Code', 'コード', ' ', '７'),
    fc.record({
      tag: fc.constantFrom('div', 'span', 'button', 'script', 'p'),
      hiding: fc.constantFrom('', '', ' data-hidden'),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
  ),
})).node;

const html = (node: Tree): string =>
  typeof node === 'string' ? node : `<${node.tag}${node.hiding}>${node.children.map(html).join('')}</${node.tag}>`;

describe('rendersMatch, the cheap look at what an element renders', () => {
  it('finds a letter exactly when the rendered text holds one', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), (children) => {
        document.body.innerHTML = `<div id="root">${children.map(html).join('')}</div>`;
        const root = document.getElementById('root') as Element;
        const rendered = renderedText(root, shown, isButton);
        expect(rendersMatch(root, shown, LETTER, isButton)).toBe(LETTER.test(rendered));
      }),
      { numRuns: 400 },
    );
  });

  it('passes over letters the page hides, and those of a control left out', () => {
    document.body.innerHTML = `<div id="code"><span>1</span><span>2</span><span>3</span><span>4</span><span>5</span>
      <span>6</span><span data-hidden>Your code</span><span data-hidden><b>is</b></span><a href="#copy">Copy</a></div>`;
    const code = document.getElementById('code') as Element;
    expect(rendersMatch(code, shown, LETTER, isLink)).toBe(false);
    expect(rendersMatch(code, shown, LETTER)).toBe(true);
  });
});
