/** Writing HTML text by hand, escaped, for a file that is opened later (never parsed into this page). */

export const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const TAG_NAME = /^[a-z][a-z0-9-]*$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/** A tag name that parses back as itself; anything else is written as a `<span>`. */
export function safeTagName(localName: string): string {
  return TAG_NAME.test(localName) ? localName : 'span';
}

export function startTag(tag: string, attributes: readonly [string, string | true][]): string {
  const written = attributes
    .filter(([name]) => ATTRIBUTE_NAME.test(name))
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${tag}${written}>`;
}
