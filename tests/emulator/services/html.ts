import { createContext, runInContext } from 'node:vm';
import { Fake, INTERNAL_MEMBERS, IN_SCRIPT_ENGINE } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';
import { encodeText, FakeBlob } from './blob';

type H = GoogleAppsScript.HTML.HtmlService;

/** https://developers.google.com/apps-script/reference/html/sandbox-mode */
const SANDBOX_MODE = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' };
/** https://developers.google.com/apps-script/reference/html/x-frame-options-mode */
const XFRAME_MODE = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };

const HTML_ERRORS = {
  /** The text Apps Script throws for HtmlService.createHtmlOutputFromFile / createTemplateFromFile. */
  noFile: (name: string) => `No HTML file named ${name} was found.`,
} as const;

/** Escapes text for HTML element content and attribute values. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** HtmlService and everything it builds run inside the script engine: no round trip, no authorisation. */
abstract class LocalFake extends Fake {
  static override readonly calls = IN_SCRIPT_ENGINE;
}

/** https://developers.google.com/apps-script/reference/html/html-output-meta-tag */
export class FakeHtmlOutputMetaTag extends LocalFake implements FakeOf<GoogleAppsScript.HTML.HtmlOutputMetaTag> {
  readonly typeName = 'HtmlOutputMetaTag';

  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {
    super();
  }

  getName(): string {
    return this.name;
  }

  getContent(): string {
    return this.content;
  }
}

/** https://developers.google.com/apps-script/reference/html/html-output */
export class FakeHtmlOutput extends LocalFake implements FakeOf<GoogleAppsScript.HTML.HtmlOutput> {
  readonly typeName = 'HtmlOutput';
  private title = '';
  private width = 0;
  private height = 0;
  private faviconUrl = '';
  private readonly metaTags: FakeHtmlOutputMetaTag[] = [];
  /** What the script chose; Apps Script today always serves IFRAME, the emulator only records it. */
  sandboxMode: string | null = null;
  xFrameOptionsMode: string | null = null;

  constructor(private content = '') {
    super();
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): FakeHtmlOutput {
    this.content = content;
    return this;
  }

  append(addedContent: string): FakeHtmlOutput {
    this.content += addedContent;
    return this;
  }

  /** https://developers.google.com/apps-script/reference/html/html-output#appendUntrusted(String) */
  appendUntrusted(addedContent: string): FakeHtmlOutput {
    this.content += escapeHtml(addedContent);
    return this;
  }

  clear(): FakeHtmlOutput {
    this.content = '';
    return this;
  }

  asTemplate(): FakeHtmlTemplate {
    return new FakeHtmlTemplate(null, this.content);
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }

  getWidth(): number {
    return this.width;
  }

  setWidth(width: number): FakeHtmlOutput {
    this.width = width;
    return this;
  }

  getHeight(): number {
    return this.height;
  }

  setHeight(height: number): FakeHtmlOutput {
    this.height = height;
    return this;
  }

  getFaviconUrl(): string {
    return this.faviconUrl;
  }

  setFaviconUrl(iconUrl: string): FakeHtmlOutput {
    this.faviconUrl = iconUrl;
    return this;
  }

  addMetaTag(name: string, content: string): FakeHtmlOutput {
    this.metaTags.push(new FakeHtmlOutputMetaTag(name, content));
    return this;
  }

  getMetaTags(): FakeHtmlOutputMetaTag[] {
    return [...this.metaTags];
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): FakeHtmlOutput {
    this.sandboxMode = String(mode);
    return this;
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): FakeHtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this;
  }

  getBlob(): FakeBlob {
    return new FakeBlob(encodeText(this.content), 'text/html', this.title || null);
  }
}

/**
 * Compiles template text the way Apps Script does: literal HTML and <?!= ?> are appended raw (`output._ = `),
 * <?= ?> is appended escaped (`output._$ = `), <? ?> code is copied as is.
 * https://developers.google.com/apps-script/guides/html/templates
 */
