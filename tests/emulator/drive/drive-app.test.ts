import { World } from '../core/world';
import { FakeBlob } from '../services/blob';
import { FakeDriveApp, exportName } from './drive-app';
import { MIME_TYPES } from './enums';
import { DRIVE_ERRORS, driveFiles } from './registry';

const OWNER = 'sakip.sekretaris@contoh.go.id';
const UNIT = 'unit.dikdas@contoh.go.id';
const OUTSIDER = 'tamu@lain.example';

function setup() {
  const world = new World();
  // typed as the real service: the test uses DriveApp as a script does
  const DriveApp = world.expose('DriveApp', new FakeDriveApp(world)) as unknown as GoogleAppsScript.Drive.DriveApp;
  const as = <T>(user: string, fn: () => T): T => world.run({ user }, fn);
  return { world, DriveApp, as };
}

describe('DriveApp.getFileById', () => {
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
  it('throws the real text for an unknown id and for a file the user may not see', () => {
    const { DriveApp, as } = setup();
    expect(() => DriveApp.getFileById('tidak-ada')).toThrow(DRIVE_ERRORS.notFound);
    const id = as(OWNER, () => DriveApp.createFile('catatan.txt', 'isi').getId());
    expect(() => as(UNIT, () => DriveApp.getFileById(id))).toThrow(DRIVE_ERRORS.notFound);
    expect(as(OWNER, () => DriveApp.getFileById(id).getName())).toBe('catatan.txt');
  });

  it('does not hand out a folder as a file, nor a file as a folder', () => {
    const { DriveApp } = setup();
    const folder = DriveApp.createFolder('Arsip');
    const file = DriveApp.createFile('a.txt', 'a');
    expect(() => DriveApp.getFileById(folder.getId())).toThrow(DRIVE_ERRORS.notFound);
    expect(() => DriveApp.getFolderById(file.getId())).toThrow(DRIVE_ERRORS.notFound);
  });
});

describe('sharing', () => {
  // https://developers.google.com/apps-script/reference/drive/file#addViewer(String)
  // https://developers.google.com/apps-script/reference/drive/file#addEditor(String)
  it('lets a viewer read but not edit, and an editor edit', () => {
    const { DriveApp, as } = setup();
    const id = as(OWNER, () => DriveApp.createFile('rekap.txt', 'x').addViewer(UNIT).getId());
    expect(as(UNIT, () => DriveApp.getFileById(id).getName())).toBe('rekap.txt');
    expect(() => as(UNIT, () => DriveApp.getFileById(id).setName('ubah'))).toThrow(DRIVE_ERRORS.accessDenied);
    as(OWNER, () => DriveApp.getFileById(id).addEditor(UNIT));
    as(UNIT, () => DriveApp.getFileById(id).setName('ubah'));
    expect(as(OWNER, () => DriveApp.getFileById(id).getName())).toBe('ubah');
    expect(
      as(OWNER, () =>
        DriveApp.getFileById(id)
          .getEditors()
          .map((u) => u.getEmail()),
      ),
    ).toEqual([OWNER, UNIT]);
    // roles are hierarchical: the viewers include the editors and the owner (registry.ts, listedViewers)
    expect(
      as(OWNER, () =>
        DriveApp.getFileById(id)
          .getViewers()
          .map((u) => u.getEmail()),
      ),
    ).toEqual([OWNER, UNIT]);
  });

  it('does not let a viewer share the file further', () => {
    const { DriveApp, as } = setup();
    const id = as(OWNER, () => DriveApp.createFile('rekap.txt', 'x').addViewer(UNIT).getId());
    expect(() => as(UNIT, () => DriveApp.getFileById(id).addEditor(OUTSIDER))).toThrow(DRIVE_ERRORS.accessDenied);
  });

  // https://developers.google.com/apps-script/reference/drive/file#setSharing(Access,Permission)
  it('opens a file to the owner domain or to anyone with the link, at the given permission', () => {
    const { DriveApp, as } = setup();
    const file = as(OWNER, () => DriveApp.createFile('pengumuman.txt', 'x'));
    const id = file.getId();
    as(OWNER, () => file.setSharing(DriveApp.Access.DOMAIN_WITH_LINK, DriveApp.Permission.VIEW));
    expect(as(UNIT, () => DriveApp.getFileById(id).getName())).toBe('pengumuman.txt');
    expect(() => as(OUTSIDER, () => DriveApp.getFileById(id))).toThrow(DRIVE_ERRORS.notFound);
    as(OWNER, () => file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.EDIT));
    as(OUTSIDER, () => DriveApp.getFileById(id).setDescription('diubah orang luar'));
    expect(String(as(OWNER, () => file.getSharingAccess()))).toBe('ANYONE_WITH_LINK');
    expect(String(as(OWNER, () => file.getAccess(OUTSIDER)))).toBe('EDIT');
  });

  // https://developers.google.com/apps-script/reference/drive/file#removeEditor(String)
  it('keeps access through general sharing after an editor is removed', () => {
    const { DriveApp, as } = setup();
    const file = as(OWNER, () => DriveApp.createFile('x.txt', 'x').addEditor(UNIT));
    as(OWNER, () => file.setSharing(DriveApp.Access.DOMAIN, DriveApp.Permission.VIEW).removeEditor(UNIT));
    expect(String(as(OWNER, () => file.getAccess(UNIT)))).toBe('VIEW');
  });

  it('gives the people of a shared folder access to the files in it', () => {
    const { DriveApp, as } = setup();
    const id = as(OWNER, () => {
      const folder = DriveApp.createFolder('Unit Dikdas').addEditor(UNIT);
      return folder.createFile('lk.txt', 'x').getId();
    });
    as(UNIT, () => DriveApp.getFileById(id).setName('lk-final.txt'));
    expect(as(OWNER, () => DriveApp.getFileById(id).getName())).toBe('lk-final.txt');
  });

  // https://developers.google.com/apps-script/reference/drive/file#setTrashed(Boolean)
  it('lets only the owner trash a file', () => {
    const { DriveApp, as } = setup();
    const file = as(OWNER, () => DriveApp.createFile('x.txt', 'x').addEditor(UNIT));
    expect(() => as(UNIT, () => DriveApp.getFileById(file.getId()).setTrashed(true))).toThrow(
      DRIVE_ERRORS.accessDenied,
    );
    as(OWNER, () => file.setTrashed(true));
    expect(file.isTrashed()).toBe(true);
  });
});

