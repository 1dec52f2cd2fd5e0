/**
 * Drive work of the copies and the archive, over the Drive advanced service (drive.file scope: only files the add-in
 * created for the person running it are reachable, see drive-file.ts). Checked, then changed: running again moves and
 * creates nothing twice.
 */
const MIME_FOLDER = 'application/vnd.google-apps.folder';

function drive(): GoogleAppsScript.Drive {
  if (!Drive?.Files) throw new Error('Layanan lanjutan Drive belum diaktifkan untuk add-in ini (appsscript.json).');
  return Drive;
}

/** Whether the add-in can reach the file for the person running it (it created the file for them). */
export function berkasTerjangkau(fileId: string): boolean {
  try {
    drive().Files.get(fileId, { fields: 'id' });
    return true;
  } catch (e) {
    // Drive answers "File not found" for a file out of the app's reach; anything else is a real failure
    if (/File not found/.test(String((e as Error | null)?.message))) return false;
    throw e;
  }
}

/** The folders holding a file. */
export function indukBerkas(fileId: string): string[] {
  return drive().Files.get(fileId, { fields: 'parents' }).parents ?? [];
}

/** The folder of that name the add-in made for this person, made now the first time. */
export function folderBernama(nama: string): string {
  const q = `name = '${nama.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}' and mimeType = '${MIME_FOLDER}' and trashed = false`;
  const id =
    drive().Files.list({ q, fields: 'files(id)', pageSize: 1 }).files?.[0]?.id ??
    drive().Files.create({ name: nama, mimeType: MIME_FOLDER }).id;
  if (!id) throw new Error(`Folder "${nama}" tidak dapat dibuat di Drive.`);
  return id;
}

/** Moves the file into the folder, out of every other (nothing is copied or deleted); false when it was there. */
export function pindahkanKeFolder(fileId: string, folderId: string, induk = indukBerkas(fileId)): boolean {
  if (induk.length === 1 && induk[0] === folderId) return false;
  const lain = induk.filter((p) => p !== folderId);
  drive().Files.update({}, fileId, null as unknown as GoogleAppsScript.Base.Blob, {
    ...(induk.includes(folderId) ? {} : { addParents: folderId }),
    removeParents: lain.join(','),
  });
  return true;
}