function compileTemplate(raw: string): string {
  const lines = ['var output = HtmlService.initTemplate();'];
  const scriptlet = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = scriptlet.exec(raw); m; m = scriptlet.exec(raw)) {
    if (m.index > last) lines.push(`output._ = ${JSON.stringify(raw.slice(last, m.index))};`);
    if (m[1] === '=') lines.push(`output._$ = ${m[2].trim()};`);
    else if (m[1] === '!=') lines.push(`output._ = ${m[2].trim()};`);
    else lines.push(m[2]);
    last = m.index + m[0].length;
  }
  if (last < raw.length) lines.push(`output._ = ${JSON.stringify(raw.slice(last))};`);
  return `(function() { ${lines.join('\n')}\nreturn output.$out; })();`;
}

/** The `output` object compiled code writes to. */
function newTemplateOutput() {
  let out = '';
  const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  return {
    set _(v: unknown) {
      out += text(v);
    },
    set _$(v: unknown) {
      out += escapeHtml(text(v));
    },
    get $out() {
      return out;
    },
  };
}

/**
 * An HTML template. Properties the script assigns (`template.data = rows`) become variables of the template code.
 *
 * The code runs in the script's own node:vm context (world.scriptContext, set by the harness), so it sees the
 * script's globals (its functions, the services) and values keep their realm; without one (unit tests) it runs in a
 * fresh context. Simplification: <?= ?> always escapes as HTML text (& < > " '); Apps Script escapes by context
 * (inside <script> or an attribute it escapes differently).
 * https://developers.google.com/apps-script/reference/html/html-template
 */
export class FakeHtmlTemplate extends LocalFake implements FakeOf<GoogleAppsScript.HTML.HtmlTemplate> {
  /** template variables the script assigns */
  [variable: string]: unknown;
  readonly typeName = 'HtmlTemplate';
  readonly #world: World | null;
  readonly #raw: string;

  constructor(world: World | null, raw: string) {
    super();
    this.#world = world;
    this.#raw = raw;
  }

  getRawContent(): string {
    return this.#raw;
  }

  getCode(): string {
    return compileTemplate(this.#raw);
  }

  getCodeWithComments(): string {
    return this.getCode();
  }

  evaluate(): FakeHtmlOutput {
    const context = this.#world?.scriptContext ?? createContext({});
    const run = runInContext(
      `(function (__vars, __output) { var HtmlService = { initTemplate: function () { return __output; } };
         with (__vars) { return ${this.getCode()} } })`,
      context,
    ) as (vars: object, output: object) => string;
    return new FakeHtmlOutput(run(this.variables(), newTemplateOutput()));
  }

  private variables(): Record<string, unknown> {
    const vars: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(this)) if (!INTERNAL_MEMBERS.has(k)) vars[k] = v;
    return vars;
  }
}

/**
 * HtmlService. Files come from world.scriptFiles, the project's HTML files by name without extension.
 * https://developers.google.com/apps-script/reference/html/html-service
 */
export class FakeHtmlService extends FakeService implements FakeOf<H> {
  readonly typeName = 'HtmlService';
  static override readonly calls = IN_SCRIPT_ENGINE;
  readonly SandboxMode = SANDBOX_MODE as unknown as H['SandboxMode'];
  readonly XFrameOptionsMode = XFRAME_MODE as unknown as H['XFrameOptionsMode'];

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): FakeHtmlOutput {
    return new FakeHtmlOutput(contentOf(html));
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return new FakeHtmlOutput(this.file(filename));
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.world, contentOf(html));
  }

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.world, this.file(filename));
  }

  /** 'Sidebar' finds Sidebar.html; 'Sidebar.html' is accepted too. */
  private file(filename: string): string {
    const content = this.world.scriptFiles.get(String(filename).replace(/\.html$/, ''));
    if (content === undefined) throw new Error(HTML_ERRORS.noFile(filename));
    return content;
  }
}

function contentOf(html: string | GoogleAppsScript.Base.BlobSource | undefined): string {
  if (html === undefined) return '';
  if (typeof html === 'string') return html;
  return (html.getBlob() as unknown as FakeBlob).getDataAsString();
}