describe('folders and iterators', () => {
  // https://developers.google.com/apps-script/reference/drive/file-iterator#next()
  it('throws the real text when next() runs past the end', () => {
    const { DriveApp } = setup();
    const files = DriveApp.getFilesByName('tidak ada');
    expect(files.hasNext()).toBe(false);
    expect(() => files.next()).toThrow(DRIVE_ERRORS.iteratorEnd);
  });

  it('creates folders and files in them, lists and moves them', () => {
    const { DriveApp } = setup();
    const cycle = DriveApp.createFolder('Siklus 2026');
    const letters = cycle.createFolder('Surat');
    const file = cycle.createFile('draf.txt', 'isi', MIME_TYPES.PLAIN_TEXT);
    expect(cycle.getFilesByName('draf.txt').next().getId()).toBe(file.getId());
    expect(cycle.getFoldersByName('Surat').next().getId()).toBe(letters.getId());
    expect(file.getParents().next().getId()).toBe(cycle.getId());
    file.moveTo(letters);
    expect(cycle.getFiles().hasNext()).toBe(false);
    expect(letters.getFiles().next().getName()).toBe('draf.txt');
    expect(DriveApp.getRootFolder().getFolders().next().getName()).toBe('Siklus 2026');
  });

  // https://developers.google.com/apps-script/reference/drive/drive-app#searchFiles(String)
  it('searches by title, parent, type and trash state', () => {
    const { DriveApp } = setup();
    const folder = DriveApp.createFolder('F');
    folder.createFile('a.txt', 'a');
    folder.createFile("it's.txt", 'b').setTrashed(true);
    DriveApp.createFile('a.txt', 'elsewhere');
    const ids = (q: string) => {
      const it = DriveApp.searchFiles(q);
      const out: string[] = [];
      while (it.hasNext()) out.push(it.next().getName());
      return out;
    };
    expect(ids(`title = 'a.txt' and '${folder.getId()}' in parents`)).toEqual(['a.txt']);
    expect(ids(`title = 'a.txt'`)).toHaveLength(2);
    expect(ids(`'${folder.getId()}' in parents and trashed = false`)).toEqual(['a.txt']);
    expect(ids(`title = 'it\\'s.txt'`)).toEqual(["it's.txt"]);
    expect(ids(`mimeType = '${MIME_TYPES.GOOGLE_DOCS}'`)).toEqual([]);
    expect(() => DriveApp.searchFiles('modifiedDate > "2026-01-01"')).toThrow(DRIVE_ERRORS.invalidQuery);
  });
});

