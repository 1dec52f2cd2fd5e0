import formulirJson from '../../sheets-templates/tab-formulir.json';
import rekapJson from '../../sheets-templates/tab-rekap.json';
import temuanJson from '../../sheets-templates/tab-temuan.json';
import logJson from '../../sheets-templates/tab-log.json';
import sopJson from '../../sheets-templates/sop-pengukuran-kinerja.json';
import {
  bacaPengaturan,
  pengaturanBawaan,
  pengaturanKeBaris,
  type Pengaturan,
} from '../../src/server/domain/pengaturan';
import { parseSopTemplate } from '../../src/server/domain/sop/template';
import { localMs } from '../../src/server/domain/jam-kerja/zona';
import { World } from '../emulator';
import { spreadsheetStore, type SpreadsheetState } from '../emulator/spreadsheet/model';
import { answerUi, uiRecords } from '../emulator/spreadsheet/ui';
import { LoadedScript } from '../harness/script';
import { pengaturanUkuran, siklusSebelumnya } from '../harness/kantor';
import { driveFiles } from '../emulator/drive/registry';
import { MIME_TYPES } from '../emulator/drive/enums';

const SOP = parseSopTemplate(sopJson);
const PEMILIK = 'sakip.sekretaris@contoh.go.id';
const ANGGOTA = 'sakip.anggota@contoh.go.id';
const TAG = 'pengukuran-kinerja.siklus';
const NAMA_TW2 = 'Pengukuran Kinerja – Triwulan II Tahun 2026 – Dinsospermasdes';
const UNIT = ['SEKRE', 'PSPFM', 'PJRS', 'PERMAS', 'PEMDES'];
const URUTAN_TAB = [
  'Petunjuk',
  'Pelacakan SOP',
  'Pengaturan',
  ...UNIT.map((k) => `Form ${k}`),
  'Rekap',
  'Temuan',
  'Log',
];
const JUDUL_FORM = formulirJson.kolom.map((k) => k.judul);

type Globals = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
};
type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The office's SAKIP workbook, from which the add-in's menu is used, in a world set on Wed 12 Aug 2026 08:30 WIB. */
function kantor() {
  const world = new World(localMs(2026, 8, 12, 8, 30));
  const script = new LoadedScript(world);
  const g = script.context as unknown as Globals;
  const hostId = world.run({ user: PEMILIK }, () => g.SpreadsheetApp.create('Buku Kerja SAKIP').getId());
  /**
   * "Mulai siklus baru…" from the menu: the person types the period, answers the unit confirmation and, when they
   * confirm, the time of the Kepala's disposisi.
   */
  const mulai = (periode: string, ...jawaban: ('YES' | 'NO')[]) => {
    const [konfirmasi, ...cadangan] = jawaban;
    const disposisi = konfirmasi === 'YES' ? [{ button: 'OK' as const, text: '08.00-08.10' }] : [];
    answerUi(world, { button: 'OK', text: periode }, ...jawaban.slice(0, 1), ...disposisi, ...cadangan);
    return script.call('menuMulaiSiklusBaru', [], { user: PEMILIK, activeSpreadsheetId: hostId });
  };
  const sebagaiPemilik = <T>(fn: () => T): T => world.run({ user: PEMILIK, activeSpreadsheetId: hostId }, fn);
  const buka = (id: string): Ss => g.SpreadsheetApp.openById(id);
  /** The cycle spreadsheets: files tagged with a period. */
  const siklus = () =>
    [...spreadsheetStore(world).files.values()].filter((f) => f.developerMetadata.some((m) => m.key === TAG));
  const siklusPeriode = (kunci: string) => {
    const ada = siklus().filter((f) => f.developerMetadata.some((m) => m.key === TAG && m.value === kunci));
    expect(ada).toHaveLength(1);
    return ada[0];
  };
  const nilai = (id: string, tab: string) =>
    sebagaiPemilik(() => buka(id).getSheetByName(tab)!.getDataRange().getValues());
  return { world, script, g, hostId, mulai, sebagaiPemilik, buka, siklus, siklusPeriode, nilai };
}

