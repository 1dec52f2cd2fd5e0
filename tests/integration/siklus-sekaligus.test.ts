/**
 * A cycle built both ways on the emulator: the old way, a SpreadsheetApp call per column width, frozen header and
 * protection, and the new, one Sheets API batch — the tabs of a new cycle as mulaiSiklus lays them out
 * (denganTataLetakSekaligus), the forms of every unit as kirimFormulir sends them and the archive (lindungiSekaligus).
 * Both end in the same widths, frozen rows and protections; each way takes what the other built as right.
 */
import { TEMPLAT } from '../../src/server/domain/templat';
import { rencanaFormulirUnit } from '../../src/server/gateways/sheets/formulir-protection';
import { siapkanTabFormulir } from '../../src/server/gateways/sheets/formulir-tab';
import { tulisTabUsulan } from '../../src/server/gateways/sheets/perubahan-target-tab';
import { tulisTab } from '../../src/server/gateways/sheets/tab-writer';
import { denganTataLetakSekaligus } from '../../src/server/gateways/sheets/tata-letak-sekaligus';
import { lindungiRentang, lindungiTab } from '../../src/server/gateways/sheets/protection';
import { lindungiSekaligus, type RencanaProteksi } from '../../src/server/gateways/sheets/proteksi-sekaligus';
import { createGlobals, World } from '../emulator';
import { a1Of } from '../emulator/spreadsheet/a1';
import { spreadsheetState } from '../emulator/spreadsheet/model';

const PEMILIK = 'sakip.sekretaris@contoh.go.id';
const SAKIP = [PEMILIK, 'sakip.anggota@contoh.go.id'];
const UNIT = [
  { kode: 'PSPFM', nama: 'Bidang PSPFM', orang: ['kabid.pspfm@contoh.go.id', 'staf.pspfm@contoh.go.id'] },
  { kode: 'SEKRE', nama: 'Sekretariat', orang: ['kabid.sekre@contoh.go.id'] },
];
const ARSIP = 'Siklus ditutup dan diarsipkan: hanya dapat dibaca';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The product's code runs in this process: the emulator's globals are where Apps Script puts them. */
function dunia() {
  const world = new World(Date.UTC(2026, 3, 6, 1, 0, 0));
  Object.assign(globalThis, createGlobals(world));
  const run = <T>(fn: () => T): T => world.run({ user: PEMILIK }, fn);
  return { world, run };
}

/** A cycle with one form tab per unit, ten indicator rows each, shared with every unit's people. */
function siklus(): Spreadsheet {
  const ss = SpreadsheetApp.create('Siklus Triwulan II 2026');
  ss.addEditors([...SAKIP.slice(1), ...UNIT.flatMap((u) => u.orang)]);
  for (const u of UNIT) {
    const sheet = ss.insertSheet(`Form ${u.kode}`);
    sheet.getRange(1, 1, 11, 2).setValues([['No', 'Indikator'], ...Array.from({ length: 10 }, (_, i) => [i + 1, 'x'])]);
  }
  return ss;
}

const rencanaFormulir = (ss: Spreadsheet): RencanaProteksi[] =>
  UNIT.map((u) => rencanaFormulirUnit(ss.getSheetByName(`Form ${u.kode}`)!, TEMPLAT.formulir, u, u.orang, SAKIP));

function formulirCaraLama(ss: Spreadsheet): void {
  for (const r of rencanaFormulir(ss)) {
    lindungiTab(r.sheet, r.tab!.editors, r.tab!.keterangan, r.tab!.bolehDiisi);
    for (const k of r.kelompok!) lindungiRentang(r.sheet, k.rentang, k.editors, k.keterangan);
  }
}

function arsipCaraLama(ss: Spreadsheet): void {
  for (const sheet of ss.getSheets()) {
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) p.remove();
    lindungiTab(sheet, [], ARSIP);
  }
}

const arsipSekaligus = (ss: Spreadsheet) =>
  lindungiSekaligus(
    ss,
    ss.getSheets().map((sheet) => ({ sheet, hapusRentang: true, tab: { editors: [], keterangan: ARSIP } })),
  );

/** The tabs of a new cycle laid out and protected as mulaiSiklus does: forms, Rekap, Temuan, Perubahan Target, Log. */
function tataLetakSiklus(ss: Spreadsheet): void {
  for (const u of UNIT)
    siapkanTabFormulir(ss.getSheetByName(`Form ${u.kode}`)!, TEMPLAT.formulir, [], {
      tulisIsi: true,
      daftar: { satuanDikenal: ['%'] },
      editorTerkunci: SAKIP,
      namaUnit: u.nama,
      validasi: { kode: u.kode, kabid: [u.orang[0]] },
    });
  for (const layout of [TEMPLAT.rekap, TEMPLAT.temuan, TEMPLAT.log]) tulisTab(ss, layout, []);
  tulisTabUsulan(ss, [], SAKIP);
}

