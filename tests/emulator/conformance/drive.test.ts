import { MIME_TYPES } from '../drive/enums';
import { pin } from './pin';
import { scriptWorld } from './world';

const FILES = 'https://developers.google.com/drive/api/reference/rest/v3/files';
const PERMISSIONS = 'https://developers.google.com/drive/api/reference/rest/v3/permissions';
const GAS_FAKES_DRIVE = 'https://github.com/brucemcpherson/gas-fakes/blob/main/test/testdrive.js';
const COLLEAGUE = 'unit.dikdas@contoh.go.id';

type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;

/** The Drive advanced service's Files collection, as the product reaches it (it checks the service is enabled). */
const files = (Drive: GoogleAppsScript.Drive): Files => Drive.Files!;

describe('Drive advanced service v3: files', () => {
  pin(
    ['Drive_v3.FilesCollection.create', 'Drive_v3.FilesCollection.get'],
    `${FILES}/create`,
    'a folder is a file of the folder type; without fields the default kind, id, name and mimeType come back',
    () => {
      const { run } = scriptWorld();
      run(({ Drive, Utilities }) => {
        const folder = files(Drive).create({ name: 'Pengukuran Kinerja 2026', mimeType: MIME_TYPES.FOLDER });
        expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
        const pdf = files(Drive).create(
          { name: 'dokumen.pdf', mimeType: MIME_TYPES.PDF, parents: [folder.id!] },
          Utilities.newBlob('%PDF-1.4', MIME_TYPES.PDF),
          { fields: 'id' },
        );
        expect(Object.keys(pdf)).toEqual(['id']);
        expect(files(Drive).get(pdf.id!, { fields: 'parents' })).toEqual({ parents: [folder.id] });
      });
    },
  );

  pin(
    'Drive_v3.FilesCollection.list',
    `${FILES}/list`,
    'q selects by exact name and trash state, fields shapes each file, pageSize bounds the page',
    () => {
      const { run } = scriptWorld();
      run(({ Drive }) => {
        const made = ['Arsip', 'Arsip', 'Arsip lain'].map(
          (name) => files(Drive).create({ name, mimeType: MIME_TYPES.FOLDER }).id!,
        );
        files(Drive).update({ trashed: true }, made[1]);
        const q = `name = 'Arsip' and mimeType = '${MIME_TYPES.FOLDER}' and trashed = false`;
        expect(files(Drive).list({ q, fields: 'files(id)', pageSize: 100 }).files).toEqual([{ id: made[0] }]);
        const page = files(Drive).list({
          q: `mimeType = '${MIME_TYPES.FOLDER}'`,
          pageSize: 1,
          fields: 'files(id),nextPageToken',
        });
        expect(page.files).toHaveLength(1);
        expect(typeof page.nextPageToken).toBe('string');
      });
    },
  );

  pin(
    'Drive_v3.FilesCollection.update',
    `${FILES}/update`,
    'addParents and removeParents move a file between folders; trashed: true moves it to the trash',
    () => {
      const { run } = scriptWorld();
      run(({ Drive }) => {
        const folder = (name: string) => files(Drive).create({ name, mimeType: MIME_TYPES.FOLDER }).id!;
        const [from, to] = [folder('Siklus'), folder('Arsip Pengukuran Kinerja 2026')];
        const id = files(Drive).create({ name: 'Siklus TW2', parents: [from] }).id!;
        files(Drive).update({}, id, null as unknown as GoogleAppsScript.Base.Blob, {
          addParents: to,
          removeParents: from,
        });
        expect(files(Drive).get(id, { fields: 'parents' }).parents).toEqual([to]);
        files(Drive).update({ trashed: true }, id);
        expect(files(Drive).get(id, { fields: 'trashed' }).trashed).toBe(true);
      });
    },
  );

  pin(
    'Drive_v3.FilesCollection.copy',
    `${FILES}/copy`,
    'a copy is a new file with the name given and the same content',
    () => {
      const { run } = scriptWorld();
      run(({ Drive, SpreadsheetApp }) => {
        const ss = SpreadsheetApp.create('Dokumen v1');
        ss.getRange('A1').setValue('Capaian');
        const copy = files(Drive).copy({ name: 'Dokumen v2' }, ss.getId(), { fields: 'id' });
        expect(copy.id).not.toBe(ss.getId());
        const opened = SpreadsheetApp.openById(copy.id!);
        expect([opened.getName(), opened.getRange('A1').getValue()]).toEqual(['Dokumen v2', 'Capaian']);
      });
    },
  );
});

