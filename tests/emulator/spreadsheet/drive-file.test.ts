import { World } from '../core/world';
import { MIME_TYPES } from '../drive/enums';
import { driveFiles } from '../drive/registry';
import { createGlobals } from '../index';
import { SHEET_ERRORS } from './errors';
import { createSpreadsheetState } from './files';
import { spreadsheetState } from './model';
import { userEdit } from './user-edit';

const OWNER = 'sakip.sekretaris@contoh.go.id';
const UNIT = 'operator.unit1@contoh.go.id';
const KABID = 'kabid.program@contoh.go.id';
const OUTSIDER = 'tamu@lain.example';

type Globals = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
};

function setup() {
  const world = new World();
  const g = createGlobals(world) as unknown as Globals;
  const as = <T>(user: string, fn: () => T): T => world.run({ user }, fn);
  const emails = (users: GoogleAppsScript.Base.User[]) => users.map((u) => u.getEmail());
  return { world, ...g, as, emails };
}

/** A spreadsheet is a Drive file: DriveApp and SpreadsheetApp read and change the same entry. */
describe('spreadsheets in Drive', () => {
  it('creates the file in the creator’s My Drive as a Google Sheets file made by the add-in', () => {
    const { world, SpreadsheetApp, DriveApp, as } = setup();
    const id = as(UNIT, () => SpreadsheetApp.create('Laporan').getId());
    const file = as(UNIT, () => DriveApp.getFileById(id));
    expect(as(UNIT, () => [file.getMimeType(), file.getOwner().getEmail(), file.getName()])).toEqual([
      MIME_TYPES.GOOGLE_SHEETS,
      UNIT,
      'Laporan',
    ]);
    const root = as(UNIT, () => DriveApp.getRootFolder().getId());
    expect(as(UNIT, () => file.getParents().next().getId())).toBe(root);
    expect([...driveFiles(world).get(id)!.appUsers]).toEqual([UNIT]);
    // a file seeded by a test existed before the add-in: it did not create it
    expect(driveFiles(world).get(createSpreadsheetState(world, 'Lama', { owner: UNIT }).id)!.appUsers.size).toBe(0);
  });

  it('keeps one list of editors and viewers, whichever service shares the file', () => {
    const { SpreadsheetApp, DriveApp, as, emails } = setup();
    const ss = as(OWNER, () => SpreadsheetApp.create('Siklus').addEditor(UNIT));
    const id = ss.getId();
    as(OWNER, () => DriveApp.getFileById(id).addViewer(KABID));
    expect(as(OWNER, () => emails(DriveApp.getFileById(id).getEditors()))).toEqual([OWNER, UNIT]);
    expect(as(OWNER, () => emails(ss.getEditors()))).toEqual([OWNER, UNIT]);
    expect(as(OWNER, () => emails(ss.getViewers()))).toEqual([OWNER, UNIT, KABID]);
    as(OWNER, () => DriveApp.getFileById(id).removeEditor(UNIT));
    expect(as(OWNER, () => emails(ss.getEditors()))).toEqual([OWNER]);
    as(OWNER, () => ss.removeViewer(KABID));
    expect(as(OWNER, () => emails(DriveApp.getFileById(id).getViewers()))).toEqual([OWNER]);
  });

  it('renames in one place', () => {
    const { SpreadsheetApp, DriveApp, as } = setup();
    const ss = as(OWNER, () => SpreadsheetApp.create('Draf'));
    as(OWNER, () => ss.rename('Siklus TW2'));
    expect(as(OWNER, () => DriveApp.getFileById(ss.getId()).getName())).toBe('Siklus TW2');
    as(OWNER, () => DriveApp.getFileById(ss.getId()).setName('Siklus TW3'));
    expect(as(OWNER, () => SpreadsheetApp.openById(ss.getId()).getName())).toBe('Siklus TW3');
  });

  it('opens a file for anyone Drive lets see it: listed, through a shared folder or through general access', () => {
    const { SpreadsheetApp, DriveApp, as } = setup();
    const folder = as(OWNER, () => DriveApp.createFolder('SAKIP 2026').addEditor(UNIT));
    const id = as(OWNER, () => {
      const ss = SpreadsheetApp.create('Siklus');
      DriveApp.getFileById(ss.getId()).moveTo(folder);
      return ss.getId();
    });
    expect(as(UNIT, () => SpreadsheetApp.openById(id).getName())).toBe('Siklus');
    expect(() => as(KABID, () => SpreadsheetApp.openById(id))).toThrow(SHEET_ERRORS.noAccess);
    as(OWNER, () => DriveApp.getFileById(id).setSharing(DriveApp.Access.DOMAIN_WITH_LINK, DriveApp.Permission.VIEW));
    expect(as(KABID, () => SpreadsheetApp.openById(id).getName())).toBe('Siklus');
    expect(() => as(OUTSIDER, () => SpreadsheetApp.openById(id))).toThrow(SHEET_ERRORS.noAccess);
    // a Drive file that is not a spreadsheet is no spreadsheet to open
    const text = as(OWNER, () => DriveApp.createFile('catatan.txt', 'x').getId());
    expect(() => as(OWNER, () => SpreadsheetApp.openById(text))).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });

  it('lets a person type only with edit access in Drive', () => {
    const { world, SpreadsheetApp, DriveApp, as } = setup();
    const id = as(OWNER, () => SpreadsheetApp.create('Siklus').addViewer(UNIT).getId());
    expect(() => userEdit(world, id, 'Sheet1', 'A1', 'x', UNIT)).toThrow(`${UNIT} can only view spreadsheet "Siklus"`);
    expect(() => userEdit(world, id, 'Sheet1', 'A1', 'x', OUTSIDER)).toThrow(
      `${OUTSIDER} has no access to spreadsheet "Siklus"`,
    );
    as(OWNER, () => DriveApp.getFileById(id).setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.EDIT));
    expect(userEdit(world, id, 'Sheet1', 'A1', 'x', OUTSIDER).values).toEqual([['x']]);
  });
});

