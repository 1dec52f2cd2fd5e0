import { Fake, IN_SCRIPT_ENGINE, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import type { World } from '../core/world';
import { fakeArg } from './arguments';
import { Button, ButtonSet, enumName } from './enums';

/**
 * SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs.
 * https://developers.google.com/apps-script/reference/base/ui
 * Everything here works in AuthMode.NONE (an add-on's onOpen builds its menu before it is authorised). What the script
 * shows is recorded for the test (uiRecords); the person's answers to alerts and prompts are scripted by the test
 * with answerUi(), and an alert or prompt with no scripted answer is a test error.
 */
export type ButtonName = 'CLOSE' | 'OK' | 'CANCEL' | 'YES' | 'NO';

export type MenuEntry =
  { caption: string; functionName: string } | { separator: true } | { caption: string; subMenu: MenuEntry[] };

export interface MenuRecord {
  spreadsheetId: string;
  user: string;
  /** null for the add-on menu (createAddonMenu: it shows under Extensions with the add-on's name) */
  caption: string | null;
  entries: MenuEntry[];
}

export interface DialogRecord {
  spreadsheetId: string;
  user: string;
  kind: 'alert' | 'prompt' | 'sidebar' | 'modal' | 'modeless';
  title: string;
  /** alert/prompt: the message; sidebar and dialogs: the HTML content */
  content: string;
  buttons?: string;
  answer?: { button: ButtonName; text?: string };
  width?: number;
  height?: number;
}

export interface UiAnswer {
  button: ButtonName;
  /** what the person typed into a prompt */
  text?: string;
}

interface UiState {
  menus: MenuRecord[];
  dialogs: DialogRecord[];
  answers: UiAnswer[];
}

export function uiRecords(world: World): UiState {
  return world.store<UiState>('spreadsheet-ui', () => ({ menus: [], dialogs: [], answers: [] }));
}

/** Queues the person's answers to the next alerts / prompts, in order: answerUi(world, 'YES', {button:'OK', text:'x'}). */
export function answerUi(world: World, ...answers: (ButtonName | UiAnswer)[]): void {
  uiRecords(world).answers.push(...answers.map((a) => (typeof a === 'string' ? { button: a } : a)));
}

/** The menus a user sees in a spreadsheet (the latest addToUi per caption). */
export function menusOf(world: World, spreadsheetId: string, user?: string): MenuRecord[] {
  return uiRecords(world).menus.filter((m) => m.spreadsheetId === spreadsheetId && (!user || m.user === user));
}

const BUTTONS_OF_SET: Record<string, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

interface HtmlLike {
  getContent(): string;
  getTitle(): string;
  getWidth?(): number;
  getHeight?(): number;
}

export class FakeUi extends Fake implements FakeOf<GoogleAppsScript.Base.Ui> {
  readonly typeName = 'Ui';
  static override readonly calls: CallTable = {
    cost: 'write',
    methods: { local: ['createMenu', 'createAddonMenu'] },
    withoutAuth: true,
  };
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly #world: World;
  readonly #spreadsheetId: string;

  constructor(world: World, spreadsheetId: string) {
    super();
    this.#world = world;
    this.#spreadsheetId = spreadsheetId;
  }

  #record(d: Omit<DialogRecord, 'spreadsheetId' | 'user'>): DialogRecord {
    const record = { spreadsheetId: this.#spreadsheetId, user: this.#world.execution.user, ...d };
    uiRecords(this.#world).dialogs.push(record);
    return record;
  }

  #ask(kind: 'alert' | 'prompt', args: unknown[]): UiAnswer {
    const [a, b, c] = args;
    const titled = typeof b === 'string';
    const title = titled ? String(a) : '';
    const message = String(titled ? b : a);
    const buttons = enumName((titled ? c : b) ?? 'OK');
    const answer = uiRecords(this.#world).answers.shift();
    if (!answer)
      throw new Error(`Unscripted ui.${kind}("${message}"): queue the person's answer with answerUi(world, ...)`);
    if (answer.button !== 'CLOSE' && !(BUTTONS_OF_SET[buttons] ?? []).includes(answer.button)) {
      throw new Error(`Scripted answer ${answer.button} is not a button of ui.${kind}("${message}") (${buttons})`);
    }
    this.#record({ kind, title, content: message, buttons, answer });
    return answer;
  }

  alert(a: string, b?: string | GoogleAppsScript.Base.ButtonSet, c?: GoogleAppsScript.Base.ButtonSet) {
    return Button[this.#ask('alert', [a, b, c]).button];
  }

  prompt(a: string, b?: string | GoogleAppsScript.Base.ButtonSet, c?: GoogleAppsScript.Base.ButtonSet) {
    return new FakePromptResponse(this.#ask('prompt', [a, b, c]));
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.#world, this.#spreadsheetId, caption);
  }

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.#world, this.#spreadsheetId, null);
  }

  #show(kind: 'sidebar' | 'modal' | 'modeless', userInterface: unknown, title?: string): void {
    const html = userInterface as HtmlLike;
    this.#record({
      kind,
      title: title ?? html.getTitle(),
      content: html.getContent(),
      width: html.getWidth?.(),
      height: html.getHeight?.(),
    });
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.#show('sidebar', userInterface);
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.#show('modal', userInterface, title);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.#show('modeless', userInterface, title);
  }
}

class FakePromptResponse extends Fake implements FakeOf<GoogleAppsScript.Base.PromptResponse> {
  readonly typeName = 'PromptResponse';
  static override readonly calls = IN_SCRIPT_ENGINE;
  readonly #answer: UiAnswer;

  constructor(answer: UiAnswer) {
    super();
    this.#answer = answer;
  }

  getResponseText(): string {
    return this.#answer.text ?? '';
  }

  getSelectedButton() {
    return Button[this.#answer.button];
  }
}

export class FakeMenu extends Fake implements FakeOf<GoogleAppsScript.Base.Menu> {
  readonly typeName = 'Menu';
  static override readonly calls: CallTable = { cost: 'local', methods: { write: ['addToUi'] }, withoutAuth: true };
  readonly #world: World;
  readonly #spreadsheetId: string;
  readonly #caption: string | null;
  readonly #entries: MenuEntry[] = [];

  constructor(world: World, spreadsheetId: string, caption: string | null) {
    super();
    this.#world = world;
    this.#spreadsheetId = spreadsheetId;
    this.#caption = caption;
  }

  addItem(caption: string, functionName: string): FakeMenu {
    this.#entries.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.#entries.push({ separator: true });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): FakeMenu {
    const sub = fakeArg(menu, FakeMenu, 'menu');
    this.#entries.push({ caption: sub.#caption ?? '', subMenu: structuredClone(sub.#entries) });
    return this;
  }

  /** Shows the menu; a later addToUi of a menu with the same caption replaces it. */
  addToUi(): void {
    const state = uiRecords(this.#world);
    const user = this.#world.execution.user;
    state.menus = state.menus.filter(
      (m) => !(m.spreadsheetId === this.#spreadsheetId && m.user === user && m.caption === this.#caption),
    );
    state.menus.push({
      spreadsheetId: this.#spreadsheetId,
      user,
      caption: this.#caption,
      entries: structuredClone(this.#entries),
    });
  }
}
