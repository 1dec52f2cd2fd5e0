/**
 * Puts a cycle spreadsheet into the Drive folder of its year ("Pengukuran Kinerja 2026"), creating the folder the
 * first time. Uses the Drive advanced service, which works under the narrow drive.file scope for files the add-in
 * created itself (DriveApp would need the restricted full drive scope). Checked, then changed: re-running moves nothing
 * twice and creates no second folder.
 */
const MIME_FOLDER = 'application/vnd.google-apps.folder';

export function masukkanKeFolderTahun(fileId: string, tahun: number): string {
  const drive = Drive;
  if (!drive?.Files) throw new Error('Layanan lanjutan Drive belum diaktifkan untuk add-in ini (appsscript.json).');
  const nama = `Pengukuran Kinerja ${tahun}`;
  const q = `name = '${nama}' and mimeType = '${MIME_FOLDER}' and trashed = false`;
  const folderId =
    drive.Files.list({ q, fields: 'files(id)', pageSize: 1 }).files?.[0]?.id ??
    drive.Files.create({ name: nama, mimeType: MIME_FOLDER }).id;
  if (!folderId) throw new Error(`Folder "${nama}" tidak dapat dibuat di Drive.`);
  const induk = drive.Files.get(fileId, { fields: 'parents' }).parents ?? [];
  if (induk.includes(folderId)) return folderId;
  drive.Files.update({}, fileId, null as unknown as GoogleAppsScript.Base.Blob, {
    addParents: folderId,
    removeParents: induk.join(','),
  });
  return folderId;
}
