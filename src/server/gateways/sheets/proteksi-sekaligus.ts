import { daftarEditor, deskripsiProteksi, type KelompokRentang } from './proteksi-deskripsi';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Permintaan = GoogleAppsScript.Sheets.Schema.Request;
type RentangApi = GoogleAppsScript.Sheets.Schema.GridRange;
type ProteksiApi = GoogleAppsScript.Sheets.Schema.ProtectedRange;

/** What one tab's protections should be: the tab's own (lindungiTab), groups of range protections, or neither. */
export interface RencanaProteksi {
  sheet: Sheet;
  tab?: { editors: readonly string[]; keterangan: string; bolehDiisi?: Range[] };
  kelompok?: readonly KelompokRentang[];
  /** every range protection of the tab removed (the tab's own protection stays) */
  hapusRentang?: boolean;
}

/**
 * The protections of many tabs set at once with the Sheets advanced service: one spreadsheets.get for what is there,
 * one spreadsheets.batchUpdate for every change, none when all is already right. The end state is what lindungiTab
 * and lindungiKelompokRentang (protection.ts) leave, with the same descriptions, so a tab protected either way is
 * recognised as right by the other. The batch applies all of its requests or none: a run stopped anywhere converges
 * when it is run again. As Protection.removeEditors does, a changed protection keeps the person running the script
 * among its editors when they were one
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection#removeEditors(String)).
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#addprotectedrangerequest
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updateprotectedrangerequest
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#deleteprotectedrangerequest
 */
export function lindungiSekaligus(ss: Spreadsheet, rencana: readonly RencanaProteksi[]): void {
  kirimSekaligus(ss, permintaanProteksi(ss, rencana));
}

/** The requests that bring the tabs' protections to the plans (one spreadsheets.get; none when no plan). */
export function permintaanProteksi(ss: Spreadsheet, rencana: readonly RencanaProteksi[]): Permintaan[] {
  if (rencana.length === 0) return [];
  const ada = proteksiPerTab(layananSheets().Spreadsheets.get(ss.getId(), { fields: BIDANG_BACA }));
  const saya = Session.getEffectiveUser().getEmail().trim().toLowerCase();
  return rencana.flatMap((r) => permintaanTab(r, ada.get(r.sheet.getSheetId()) ?? [], saya));
}

/** One spreadsheets.batchUpdate with every request, or nothing when there is none. */
export function kirimSekaligus(ss: Spreadsheet, permintaan: readonly Permintaan[]): void {
  if (permintaan.length) layananSheets().Spreadsheets.batchUpdate({ requests: [...permintaan] }, ss.getId());
}

const BIDANG_BACA =
  'sheets(properties(sheetId),protectedRanges(protectedRangeId,range,description,requestingUserCanEdit,editors))';

function layananSheets(): GoogleAppsScript.Sheets {
  if (!Sheets) throw new Error('Layanan lanjutan Google Sheets (Sheets API v4) belum diaktifkan di appsscript.json.');
  return Sheets;
}

function proteksiPerTab(s: GoogleAppsScript.Sheets.Schema.Spreadsheet): Map<number, ProteksiApi[]> {
  return new Map((s.sheets ?? []).map((t) => [t.properties?.sheetId ?? 0, t.protectedRanges ?? []]));
}

/** "The range may be fully unbounded, in which case this is considered a protected sheet." */
function lindungiSeluruhTab(p: ProteksiApi): boolean {
  const r = p.range ?? {};
  return r.startRowIndex === undefined && r.endRowIndex === undefined && r.endColumnIndex === undefined;
}

function rentangApi(r: Range): RentangApi {
  return {
    sheetId: r.getSheet().getSheetId(),
    startRowIndex: r.getRow() - 1,
    endRowIndex: r.getRow() - 1 + r.getNumRows(),
    startColumnIndex: r.getColumn() - 1,
    endColumnIndex: r.getColumn() - 1 + r.getNumColumns(),
  };
}

function kunciRentang(r: RentangApi | undefined): string {
  const { startRowIndex = 0, endRowIndex, startColumnIndex = 0, endColumnIndex } = r ?? {};
  return `${startRowIndex}:${String(endRowIndex)}:${startColumnIndex}:${String(endColumnIndex)}`;
}

function permintaanTab(r: RencanaProteksi, ada: readonly ProteksiApi[], saya: string): Permintaan[] {
  let rentangAda = ada.filter((p) => !lindungiSeluruhTab(p));
  const hapus = (p: ProteksiApi): Permintaan => ({ deleteProtectedRange: { protectedRangeId: p.protectedRangeId } });
  const out: Permintaan[] = [];
  if (r.hapusRentang) {
    out.push(...rentangAda.map(hapus));
    rentangAda = [];
  }
  if (r.tab) out.push(...permintaanProteksiTab(r.sheet, r.tab, ada.find(lindungiSeluruhTab), saya));
  for (const k of r.kelompok ?? []) {
    const daftar = daftarEditor(k.editors);
    const deskripsi = deskripsiProteksi(k.keterangan, daftar, k.rentang);
    const kunci = new Set(k.rentang.map((x) => kunciRentang(rentangApi(x))));
    // an undescribed protection over one of the ranges is the group's own, left by a protection made the old way by a
    // run that stopped before its description
    const milikIni = rentangAda.filter(
      (p) =>
        (p.description ?? '').startsWith(`${k.keterangan} [`) || (!p.description && kunci.has(kunciRentang(p.range))),
    );
    if (milikIni.length === k.rentang.length && milikIni.every((p) => p.description === deskripsi)) continue;
    out.push(...milikIni.map(hapus));
    rentangAda = rentangAda.filter((p) => !milikIni.includes(p));
    for (const x of k.rentang)
      out.push({
        addProtectedRange: {
          protectedRange: { range: rentangApi(x), description: deskripsi, editors: { users: daftar } },
        },
      });
  }
  return out;
}

/** The tab's own protection made or changed, unless it is already right or the person may not change it. */
function permintaanProteksiTab(
  sheet: Sheet,
  tab: NonNullable<RencanaProteksi['tab']>,
  ada: ProteksiApi | undefined,
  saya: string,
): Permintaan[] {
  const editorAda = (ada?.editors?.users ?? []).map((e) => e.toLowerCase());
  const daftar = daftarEditor(tab.editors);
  const tetap = editorAda.includes(saya) && !daftar.includes(saya) ? [saya] : [];
  const bolehDiisi = tab.bolehDiisi ?? [];
  const deskripsi = deskripsiProteksi(tab.keterangan, daftar, bolehDiisi);
  if (ada && (ada.description === deskripsi || !ada.requestingUserCanEdit)) return [];
  const protectedRange: ProteksiApi = {
    range: { sheetId: sheet.getSheetId() },
    description: deskripsi,
    editors: { users: [...daftar, ...tetap] },
    unprotectedRanges: bolehDiisi.map(rentangApi),
  };
  if (!ada) return [{ addProtectedRange: { protectedRange } }];
  return [
    {
      updateProtectedRange: {
        protectedRange: { ...protectedRange, protectedRangeId: ada.protectedRangeId },
        fields: 'description,editors,unprotectedRanges',
      },
    },
  ];
}
