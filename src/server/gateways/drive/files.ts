/**
 * Small Drive helpers over the advanced service (drive.file scope: only files the add-in created for the person
 * running it are reachable). Sharing changes are checked, then made, so running an action again changes nothing twice.
 */
type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;

export const MIME_PDF = 'application/pdf';

/** Drive's API roles from weakest to strongest. */
const PERINGKAT: Record<string, number> = {
  reader: 1,
  commenter: 2,
  writer: 3,
  fileOrganizer: 4,
  organizer: 5,
  owner: 6,
};

function drive(): GoogleAppsScript.Drive {
  if (!Drive?.Files) throw new Error('Layanan lanjutan Drive belum diaktifkan untuk add-in ini (appsscript.json).');
  return Drive;
}

function kutip(teks: string): string {
  return teks.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

/** Files not in the trash named exactly `nama` that the add-in can reach for this person. */
export function cariBerkasBernama(nama: string): { id: string; mimeType: string }[] {
  const q = `name = '${kutip(nama)}' and trashed = false`;
  return (drive().Files.list({ q, fields: 'files(id,mimeType)', pageSize: 100 }).files ?? []).map((f: DriveFile) => ({
    id: f.id ?? '',
    mimeType: f.mimeType ?? '',
  }));
}

/** Moves a leftover of an interrupted run to the trash (recoverable there; nothing recorded ever pointed to it). */
export function buangKeTempatSampah(fileId: string): void {
  drive().Files.update({ trashed: true }, fileId);
}

/** Stores a PDF blob as a new file in the folder; its id. */
export function simpanPdf(blob: GoogleAppsScript.Base.Blob, nama: string, folderId: string): string {
  const f = drive().Files.create({ name: nama, mimeType: MIME_PDF, parents: [folderId] }, blob, { fields: 'id' });
  if (!f.id) throw new Error(`Berkas PDF "${nama}" tidak dapat disimpan di Drive.`);
  return f.id;
}

/**
 * A copy of a Google Doc the add-in can reach for this person, named `nama`; its id. Under drive.file a Doc made
 * outside the add-in is out of reach until opened with it: that is said, with what to do instead.
 */
export function salinDokumen(sumberId: string, nama: string, apa: string): string {
  let id: string | undefined;
  try {
    id = drive().Files.copy({ name: nama }, sumberId, { fields: 'id' }).id;
  } catch {
    // Drive's own message ("API call to drive.files.copy failed with error: File not found: …") is English and says
    // no more than this; the person is told what to check instead
    throw new Error(
      `${apa} (ID ${sumberId}) tidak dapat disalin: berkas itu tidak ditemukan atau tidak dapat Anda buka. ` +
        'Add-in hanya menjangkau berkas yang dibuat atau dibuka melalui add-in (izin drive.file). Periksa ID-nya, ' +
        'atau kosongkan pengaturan itu untuk memakai tata letak bawaan.',
    );
  }
  if (!id) throw new Error(`${apa} (ID ${sumberId}) tidak dapat disalin.`);
  return id;
}

function izin(fileId: string): Permission[] {
  return drive().Permissions.list(fileId, { fields: 'permissions(id,type,role,emailAddress)' }).permissions ?? [];
}

/**
 * Gives `email` at least `role` on the file, without Drive's own notification mail (the add-in sends its own). A
 * person who already has that role or a stronger one is left as they are.
 */
export function pastikanAkses(fileId: string, email: string, role: 'reader' | 'commenter' | 'writer'): boolean {
  const ada = izin(fileId).find((p) => p.type === 'user' && p.emailAddress?.toLowerCase() === email.toLowerCase());
  if (ada && (PERINGKAT[ada.role ?? ''] ?? 0) >= PERINGKAT[role]) return false;
  drive().Permissions.create({ type: 'user', role, emailAddress: email }, fileId, { sendNotificationEmail: false });
  return true;
}

/**
 * Leaves the file readable by everyone who has it but editable by no one except its owner: every writer or commenter
 * permission (people and general access) becomes reader. Returns how many were changed.
 */
export function jadikanHanyaBaca(fileId: string): number {
  const turun = izin(fileId).filter((p) => p.role === 'writer' || p.role === 'commenter');
  for (const p of turun) drive().Permissions.update({ role: 'reader' }, fileId, p.id ?? '');
  return turun.length;
}
