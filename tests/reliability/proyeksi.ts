/**
 * The end state of the whole world as the sweep compares it, normalised to what a person would call "the same": every
 * spreadsheet not in the trash (its tabs with values, formulas, cell formats, notes and data validation; each tab's
 * protections, conditional formats, merges, frozen rows and columns, colour and visibility; the Log without its time,
 * row id and seal, which legitimately differ between a run and its retry), every Drive file not in the trash with who
 * may open it, the Docs' text, the mails each recipient got, the calendar events with their guests and invitations,
 * the properties and triggers. Ids of files are replaced by the file's type and name, so a retry that made its file
 * under another id still compares equal.
 */
import logJson from '../../sheets-templates/tab-log.json';
import type { World } from '../emulator/core/world';
import { documentPlainText } from '../emulator/document/model';
import { documents } from '../emulator/document/store';
import { driveFiles, type DriveItem } from '../emulator/drive/registry';
import { sentMails } from '../emulator/services/mail';
import { calendarEvents, calendarInvitations } from '../emulator/services/calendar';
import { propertyStores } from '../emulator/services/properties';
import { triggersOf } from '../emulator/services/triggers';
import {
  FORMAT_KEYS,
  spreadsheetStore,
  type CellState,
  type ProtectionState,
  type SheetState,
} from '../emulator/spreadsheet/model';

const LOG = logJson.nama;
/** Log columns whose content differs between a run and its retry: when, the row's id and the chained seal. */
const KOLOM_LOG_BERBEDA = new Set(['waktu', 'id', 'segel'].map((isi) => logJson.kolom.findIndex((k) => k.isi === isi)));
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;
const ID = /\b[a-z]+-[0-9a-z]{4}\b/g;

export type Proyeksi = Record<string, unknown>;

export function proyeksi(world: World): Proyeksi {
  const drive = driveFiles(world);
  const nama = new Map(drive.all().map((f) => [f.id, `<${f.mimeType.split('.').pop()}:${f.name}>`]));
  const teks = (v: string) => v.replace(UUID, '<uuid>').replace(ID, (id) => nama.get(id) ?? id);
  const aktif = drive.all().filter((f) => !f.trashed && !f.mimeType.endsWith('folder'));
  const hasil = {
    berkas: aktif.map((f) => berkas(f)).sort(),
    folder: drive
      .all()
      .filter((f) => !f.trashed && f.mimeType.endsWith('folder'))
      .map((f) => berkas(f))
      .sort(),
    spreadsheet: [...spreadsheetStore(world).files.values()]
      .filter((ss) => !drive.get(ss.id)?.trashed)
      .map((ss) => ({
        nama: ss.name,
        urutanTab: ss.sheets.map((s) => s.name),
        // by name, so a difference reads "/tab/Log/sel/12"
        tab: Object.fromEntries(ss.sheets.map((s) => [s.name, tab(s)])),
        metadata: ss.developerMetadata.map((m) => m.key),
      }))
      .sort(urut),
    dokumen: aktif
      .filter((f) => f.mimeType.endsWith('document'))
      .map((f) => `${f.name}\n${documentPlainText(documents(world).savedData(f.id))}`)
      .sort(),
    surel: surelPerPenerima(world),
    kalender: kalender(world),
    pemicu: triggersOf(world)
      .map((t) => `${t.handler} ${t.eventType} ${t.owner}`)
      .sort(),
    properti: properti(world),
  };
  return JSON.parse(JSON.stringify(hasil, (_k, v: unknown) => (typeof v === 'string' ? teks(v) : v))) as Proyeksi;
}

const urut = (a: { nama: string }, b: { nama: string }) => a.nama.localeCompare(b.nama);

function berkas(f: DriveItem): string {
  const orang = [...f.editors].map((e) => `e:${e}`).concat([...f.viewers, ...f.commenters].map((v) => `v:${v}`));
  return `${f.mimeType} ${f.name} ${f.owner} ${f.access} [${orang.sort().join(' ')}]`;
}

function tab(sheet: SheetState) {
  const isLog = sheet.name === LOG;
  const baris = sheet.rows
    .map((r) => (r ?? []).map((c, j) => (isLog && KOLOM_LOG_BERBEDA.has(j) ? '' : sel(c))))
    .map((r) => trimEnd(r));
  return {
    sel: trimEnd(baris.map((r) => r.join('\t'))),
    proteksi: sheet.protections.map(proteksi),
    aturan: sheet.conditionalRules.map(({ ranges, ...aturan }) => JSON.stringify([ranges, aturan])),
    gabungan: sheet.merges.map((m) => JSON.stringify(m)),
    tampilan: [sheet.frozenRows, sheet.frozenCols, sheet.tabColor, sheet.hidden, [...sheet.hiddenColumns]],
  };
}

/** What a protection guards and who may still edit there; its id differs between a run and its retry. */
function proteksi({ id: _, editors, ...p }: ProtectionState): string {
  return JSON.stringify({ ...p, editors: editors ? [...editors].sort() : null });
}

function sel(c: CellState | undefined): string {
  if (!c) return '';
  // a Date may come from the script's realm, where instanceof Date does not hold
  const tanggal = Object.prototype.toString.call(c.value) === '[object Date]';
  const v = tanggal ? '<tanggal>' : c.value === undefined ? '' : String(c.value);
  const format = FORMAT_KEYS.map((k) => c[k] ?? '').join(',');
  const lain = [c.note ?? '', c.validation ? JSON.stringify(c.validation) : ''];
  return [c.formula ?? v, format.replace(/^,+$/, ''), ...lain].filter(Boolean).join(' ¦ ');
}

function trimEnd(xs: string[]): string[] {
  let n = xs.length;
  while (n > 0 && xs[n - 1] === '') n--;
  return xs.slice(0, n);
}

function surelPerPenerima(world: World): Record<string, string[]> {
  const per: Record<string, string[]> = {};
  for (const m of sentMails(world))
    for (const to of [...m.to, ...m.cc, ...m.bcc]) (per[to] ??= []).push(`${m.from}: ${m.subject}`);
  for (const k of Object.keys(per)) per[k].sort();
  return per;
}

/** Each event by its calendar, time, title, place and guests, and who Calendar invited to what (event ids left out). */
function kalender(world: World) {
  const acara = new Map(calendarEvents(world).map((e) => [e.id, `${e.calendarId} ${e.start}-${e.end} ${e.title}`]));
  return {
    acara: calendarEvents(world)
      .map((e) => [acara.get(e.id), e.location, e.description, [...e.guests].sort().join(' ')].join(' ¦ '))
      .sort(),
    undangan: calendarInvitations(world)
      .map((u) => `${u.from} → ${u.to}: ${acara.get(u.eventId) ?? u.eventId}`)
      .sort(),
  };
}

function properti(world: World) {
  const p = propertyStores(world);
  const isi = (m: Map<string, string>) => Object.fromEntries([...m.entries()].sort());
  const per = (m: Map<string, Map<string, string>>) =>
    Object.fromEntries([...m.entries()].map(([k, v]) => [k, isi(v)]));
  return { script: isi(p.script), user: per(p.byUser), document: per(p.byDocument) };
}
