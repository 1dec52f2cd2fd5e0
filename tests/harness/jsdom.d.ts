/**
 * The part of jsdom the sidebar tests use: jsdom ships no types and @types/jsdom is not installed, and the server's
 * tsconfig keeps DOM types out, so the page is seen through these few members.
 */
declare module 'jsdom' {
  export interface DomElement {
    textContent: string | null;
    className: string;
    hidden: boolean;
    disabled: boolean;
    value: string;
    readonly dataset: Record<string, string | undefined>;
    readonly style: { width: string };
    getAttribute(name: string): string | null;
    querySelector(selector: string): DomElement | null;
    querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
    click(): void;
  }

  export interface DomDocument {
    getElementById(id: string): DomElement | null;
    querySelector(selector: string): DomElement | null;
    querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
  }

  export interface DomWindow {
    readonly document: DomDocument;
    eval(code: string): unknown;
    [name: string]: unknown;
  }

  export interface JSDOMOptions {
    runScripts?: 'dangerously' | 'outside-only';
    pretendToBeVisual?: boolean;
    url?: string;
    beforeParse?(window: DomWindow): void;
  }

  export class JSDOM {
    constructor(html?: string, options?: JSDOMOptions);
    readonly window: DomWindow;
  }
}