describe('content', () => {
  it('stores a blob as a file and gives it back', () => {
    const { DriveApp } = setup();
    const blob = new FakeBlob(Buffer.from('a,b\n1,2'), MIME_TYPES.CSV, 'data.csv');
    const file = DriveApp.createFile(blob as unknown as GoogleAppsScript.Base.Blob);
    expect(file.getMimeType()).toBe(MIME_TYPES.CSV);
    expect(file.getBlob().getDataAsString()).toBe('a,b\n1,2');
    expect(file.getSize()).toBe(7);
  });

  // https://developers.google.com/apps-script/reference/drive/file#getAs(String)
  it('converts text to PDF, replacing the part after the last period with the extension', () => {
    const { DriveApp } = setup();
    const pdf = DriveApp.createFile('ShoppingList.12.25.2014', 'susu, roti').getAs(MIME_TYPES.PDF);
    expect(pdf.getName()).toBe('ShoppingList.12.25.pdf');
    expect(pdf.getContentType()).toBe(MIME_TYPES.PDF);
    expect(pdf.getDataAsString('ISO-8859-1')).toMatch(/^%PDF-1\.4[\s\S]*\(susu, roti\) Tj[\s\S]*%%EOF\n$/);
    expect(exportName('Surat', MIME_TYPES.PDF)).toBe('Surat.pdf');
  });

  it('refuses a conversion Drive does not offer', () => {
    const { DriveApp } = setup();
    const file = DriveApp.createFile('a.txt', 'a');
    expect(() => file.getAs(MIME_TYPES.MICROSOFT_WORD)).toThrow(
      DRIVE_ERRORS.conversion(MIME_TYPES.PLAIN_TEXT, MIME_TYPES.MICROSOFT_WORD),
    );
  });

  // https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder)
  it('copies a file with its content, owned by the user who copies it', () => {
    const { DriveApp, as } = setup();
    const id = as(OWNER, () => DriveApp.createFile('templat.txt', 'isi templat').addViewer(UNIT).getId());
    const copy = as(UNIT, () => DriveApp.getFileById(id).makeCopy('salinan.txt'));
    expect(as(UNIT, () => copy.getOwner().getEmail())).toBe(UNIT);
    expect(as(UNIT, () => copy.getBlob().getDataAsString())).toBe('isi templat');
    expect(as(UNIT, () => copy.getParents().next().getName())).toBe('My Drive');
  });
});

describe('dates and cost', () => {
  it('stamps creation and updates with the world clock', () => {
    const { world, DriveApp } = setup();
    const file = DriveApp.createFile('a.txt', 'a');
    const created = world.clock.now();
    world.clock.advance(60_000);
    file.setDescription('catatan');
    expect(file.getDateCreated().getTime()).toBe(created);
    expect(file.getLastUpdated().getTime()).toBe(created + 60_000);
    expect(file.getDescription()).toBe('catatan');
  });

  it("records Drive calls in cost class 'drive', reading an id in 'local'", () => {
    const { world, DriveApp } = setup();
    const file = DriveApp.createFile('a.txt', 'a');
    const mark = world.calls.mark();
    file.getId();
    file.getName();
    expect(world.calls.since(mark).map((c) => `${c.method}:${c.costClass}`)).toEqual(['getId:local', 'getName:drive']);
  });
});

describe('registry for other fakes', () => {
  it('registers a file under the service id and answers who may do what', () => {
    const { world, DriveApp, as } = setup();
    const drive = driveFiles(world);
    drive.register({ id: 'ss-siklus', name: 'Siklus', mimeType: MIME_TYPES.GOOGLE_SHEETS, owner: OWNER });
    drive.addRole('ss-siklus', UNIT, 'viewer');
    expect(drive.permissionOf('ss-siklus', OWNER)).toBe('owner');
    expect(drive.permissionOf('ss-siklus', UNIT)).toBe('viewer');
    expect(drive.canEdit('ss-siklus', UNIT)).toBe(false);
    expect(drive.permissionOf('ss-siklus', OUTSIDER)).toBeNull();
    expect(as(UNIT, () => DriveApp.getFileById('ss-siklus').getUrl())).toBe(
      'https://docs.google.com/spreadsheets/d/ss-siklus/edit?usp=drivesdk',
    );
  });
});