describe('Drive copies and exports of a spreadsheet', () => {
  function filled() {
    const t = setup();
    const ss = t.as(OWNER, () => {
      const s = t.SpreadsheetApp.create('Rekap TW2');
      const sheet = s.getSheets()[0].setName('Rekap');
      sheet.getRange('A1:B2').setValues([
        ['Unit', 'Capaian'],
        ['PSPFM', 0.875],
      ]);
      sheet.getRange('B2').setNumberFormat('0.0%');
      sheet.getRange('A1:B1').protect().setDescription('Judul').addEditor(KABID);
      s.addDeveloperMetadata('pengukuran-kinerja.siklus', '2026-TW2');
      s.insertSheet('Catatan').getRange('A1').setValue('rahasia');
      s.getSheetByName('Catatan')!.hideSheet();
      return s;
    });
    return { ...t, ss };
  }

  // https://developers.google.com/apps-script/reference/drive/file#makeCopy(String)
  it('copies the sheets, formats, protections and metadata, independently of the source', () => {
    const { world, DriveApp, SpreadsheetApp, as, ss } = filled();
    // the copier only needs to see the source; the copy is theirs
    as(OWNER, () => ss.addViewer(UNIT));
    const copy = as(UNIT, () => DriveApp.getFileById(ss.getId()).makeCopy('Salinan'));
    const opened = as(UNIT, () => SpreadsheetApp.openById(copy.getId()));
    expect(as(UNIT, () => opened.getOwner()!.getEmail())).toBe(UNIT);
    expect(as(UNIT, () => opened.getSheetByName('Rekap')!.getRange('A1:B2').getDisplayValues())).toEqual([
      ['Unit', 'Capaian'],
      ['PSPFM', '87,5%'],
    ]);
    as(UNIT, () => opened.getSheetByName('Rekap')!.getRange('A2').setValue('PJRS'));
    expect(as(OWNER, () => ss.getSheetByName('Rekap')!.getRange('A2').getValue())).toBe('PSPFM');

    const [source, copied] = [spreadsheetState(world, ss.getId()), spreadsheetState(world, copy.getId())];
    const [p, q] = [source.sheets[0].protections[0], copied.sheets[0].protections[0]];
    expect({ ...q, id: p.id }).toEqual(p);
    expect(q.id).not.toBe(p.id);
    expect(copied.developerMetadata.map((m) => [m.key, m.value])).toEqual([['pengukuran-kinerja.siklus', '2026-TW2']]);
    expect(copied.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Rekap', false],
      ['Catatan', true],
    ]);
    expect([...driveFiles(world).get(copy.getId())!.appUsers]).toEqual([UNIT]);
  });

  // https://developers.google.com/apps-script/reference/drive/file#getAs(String)
  it('exports the displayed values of the visible tabs as a PDF named after the file', () => {
    const { DriveApp, as, ss } = filled();
    const blob = as(OWNER, () => DriveApp.getFileById(ss.getId()).getAs(MIME_TYPES.PDF));
    const text = Buffer.from(blob.getBytes()).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(blob.getName()).toBe('Rekap TW2.pdf');
    expect(text).toContain('(Rekap) Tj');
    expect(text).toContain('(PSPFM | 87,5%) Tj');
    expect(text).not.toContain('rahasia');
    expect(() => as(OWNER, () => DriveApp.getFileById(ss.getId()).getAs(MIME_TYPES.MICROSOFT_WORD))).toThrow(
      `Converting from ${MIME_TYPES.GOOGLE_SHEETS} to ${MIME_TYPES.MICROSOFT_WORD} is not supported.`,
    );
  });
});
