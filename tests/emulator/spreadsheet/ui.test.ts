import { SHEET_ERRORS } from './errors';
import { newWorld, OWNER } from './test-world';
import { answerUi, menusOf, uiRecords } from './ui';

const html = (content: string, title: string, width?: number) => ({
  getContent: () => content,
  getTitle: () => title,
  ...(width === undefined ? {} : { getWidth: () => width }),
});

/** https://developers.google.com/apps-script/reference/base/ui and .../base/menu */
describe('Ui', () => {
  it('records menus with their items, separators, submenus and function names', () => {
    const { app, world, id } = newWorld();
    world.run({ user: OWNER, activeSpreadsheetId: id, authMode: 'NONE' }, () => {
      const ui = app.getUi();
      const sub = ui.createMenu('Laporan').addItem('Rekap', 'buatRekap');
      ui.createAddonMenu().addItem('Buka panel', 'bukaPanel').addSeparator().addSubMenu(sub).addToUi();
    });
    expect(menusOf(world, id, OWNER)).toEqual([
      {
        spreadsheetId: id,
        user: OWNER,
        caption: null,
        entries: [
          { caption: 'Buka panel', functionName: 'bukaPanel' },
          { separator: true },
          { caption: 'Laporan', subMenu: [{ caption: 'Rekap', functionName: 'buatRekap' }] },
        ],
      },
    ]);
  });

  it('answers alerts and prompts from the scripted queue and records them', () => {
    const { run, world, app } = newWorld();
    answerUi(world, 'YES', { button: 'OK', text: 'Dinas Pendidikan' });
    const [choice, typed] = run(() => {
      const ui = app.getUi();
      const b = ui.alert('Kirim pengingat', 'Kirim ke 5 unit?', ui.ButtonSet.YES_NO);
      const p = ui.prompt('Nama unit?');
      return [b === ui.Button.YES, [p.getResponseText(), String(p.getSelectedButton())]];
    });
    expect(choice).toBe(true);
    expect(typed).toEqual(['Dinas Pendidikan', 'OK']);
    expect(uiRecords(world).dialogs.map((d) => [d.kind, d.title, d.content, d.buttons])).toEqual([
      ['alert', 'Kirim pengingat', 'Kirim ke 5 unit?', 'YES_NO'],
      ['prompt', '', 'Nama unit?', 'OK'],
    ]);
  });

  it('fails the test on an alert nobody scripted an answer for, or an answer that is not one of its buttons', () => {
    const { run, world, app } = newWorld();
    expect(() => run(() => app.getUi().alert('Yakin?'))).toThrow('Unscripted ui.alert("Yakin?")');
    answerUi(world, 'YES');
    expect(() => run(() => app.getUi().alert('Selesai'))).toThrow('is not a button');
  });

  it("records sidebars and dialogs with the HtmlOutput's content, title and width", () => {
    const { run, world, app } = newWorld();
    run(() => {
      const ui = app.getUi();
      ui.showSidebar(html('<p>Panel</p>', 'SAKIP', 300) as unknown as GoogleAppsScript.HTML.HtmlOutput);
      ui.showModalDialog(html('<p>Dialog</p>', 'ignored') as unknown as GoogleAppsScript.HTML.HtmlOutput, 'Konfirmasi');
    });
    expect(uiRecords(world).dialogs.map((d) => [d.kind, d.title, d.content, d.width])).toEqual([
      ['sidebar', 'SAKIP', '<p>Panel</p>', 300],
      ['modal', 'Konfirmasi', '<p>Dialog</p>', undefined],
    ]);
  });

  // Dialogs and menus need an open editor: https://developers.google.com/apps-script/guides/dialogs
  it('throws when there is no document in front of a person (a trigger or standalone run)', () => {
    const { world, app } = newWorld();
    expect(() => world.run({ user: OWNER }, () => app.getUi())).toThrow(SHEET_ERRORS.uiContext);
  });
});
