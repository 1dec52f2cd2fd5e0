import { World } from '../core/world';
import { createGlobals } from '../index';
import { SHEET_ERRORS } from '../spreadsheet/errors';
import { userEdit } from '../spreadsheet/user-edit';
import { DRIVE_API_ERRORS } from './drive-advanced';
import { MIME_TYPES } from './enums';
import { driveFiles } from './registry';

const OWNER = 'sakip.sekretaris@contoh.go.id';
const UNIT = 'unit.dikdas@contoh.go.id';

type DriveV3 = GoogleAppsScript.Drive;
type Globals = {
  Drive: DriveV3;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
};

function setup() {
  const world = new World();
  const g = createGlobals(world) as unknown as Globals;
  const as = <T>(user: string, fn: () => T): T => world.run({ user }, fn);
  return { world, ...g, as };
}

const apiError = (method: string, message: string) => DRIVE_API_ERRORS.call(method, message);

/**
 * The Drive advanced service, v3: https://developers.google.com/apps-script/advanced/drive and the REST reference
 * https://developers.google.com/drive/api/reference/rest/v3/files,
 * https://developers.google.com/drive/api/reference/rest/v3/permissions.
 */
describe('Drive.Files', () => {
  // files.create: a folder is a file with the folder MIME type; media makes a file with content
  it('creates folders and files with content, returning the default fields unless fields are asked for', () => {
    const { Drive, Utilities, as } = setup();
    const folder = as(OWNER, () => Drive.Files!.create({ name: 'SAKIP 2026', mimeType: MIME_TYPES.FOLDER }));
    expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const file = as(OWNER, () =>
      Drive.Files!.create(
        { name: 'catatan.txt', parents: [folder.id!] },
        Utilities.newBlob('isi catatan', MIME_TYPES.PLAIN_TEXT),
        { fields: 'id,name,mimeType,parents,webViewLink,size' },
      ),
    );
    expect(file).toEqual({
      id: file.id,
      name: 'catatan.txt',
      mimeType: MIME_TYPES.PLAIN_TEXT,
      parents: [folder.id],
      webViewLink: `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`,
      size: '11',
    });
    expect(as(OWNER, () => Drive.Files!.get(file.id!, { alt: 'media' }))).toBe('isi catatan');
    expect(as(OWNER, () => Drive.Files!.get(folder.id!, { fields: 'parents,trashed' }))).toEqual({
      parents: [expect.any(String)],
      trashed: false,
    });
  });

  // drive.file: "Per-file access to files created or opened by the app" — other files are not found
  it('sees only the files the app created or that the person opened with it', () => {
    const { world, Drive, DriveApp, SpreadsheetApp, as } = setup();
    const lama = driveFiles(world).register({ name: 'arsip-lama.txt', mimeType: MIME_TYPES.PLAIN_TEXT, owner: OWNER });
    expect(() => as(OWNER, () => Drive.Files!.get(lama.id))).toThrow(
      `API call to drive.files.get failed with error: File not found: ${lama.id}.`,
    );
    expect(as(OWNER, () => DriveApp.getFileById(lama.id).getName())).toBe('arsip-lama.txt');
    driveFiles(world).openWithApp(lama.id, OWNER);
    expect(as(OWNER, () => Drive.Files!.get(lama.id).name)).toBe('arsip-lama.txt');

    // granted per person: the unit sees the shared spreadsheet, but the app has not been used on it by them
    const ss = as(OWNER, () => SpreadsheetApp.create('Siklus TW2').addEditor(UNIT));
    expect(as(OWNER, () => Drive.Files!.get(ss.getId()).mimeType)).toBe(MIME_TYPES.GOOGLE_SHEETS);
    expect(() => as(UNIT, () => Drive.Files!.get(ss.getId()))).toThrow(
      apiError('files.get', DRIVE_API_ERRORS.fileNotFound(ss.getId())),
    );
    expect(() => as(OWNER, () => Drive.Files!.get('tidak-ada'))).toThrow(
      apiError('files.get', DRIVE_API_ERRORS.fileNotFound('tidak-ada')),
    );
  });

  // files.update: "addParents" / "removeParents"; the parents field itself is not writable in updates
  it('renames, moves between folders, replaces content and lets only the owner trash', () => {
    const { world, Drive, Utilities, as } = setup();
    const [a, b] = as(OWNER, () =>
      ['Arsip', 'Laporan'].map((name) => Drive.Files!.create({ name, mimeType: MIME_TYPES.FOLDER }).id!),
    );
    const id = as(OWNER, () => Drive.Files!.create({ name: 'rekap.csv', parents: [a] }, Utilities.newBlob('1')).id!);
    const moved = as(OWNER, () =>
      Drive.Files!.update({ name: 'rekap-final.csv' }, id, Utilities.newBlob('1,2'), {
        addParents: b,
        removeParents: a,
        fields: 'name,parents',
      }),
    );
    expect(moved).toEqual({ name: 'rekap-final.csv', parents: [b] });
    expect(as(OWNER, () => Drive.Files!.get(id, { alt: 'media' }))).toBe('1,2');
    expect(() => as(OWNER, () => Drive.Files!.update({ parents: [a] }, id))).toThrow(
      apiError('files.update', DRIVE_API_ERRORS.parentsNotWritable),
    );
    // File.trashed: "Only the owner may trash a file"
    as(OWNER, () => Drive.Permissions!.create({ role: 'writer', type: 'user', emailAddress: UNIT }, id));
    driveFiles(world).openWithApp(id, UNIT);
    expect(as(UNIT, () => Drive.Files!.update({ name: 'rekap-unit.csv' }, id).name)).toBe('rekap-unit.csv');
    expect(() => as(UNIT, () => Drive.Files!.update({ trashed: true }, id))).toThrow(
      apiError('files.update', DRIVE_API_ERRORS.insufficientPermissions),
    );
    // scripts pass null for "no new content" to reach optionalArgs; the @types do not allow it
    const noMedia = null as unknown as GoogleAppsScript.Base.Blob;
    expect(as(OWNER, () => Drive.Files!.update({ trashed: true }, id, noMedia, { fields: 'trashed' }))).toEqual({
      trashed: true,
    });
  });

  // files.list: q, pageSize, pageToken -> nextPageToken; "returns all files by default, including trashed files"
  it('lists matching files page by page, only those the app may see', () => {
    const { world, Drive, Utilities, as } = setup();
    const folder = as(OWNER, () => Drive.Files!.create({ name: 'Bukti', mimeType: MIME_TYPES.FOLDER }).id!);
    const ids = as(OWNER, () =>
      ['a.pdf', 'b.pdf', 'c.pdf'].map(
        (name) => Drive.Files!.create({ name, parents: [folder] }, Utilities.newBlob('%PDF', MIME_TYPES.PDF)).id!,
      ),
    );
    driveFiles(world).register({ name: 'asing.pdf', mimeType: MIME_TYPES.PDF, owner: OWNER, parents: [folder] });
    as(OWNER, () => Drive.Files!.update({ trashed: true }, ids[2]));
    const q = `'${folder}' in parents and mimeType = '${MIME_TYPES.PDF}'`;
    const first = as(OWNER, () => Drive.Files!.list({ q, pageSize: 2, fields: 'files(id,name),nextPageToken' }));
    expect(first.files).toEqual([
      { id: ids[0], name: 'a.pdf' },
      { id: ids[1], name: 'b.pdf' },
    ]);
    const second = as(OWNER, () =>
      Drive.Files!.list({ q, pageSize: 2, pageToken: first.nextPageToken, fields: 'files(id,name),nextPageToken' }),
    );
    expect(second).toEqual({ files: [{ id: ids[2], name: 'c.pdf' }] });
    const live = as(OWNER, () => Drive.Files!.list({ q: `${q} and trashed = false` }));
    expect(live.files!.map((f) => f.name)).toEqual(['a.pdf', 'b.pdf']);
    expect(Object.keys(live.files![0]).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(as(OWNER, () => Drive.Files!.list({ q: "'root' in parents" }).files!.map((f) => f.name))).toEqual(['Bukti']);
    expect(() => as(OWNER, () => Drive.Files!.list({ q: 'modifiedTime > 2026' }))).toThrow(
      apiError('files.list', DRIVE_API_ERRORS.invalidValue),
    );
  });

  // files.copy of a spreadsheet: the copy is a full spreadsheet the app created
  it('copies a spreadsheet with its content', () => {
    const { Drive, SpreadsheetApp, as } = setup();
    const ss = as(OWNER, () => {
      const s = SpreadsheetApp.create('Siklus TW1');
      s.getSheets()[0].getRange('A1').setValue('Capaian');
      return s;
    });
    const copy = as(OWNER, () =>
      Drive.Files!.copy({ name: 'Siklus TW2' }, ss.getId(), { fields: 'id,name,mimeType,isAppAuthorized' }),
    );
    expect(copy).toEqual({
      id: copy.id,
      name: 'Siklus TW2',
      mimeType: MIME_TYPES.GOOGLE_SHEETS,
      isAppAuthorized: true,
    });
    expect(as(OWNER, () => SpreadsheetApp.openById(copy.id!).getRange('Sheet1!A1').getValue())).toBe('Capaian');
  });

  it('records every call as a Drive round trip', () => {
    const { world, Drive, as } = setup();
    const mark = world.calls.mark();
    as(OWNER, () => Drive.Files!.list());
    expect(world.calls.since(mark).map((c) => [c.service, c.type, c.method, c.costClass])).toEqual([
      ['Drive', 'FilesCollection', 'list', 'drive'],
    ]);
  });
});

describe('Drive.Permissions', () => {
  function shared() {
    const t = setup();
    const id = t.as(OWNER, () => t.SpreadsheetApp.create('Siklus TW2').getId());
    return { ...t, id };
  }

  // permissions.create with role writer / reader and type user; the same sharing DriveApp and SpreadsheetApp see
  it('shares with a person, and DriveApp, SpreadsheetApp and typing follow', () => {
    const { world, Drive, DriveApp, SpreadsheetApp, as, id } = shared();
    const created = as(OWNER, () =>
      Drive.Permissions!.create({ role: 'writer', type: 'user', emailAddress: UNIT }, id, {
        sendNotificationEmail: false,
      }),
    );
    expect(created).toMatchObject({ type: 'user', role: 'writer', emailAddress: UNIT });
    expect(
      as(OWNER, () =>
        DriveApp.getFileById(id)
          .getEditors()
          .map((u) => u.getEmail()),
      ),
    ).toEqual([OWNER, UNIT]);
    expect(
      as(UNIT, () =>
        SpreadsheetApp.openById(id)
          .getEditors()
          .map((u) => u.getEmail()),
      ),
    ).toEqual([OWNER, UNIT]);
    expect(userEdit(world, id, 'Sheet1', 'A1', 'boleh', UNIT).values).toEqual([['boleh']]);

    as(OWNER, () => Drive.Permissions!.update({ role: 'reader' }, id, created.id!));
    expect(() => userEdit(world, id, 'Sheet1', 'A1', 'tidak', UNIT)).toThrow('can only view');
    expect(
      as(OWNER, () => Drive.Permissions!.list(id).permissions!.map((p) => [p.type, p.role, p.emailAddress])),
    ).toEqual([
      ['user', 'owner', OWNER],
      ['user', 'reader', UNIT],
    ]);
    as(OWNER, () => Drive.Permissions!.remove(id, created.id!));
    expect(() => as(UNIT, () => SpreadsheetApp.openById(id))).toThrow(SHEET_ERRORS.noAccess);
  });

  // type anyone: "anyoneWithLink" unless allowFileDiscovery; domain: the owner's domain
  it('opens a file to anyone with the link or to the domain, and removes that again', () => {
    const { Drive, DriveApp, as, id } = shared();
    as(OWNER, () => Drive.Permissions!.create({ role: 'reader', type: 'anyone' }, id));
    expect(String(as(OWNER, () => DriveApp.getFileById(id).getSharingAccess()))).toBe('ANYONE_WITH_LINK');
    expect(as(OWNER, () => Drive.Permissions!.list(id).permissions!.at(-1))).toMatchObject({
      id: 'anyoneWithLink',
      type: 'anyone',
      role: 'reader',
      allowFileDiscovery: false,
    });
    as(OWNER, () => Drive.Permissions!.remove(id, 'anyoneWithLink'));
    expect(String(as(OWNER, () => DriveApp.getFileById(id).getSharingAccess()))).toBe('PRIVATE');
    as(OWNER, () => Drive.Permissions!.create({ role: 'writer', type: 'domain', domain: 'contoh.go.id' }, id));
    expect(String(as(OWNER, () => DriveApp.getFileById(id).getAccess(UNIT)))).toBe('EDIT');
  });

  it('refuses unknown permissions, people without edit access and an owner change without transferOwnership', () => {
    const { world, Drive, as, id } = shared();
    expect(() => as(OWNER, () => Drive.Permissions!.update({ role: 'reader' }, id, 'perm-x'))).toThrow(
      apiError('permissions.update', DRIVE_API_ERRORS.permissionNotFound('perm-x')),
    );
    as(OWNER, () => Drive.Permissions!.create({ role: 'reader', type: 'user', emailAddress: UNIT }, id));
    driveFiles(world).openWithApp(id, UNIT);
    expect(() =>
      as(UNIT, () => Drive.Permissions!.create({ role: 'writer', type: 'user', emailAddress: UNIT }, id)),
    ).toThrow(apiError('permissions.create', DRIVE_API_ERRORS.insufficientPermissions));
    expect(() =>
      as(OWNER, () => Drive.Permissions!.create({ role: 'owner', type: 'user', emailAddress: UNIT }, id)),
    ).toThrow(apiError('permissions.create', DRIVE_API_ERRORS.transferOwnership));
    as(OWNER, () =>
      Drive.Permissions!.create({ role: 'owner', type: 'user', emailAddress: UNIT }, id, { transferOwnership: true }),
    );
    expect(as(UNIT, () => Drive.Files!.get(id, { fields: 'owners(emailAddress),ownedByMe' }))).toEqual({
      owners: [{ emailAddress: UNIT }],
      ownedByMe: true,
    });
    expect(as(UNIT, () => Drive.Permissions!.list(id).permissions!.map((p) => [p.role, p.emailAddress]))).toEqual([
      ['owner', UNIT],
      ['writer', OWNER],
    ]);
  });
});
