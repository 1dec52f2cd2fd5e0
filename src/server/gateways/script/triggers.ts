type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Installs the installable onEdit trigger of a cycle spreadsheet for the person running the script, once. An
 * add-on may create triggers only for the document it is open in, one of each type per user
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions): elsewhere nothing is
 * installed and false comes back. The trigger runs as that person, who must be able to write what it writes.
 */
export function pasangPemicuEdit(ss: Spreadsheet, handler: string): boolean {
  if (SpreadsheetApp.getActiveSpreadsheet()?.getId() !== ss.getId()) return false;
  const ada = ScriptApp.getUserTriggers(ss).some(
    (t) => t.getEventType() === ScriptApp.EventType.ON_EDIT && t.getHandlerFunction() === handler,
  );
  if (ada) return false;
  ScriptApp.newTrigger(handler).forSpreadsheet(ss).onEdit().create();
  return true;
}

/**
 * Installs an hourly time-driven trigger for `handler` for the current user, unless the user has one already (in any
 * document: one hourly run per user is enough). An add-on may have one time-driven trigger per user per document,
 * run at most hourly.
 */
export function pasangPemicuPerJam(handler: string): { baru: boolean } {
  const ada = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === handler);
  if (ada) return { baru: false };
  ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
  return { baru: true };
}

/**
 * Whether `e` is the event of one of the current user's installable triggers for `handler`. Every top-level function
 * can also be called through google.script.run (https://developers.google.com/apps-script/guides/html/reference/run),
 * with any plain object for an argument; an event Apps Script passes carries the triggerUid of the trigger that fired
 * (https://developers.google.com/apps-script/guides/triggers/events), which is the getUniqueId of a trigger the
 * person it runs as owns (https://developers.google.com/apps-script/reference/script/trigger#getUniqueId()).
 */
function dariPemicuSendiri(handler: string, e: unknown): boolean {
  const uid = (e as { triggerUid?: unknown } | null | undefined)?.triggerUid;
  if (typeof uid !== 'string' || !uid) return false;
  return ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === uid && t.getHandlerFunction() === handler);
}

/** Refuses, before anything happens, a run of `handler` that no trigger of the caller started. */
export function wajibDariPemicu(handler: string, e: unknown): void {
  if (dariPemicuSendiri(handler, e)) return;
  throw new Error(
    `${handler} hanya dijalankan oleh pemicu yang dipasang add-in, bukan dipanggil langsung; tidak ada yang dikirim ` +
      'atau diubah. Gunakan menu Ekstensi › Pengukuran Kinerja atau panel samping.',
  );
}
