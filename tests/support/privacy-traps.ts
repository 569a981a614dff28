/**
 * Run in a page (`page.evaluate(TRAPS)`): records every read of what a person typed in a field
 * or of a page token (`<meta>` content) into `globalThis.privacyReads`.
 */
export const TRAPS = () => {
  const reads: string[] = [];
  const trap = (proto: object, property: string, label: string) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property);
    if (!descriptor?.get) throw new Error(`no getter ${label}`);
    const original = descriptor.get;
    Object.defineProperty(proto, property, {
      ...descriptor,
      get() {
        reads.push(label);
        return original.call(this);
      },
    });
  };
  for (const [proto, name] of [
    [HTMLInputElement.prototype, 'HTMLInputElement'],
    [HTMLTextAreaElement.prototype, 'HTMLTextAreaElement'],
    [HTMLSelectElement.prototype, 'HTMLSelectElement'],
  ] as const) {
    trap(proto, 'value', `${name}.value`);
  }
  trap(HTMLInputElement.prototype, 'valueAsNumber', 'HTMLInputElement.valueAsNumber');
  trap(HTMLMetaElement.prototype, 'content', 'HTMLMetaElement.content');
  const getAttribute = Element.prototype.getAttribute;
  Element.prototype.getAttribute = function (this: Element, name: string) {
    if (this instanceof HTMLMetaElement) reads.push(`meta.getAttribute(${name})`);
    if ((this instanceof HTMLInputElement || this instanceof HTMLTextAreaElement) && name === 'value') {
      const type = this.getAttributeNode('type')?.nodeValue?.toLowerCase();
      if (type !== 'submit' && type !== 'button' && type !== 'reset') reads.push('field.getAttribute(value)');
    }
    return getAttribute.call(this, name);
  };
  (globalThis as unknown as { privacyReads: string[] }).privacyReads = reads;
};