/** Widths, frozen rows and hidden columns of every tab. */
function tataLetak(world: World, id: string) {
  return spreadsheetState(world, id).sheets.map((s) => ({
    tab: s.name,
    lebar: [...s.columnWidths].sort(([a], [b]) => a - b),
    beku: s.frozenRows,
    tersembunyi: [...s.hiddenColumns].sort((a, b) => a - b),
  }));
}

/** Every protection of the spreadsheet as a person sees it, without the ids. */
function proteksi(world: World, id: string) {
  return spreadsheetState(world, id).sheets.map((s) =>
    s.protections
      .map((p) => ({
        tab: s.name,
        jenis: p.type,
        rentang: p.type === 'RANGE' ? a1Of(p.range) : '',
        keterangan: p.description,
        editor: [...(p.editors ?? [])].sort(),
        terbuka: p.unprotected.map(a1Of),
        peringatan: p.warningOnly,
      }))
      .sort((a, b) => `${a.jenis}${a.rentang}`.localeCompare(`${b.jenis}${b.rentang}`)),
  );
}

function keduaCara(lama: (ss: Spreadsheet) => void, baru: (ss: Spreadsheet) => void) {
  const { world, run } = dunia();
  const [a, b] = run(() => [siklus(), siklus()]);
  run(() => {
    lama(a);
    baru(b);
  });
  return { world, run, a, b };
}

describe('a cycle built call by call and in one Sheets API batch', () => {
  it('lays out and protects the tabs of a new cycle the same way, in one get and one batchUpdate', () => {
    const { world, run, a, b } = keduaCara(tataLetakSiklus, () => undefined);
    const awal = world.calls.mark();
    run(() => denganTataLetakSekaligus(b, () => tataLetakSiklus(b)));
    const panggilan = world.calls.since(awal);
    expect(panggilan.filter((c) => c.service === 'Sheets').map((c) => c.method)).toEqual(['get', 'batchUpdate']);
    expect(panggilan.map((c) => c.method)).not.toContain('setColumnWidth');
    expect(tataLetak(world, b.getId())).toEqual(tataLetak(world, a.getId()));
    expect(tataLetak(world, a.getId())[1].lebar.length).toBe(TEMPLAT.formulir.kolom.length);
    expect(proteksi(world, a.getId()).flat()).toHaveLength(5);
    expect(proteksi(world, b.getId())).toEqual(proteksi(world, a.getId()));
  });

  it('gives every form tab the same protections when the forms are sent', () => {
    const { world, a, b } = keduaCara(formulirCaraLama, (ss) => lindungiSekaligus(ss, rencanaFormulir(ss)));
    const harapan = proteksi(world, a.getId());
    expect(harapan[1].map((p) => [p.jenis, p.rentang, p.editor.length])).toEqual([
      ['RANGE', 'H2:N11', 4],
      ['SHEET', '', 2],
    ]);
    expect(proteksi(world, b.getId())).toEqual(harapan);
  });

  it('sends nothing more for protections already right, whichever way they were made', () => {
    const { world, run, a, b } = keduaCara(formulirCaraLama, (ss) => lindungiSekaligus(ss, rencanaFormulir(ss)));
    const awal = world.calls.mark();
    run(() => lindungiSekaligus(a, rencanaFormulir(a)));
    expect(world.calls.since(awal).map((c) => c.method)).not.toContain('batchUpdate');
    const sebelum = proteksi(world, b.getId());
    run(() => formulirCaraLama(b));
    expect(proteksi(world, b.getId())).toEqual(sebelum);
  });

  it('archives to the same protections: no range protection left, every tab for the owner alone', () => {
    const { world, a, b } = keduaCara(
      (ss) => {
        formulirCaraLama(ss);
        arsipCaraLama(ss);
      },
      (ss) => {
        lindungiSekaligus(ss, rencanaFormulir(ss));
        arsipSekaligus(ss);
      },
    );
    const harapan = proteksi(world, a.getId());
    // the owner, who ran it, stays listed where they were an editor (Protection.removeEditors keeps the user running it)
    expect(harapan.flat().map((p) => [p.jenis, p.editor])).toEqual([
      ['SHEET', []],
      ['SHEET', [PEMILIK]],
      ['SHEET', [PEMILIK]],
    ]);
    expect(proteksi(world, b.getId())).toEqual(harapan);
  });
});