/** A file's state without the ids a run happens to get, tab by tab, for comparing the results of two runs. */
function potret(ss: SpreadsheetState): Record<string, string> {
  const teks = (v: unknown) =>
    JSON.stringify(v, (k, x: unknown) => {
      if (k === 'id' || k === 'sheetId' || k === 'activeSheetId' || k === 'sheetCount') return undefined;
      if (x instanceof Map) return [...x];
      // the same cell may get its properties in another order when a run resumes
      if (x && typeof x === 'object' && !Array.isArray(x)) {
        return Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)));
      }
      return x;
    });
  const { sheets, ...berkas } = ss;
  return { '(berkas)': teks(berkas), ...Object.fromEntries(sheets.map((s, i) => [`${i} ${s.name}`, teks(s)])) };
}

function pengaturanDari(values: unknown[][]): Pengaturan {
  const hasil = bacaPengaturan(values, 'Pengaturan');
  if (!hasil.ok) throw new Error(hasil.galat.map((g) => g.pesan).join('\n'));
  return hasil.pengaturan;
}

describe('Mulai siklus baru (menuMulaiSiklusBaru through Code.js)', () => {
  it('asks for the period, confirms the units, and creates one tagged spreadsheet with every tab in order', () => {
    const k = kantor();
    k.mulai('Triwulan II 2026', 'YES');
    const ss = k.siklusPeriode('2026-TW2');
    expect(ss.name).toBe(NAMA_TW2);
    expect([ss.timeZone, ss.locale]).toEqual(['Asia/Jakarta', 'id_ID']);
    expect(ss.sheets.map((s) => s.name)).toEqual(URUTAN_TAB);
    expect(ss.developerMetadata.map((m) => [m.key, m.value])).toEqual([
      [TAG, '2026-TW2'],
      ['pengukuran-kinerja.buku-kerja', k.hostId],
      ['pengukuran-kinerja.siap', 'ya'],
    ]);

    const konfirmasi = uiRecords(k.world).dialogs.find((d) => d.kind === 'alert')!;
    expect(konfirmasi.buttons).toBe('YES_NO');
    for (const kode of UNIT) expect(konfirmasi.content).toContain(kode);

    expect(k.nilai(ss.id, 'Rekap')[0]).toEqual(rekapJson.kolom.map((c) => c.judul));
    expect(k.nilai(ss.id, 'Temuan')[0]).toEqual(temuanJson.kolom.map((c) => c.judul));
    expect(k.nilai(ss.id, 'Log')[0]).toEqual(logJson.kolom.map((c) => c.judul));
    expect(k.nilai(ss.id, 'Log')[0]).toEqual(['Waktu', 'Pengguna', 'Aksi', 'Langkah', 'Rincian', 'ID']);
    // one row per step and the totals row; the disposisi (step 1) and the start of step 2 are already recorded
    const pelacakan = k.nilai(ss.id, 'Pelacakan SOP');
    expect(pelacakan.slice(1, SOP.steps.length + 1).map((r) => r[0])).toEqual(SOP.steps.map((s) => s.no));
    expect(pelacakan[1].slice(6, 8)).toEqual([
      new Date(localMs(2026, 8, 12, 8, 0)),
      new Date(localMs(2026, 8, 12, 8, 10)),
    ]);
    expect(pelacakan[2][6]).toEqual(new Date(localMs(2026, 8, 12, 8, 30)));
    expect(
      k
        .nilai(ss.id, 'Log')
        .slice(1)
        .map((r) => [r[1], r[2], r[3]]),
    ).toEqual([
      [PEMILIK, 'siklus-dibuat', ''],
      ['kepala@contoh.go.id', 'mulai', 1],
      ['kepala@contoh.go.id', 'selesai', 1],
      [PEMILIK, 'mulai', 2],
    ]);
    expect(k.nilai(ss.id, 'Petunjuk').map((r) => r[0])).toEqual(
      expect.arrayContaining(['Dasar hukum', 'Peringatan', 'Pencatatan', 'Peran: Kabid']),
    );
    for (const s of ss.sheets) expect([s.name, s.frozenRows]).toEqual([s.name, s.name === 'Pengaturan' ? 0 : 1]);
    expect(pengaturanDari(k.nilai(ss.id, 'Pengaturan'))).toEqual(pengaturanBawaan(SOP));
  });

  it('prefills each unit form from the Perjanjian Kinerja, with a Capaian formula the unit cannot type over', () => {
    const k = kantor();
    k.mulai('TW2 2026', 'YES');
    const ss = k.siklusPeriode('2026-TW2');
    const pk = pengaturanBawaan(SOP).perjanjianKinerja.filter((i) => i.unit === 'PSPFM');
    const [judul, ...baris] = k.nilai(ss.id, 'Form PSPFM');
    expect(judul).toEqual(JUDUL_FORM);
    expect(baris.slice(0, pk.length).map((r) => r.slice(0, 5))).toEqual(
      pk.map((i) => [i.sasaran, i.indikator, i.satuan, i.polaritas, i.target]),
    );
    expect(baris.slice(0, pk.length).every((r) => r[5] === '')).toBe(true);

    const form = ss.sheets.find((s) => s.name === 'Form PSPFM')!;
    expect(form.rows[1][6]?.formula).toMatch(/^=IF\(OR\(NOT\(ISNUMBER\(E2\)\)/);
    const [perlindungan] = form.protections;
    expect(perlindungan.type).toBe('SHEET');
    expect([...(perlindungan.editors ?? [])].sort()).toEqual([ANGGOTA, PEMILIK]);
    const barisData = pk.length + formulirJson.barisCadangan;
    // A..F and H..M of the data rows are open; the header row and Capaian (G) stay protected
    expect(perlindungan.unprotected).toEqual([
      { row: 2, col: 1, numRows: barisData, numCols: 6 },
      { row: 2, col: 8, numRows: barisData, numCols: 6 },
    ]);
    // the Kabid's validation columns K..M: a range protection for the unit's Kabid (and the owner, who set it)
    const validasi = form.protections.filter((p) => p.type === 'RANGE');
    expect(validasi.map((p) => [p.range, [...(p.editors ?? [])].sort()])).toEqual([
      [{ row: 2, col: 11, numRows: barisData, numCols: 3 }, ['kabid.pspfm@contoh.go.id', PEMILIK]],
    ]);
    expect(form.rows[1][3]?.validation).toMatchObject({ criteria: 'VALUE_IN_LIST', allowInvalid: false });
    expect(form.rows[1][3]?.validation?.values[0]).toEqual(['positif', 'negatif']);
    expect(form.rows[1][2]?.validation).toMatchObject({ criteria: 'VALUE_IN_LIST', allowInvalid: true });
    expect(form.rows[1][4]?.numberFormat).toBe('#,##0.##');
    expect(form.conditionalRules).toEqual([
      expect.objectContaining({ criteria: 'CUSTOM_FORMULA', values: ['=AND($B2<>"",$F2="")'], background: '#fff2cc' }),
      ...['Valid', 'Perlu perbaikan', 'Perlu dicek ulang'].map((teks) =>
        expect.objectContaining({ criteria: 'TEXT_EQUAL_TO', values: [teks] }),
      ),
    ]);

    const rekap = ss.sheets.find((s) => s.name === 'Rekap')!;
    expect(rekap.protections[0].editors).toEqual([PEMILIK, ANGGOTA]);
    expect(rekap.protections[0].unprotected).toEqual([]);
  });

  it('creates nothing when the units are not confirmed', () => {
    const k = kantor();
    k.mulai('Triwulan II 2026', 'NO');
    expect(k.siklus()).toHaveLength(0);
    expect(spreadsheetStore(k.world).files.size).toBe(1);
    expect(spreadsheetStore(k.world).toasts.map((t) => t.message)).toEqual([
      'Siklus baru dibatalkan; tidak ada yang dibuat.',
    ]);
  });

  it('opens the existing cycle when the same period is started again, without a second spreadsheet', () => {
    const k = kantor();
    k.mulai('Triwulan II 2026', 'YES');
    const sebelum = potret(k.siklusPeriode('2026-TW2'));
    k.mulai('triwulan 2 tahun 2026');
    expect(k.siklus()).toHaveLength(1);
    expect(spreadsheetStore(k.world).files.size).toBe(2);
    expect(potret(k.siklusPeriode('2026-TW2'))).toEqual(sebelum);
    expect(
      spreadsheetStore(k.world)
        .toasts.map((t) => t.message)
        .pop(),
    ).toBe(`Siklus ini sudah ada: "${NAMA_TW2}" dibuka kembali.`);
    expect(uiRecords(k.world).dialogs.filter((d) => d.kind === 'alert')).toHaveLength(1);
  });

  it('does not trust a registry entry that points at a spreadsheet tagged for another period', () => {
    const k = kantor();
    k.mulai('Triwulan II 2026', 'YES');
    const tw2 = k.siklusPeriode('2026-TW2').id;
    k.sebagaiPemilik(() => k.g.PropertiesService.getDocumentProperties().setProperty('siklus:2026-TW3', tw2));
    k.mulai('Triwulan III 2026', 'YES');
    expect(k.siklus()).toHaveLength(2);
    expect(k.siklusPeriode('2026-TW3').id).not.toBe(tw2);
  });

  it('seeds the next cycle from the previous one: its settings, and its unit forms within the same year', () => {
    const k = kantor();
    k.mulai('Triwulan II 2026', 'YES');
    const tw2 = k.siklusPeriode('2026-TW2').id;
    // the SAKIP team edits the settings; PSPFM adds an indicator and revises a target in its TW II form
    const diubah = pengaturanBawaan(SOP);
    diubah.tempat = 'Banyumas';
    diubah.unitKerja = diubah.unitKerja.filter((u) => u.kode !== 'PERMAS');
    diubah.orang = diubah.orang.filter((o) => o.unit !== 'PERMAS');
    diubah.perjanjianKinerja = diubah.perjanjianKinerja.filter((i) => i.unit !== 'PERMAS');
    k.sebagaiPemilik(() => {
      const ss = k.buka(tw2);
      const rows = pengaturanKeBaris(diubah, SOP);
      const tab = ss.getSheetByName('Pengaturan')!;
      tab.getDataRange().clearContent();
      tab.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
      const form = ss.getSheetByName('Form PSPFM')!;
      form.getRange('E2').setValue(90);
      form.getRange('A6:E6').setValues([['Sasaran baru', 'Indikator tambahan PSPFM', 'orang', 'positif', 50]]);
    });

    k.mulai('Triwulan III 2026', 'YES');
    const tw3 = k.siklusPeriode('2026-TW3');
    expect(pengaturanDari(k.nilai(tw3.id, 'Pengaturan'))).toEqual(diubah);
    expect(tw3.sheets.map((s) => s.name)).not.toContain('Form PERMAS');
    const formTw3 = k.nilai(tw3.id, 'Form PSPFM');
    expect(formTw3[1][4]).toBe(90);
    expect(formTw3[5].slice(0, 5)).toEqual(['Sasaran baru', 'Indikator tambahan PSPFM', 'orang', 'positif', 50]);

    // a new year starts again from the Perjanjian Kinerja in the (copied) settings, not from last year's forms
    k.mulai('Triwulan I 2027', 'YES');
    const tw1 = k.siklusPeriode('2027-TW1');
    const formTw1 = k.nilai(tw1.id, 'Form PSPFM');
    expect(formTw1[1][4]).toBe(diubah.perjanjianKinerja.find((i) => i.unit === 'PSPFM')!.target);
    expect(formTw1.map((r) => r[1])).not.toContain('Indikator tambahan PSPFM');
    expect(pengaturanDari(k.nilai(tw1.id, 'Pengaturan')).tempat).toBe('Banyumas');
  });

  it('stops before asking or creating anything when the previous cycle’s settings are broken, naming the cell', () => {
    const k = kantor();
    k.mulai('Triwulan II 2026', 'YES');
    const tw2 = k.siklusPeriode('2026-TW2').id;
    const baris = k.nilai(tw2, 'Pengaturan').findIndex((r) => r[1] === 'kepala@contoh.go.id') + 1;
    k.sebagaiPemilik(() =>
      k.buka(tw2).getSheetByName('Pengaturan')!.getRange(baris, 2).setValue('kepala-tanpa-domain'),
    );
    answerUi(k.world, { button: 'OK', text: 'Triwulan III 2026' });
    expect(() => k.script.call('menuMulaiSiklusBaru', [], { user: PEMILIK, activeSpreadsheetId: k.hostId })).toThrow(
      `Tab "Pengaturan", baris ${baris}, kolom "Email": "kepala-tanpa-domain" bukan alamat email.`,
    );
    expect(k.siklus()).toHaveLength(1);
    expect(uiRecords(k.world).dialogs.filter((d) => d.kind === 'alert')).toHaveLength(1);
  });

  it('puts the cycles of a year into one Drive folder of that year, created once', () => {
    const k = kantor();
    k.mulai('Triwulan II 2026', 'YES');
    answerUi(k.world, { button: 'OK', text: 'Triwulan III 2026' }, 'YES', { button: 'OK', text: '' });
    k.script.call('menuMulaiSiklusBaru', [], { user: PEMILIK, activeSpreadsheetId: k.hostId });
    const drive = driveFiles(k.world);
    const folder = drive.all().filter((f) => f.name === 'Pengukuran Kinerja 2026' && f.mimeType === MIME_TYPES.FOLDER);
    expect(folder).toHaveLength(1);
    const isi = drive.childrenOf(folder[0].id).map((f) => f.name);
    expect(isi.sort()).toEqual([NAMA_TW2, NAMA_TW2.replace('Triwulan II ', 'Triwulan III ')]);
    expect(drive.get(k.siklusPeriode('2026-TW2').id)?.parents).toEqual([folder[0].id]);
  });

  it('converges to the clean result when re-run after a failure at any of many calls', () => {
    const bersih = kantor();
    const awal = bersih.world.calls.mark();
    bersih.mulai('Triwulan II 2026', 'YES');
    const jumlahPanggilan = bersih.world.calls.since(awal).length;
    const hasilBersih = potret(bersih.siklusPeriode('2026-TW2'));
    const urutan = bersih.world.calls.since(awal).map((c) => `${c.type}.${c.method}`);
    const [dibuat, dicatat] = [
      urutan.indexOf('SpreadsheetApp.create') + 1,
      urutan.indexOf('Properties.setProperty') + 1,
    ];
    // every 5th call, and each call around creating and recording the spreadsheet
    const titik = [
      ...Array.from({ length: jumlahPanggilan }, (_, i) => i + 1).filter((n) => n % 5 === 0 || (n > 12 && n < 24)),
    ];
    expect(jumlahPanggilan).toBeGreaterThan(100);
    for (const n of titik) {
      const k = kantor();
      const seq = k.world.calls.mark() + n;
      k.world.faults.failAt(seq, 'Service Spreadsheets failed while accessing document with id x.');
      expect(() => k.mulai('Triwulan II 2026', 'YES')).toThrow();
      const gagal = k.world.calls.records[seq - 1];
      uiRecords(k.world).answers.length = 0;
      k.mulai('Triwulan II 2026', 'YES', 'YES');
      uiRecords(k.world).answers.length = 0;
      const hasil = potret(k.siklusPeriode('2026-TW2'));
      const beda = Object.keys({ ...hasil, ...hasilBersih }).filter((tab) => hasil[tab] !== hasilBersih[tab]);
      expect({ n, panggilan: `${gagal.type}.${gagal.method}`, beda }).toEqual({
        n,
        panggilan: `${gagal.type}.${gagal.method}`,
        beda: [],
      });
      // a spreadsheet is left unrecorded only when the run stops between creating it and recording its id
      const yatim = spreadsheetStore(k.world).files.size - 2;
      expect({ n, yatim }).toEqual({ n, yatim: n > dibuat && n <= dicatat ? 1 : 0 });
    }
  });

  it('makes as many service calls for 400 indicators per unit as for 200, and for 150 as for 2', () => {
    const panggilan = (perUnit: number) => {
      const k = kantor();
      // an earlier cycle of the office (TW I) whose settings carry the Perjanjian Kinerja
      siklusSebelumnya(k.script, PEMILIK, k.hostId, pengaturanUkuran(5, perUnit), '2026-TW1');
      const awal = k.world.calls.mark();
      k.mulai('Triwulan II 2026', 'YES');
      const tw2 = k.siklusPeriode('2026-TW2');
      expect(k.nilai(tw2.id, 'Form PEMDES')).toHaveLength(1 + perUnit + formulirJson.barisCadangan);
      return k.world.calls.since(awal).length;
    };
    expect(panggilan(150)).toBe(panggilan(2));
    // past 1000 rows the Pengaturan tab grows once (insertRowsAfter), whatever the number of rows
    expect(panggilan(400)).toBe(panggilan(200));
    expect(panggilan(200)).toBe(panggilan(2) + 1);
  });

  it('refuses to run in AuthMode.NONE before asking anything or creating anything', () => {
    const k = kantor();
    answerUi(k.world, { button: 'OK', text: 'Triwulan II 2026' }, 'YES');
    expect(() =>
      k.script.call('menuMulaiSiklusBaru', [], { user: PEMILIK, activeSpreadsheetId: k.hostId, authMode: 'NONE' }),
    ).toThrow(/permission/);
    expect(uiRecords(k.world).dialogs).toHaveLength(0);
    expect(spreadsheetStore(k.world).files.size).toBe(1);
  });
});