describe('Drive advanced service v3: permissions', () => {
  pin(
    [
      'Drive_v3.PermissionsCollection.create',
      'Drive_v3.PermissionsCollection.list',
      'Drive_v3.PermissionsCollection.update',
    ],
    `${PERMISSIONS}/update`,
    'a user permission is listed beside the owner with its role; updating its role to reader leaves view access only',
    () => {
      const { run } = scriptWorld();
      run(({ Drive, SpreadsheetApp }) => {
        const id = SpreadsheetApp.create('Siklus').getId();
        const p = Drive.Permissions!.create({ type: 'user', role: 'writer', emailAddress: COLLEAGUE }, id, {
          sendNotificationEmail: false,
        });
        const roles = () =>
          Drive.Permissions!.list(id, { fields: 'permissions(id,type,role,emailAddress)' }).permissions!.map((x) => [
            x.emailAddress,
            x.role,
          ]);
        expect(roles()).toEqual(
          expect.arrayContaining([
            ['sakip.sekretaris@contoh.go.id', 'owner'],
            [COLLEAGUE, 'writer'],
          ]),
        );
        Drive.Permissions!.update({ role: 'reader' }, id, p.id!);
        expect(roles()).toContainEqual([COLLEAGUE, 'reader']);
        expect(roles()).toHaveLength(2);
      });
    },
  );
});

describe('DriveApp argument checks and copies', () => {
  pin(
    ['Drive.File.makeCopy', 'Drive.File.moveTo'],
    GAS_FAKES_DRIVE,
    'makeCopy without a name keeps the name; arguments that fit no overload get the signature error',
    () => {
      const { run } = scriptWorld();
      run(({ DriveApp }) => {
        const folder = DriveApp.createFolder('Salinan');
        const file = DriveApp.createFile('rekap.txt', 'isi');
        expect(file.makeCopy().getName()).toBe('rekap.txt');
        expect(file.makeCopy(folder).getName()).toBe('rekap.txt');
        expect(file.makeCopy('lain.txt', folder).getParents().next().getId()).toBe(folder.getId());
        const wrong = (fn: () => unknown) =>
          expect(fn).toThrow(/^The parameters \(.*\) don't match the method signature/);
        const loose = file as unknown as Record<string, (...a: unknown[]) => unknown>;
        wrong(() => loose.makeCopy(folder, 'xx'));
        wrong(() => loose.makeCopy('yy', 'xx'));
        wrong(() => loose.moveTo());
        wrong(() => loose.moveTo('rubbish'));
        expect(() => loose.makeCopy(folder, 'xx')).toThrow('(DriveApp.Folder,String)');
      });
    },
  );

  pin(
    'Drive.DriveApp.createFile',
    GAS_FAKES_DRIVE,
    'createFile needs a named blob or a name and content; a null name is an invalid argument',
    () => {
      const { run } = scriptWorld();
      run(({ DriveApp, Utilities }) => {
        const loose = DriveApp as unknown as Record<string, (...a: unknown[]) => unknown>;
        expect(() => loose.createFile()).toThrow(
          "The parameters () don't match the method signature for DriveApp.createFile.",
        );
        expect(() => loose.createFile('nama.txt')).toThrow('The parameters (String)');
        expect(() => loose.createFile(Utilities.newBlob('x', 'text/plain', 'a.txt'), '')).toThrow(
          'The parameters (Blob,String)',
        );
        expect(() => loose.createFile(null, '')).toThrow('Invalid argument: name');
        expect(() => loose.createFile(Utilities.newBlob(''))).toThrow(
          'Blob object must have non-null name for this operation.',
        );
        expect(DriveApp.createFile(Utilities.newBlob('x', 'text/plain', 'a.txt')).getName()).toBe('a.txt');
      });
    },
  );
});
