/**
 * Konsolidasi through the built Code.js: a cycle made by the cycle builder, the units typing into their forms as
 * people do (userEdit), then the Tim SAKIP consolidating into the Rekap tab. Data from the scenario of Triwulan II 2026
 * (PSPFM types "1.234,5" and "85%", leaves a realisasi empty and writes =IMPORTRANGE into Penjelasan; a Sekretariat row
 * has target 0).
 */
import formulirJson from '../../sheets-templates/tab-formulir.json';
import rekapJson from '../../sheets-templates/tab-rekap.json';
import { hurufKolom } from '../../src/server/domain/layout';
import { localMs } from '../../src/server/domain/jam-kerja/zona';
import { World } from '../emulator';
import { answerUi, spreadsheetStore, userEdit, type SpreadsheetState } from '../emulator/spreadsheet';
import { LoadedScript } from '../harness/script';

const PEMILIK = 'sakip.sekretaris@contoh.go.id';
const ANGGOTA = 'sakip.anggota@contoh.go.id';
const STAF = (kode: string) => `staf.${kode.toLowerCase()}@contoh.go.id`;
const UNIT = ['SEKRE', 'PSPFM', 'PJRS', 'PERMAS', 'PEMDES'];
const TAG = 'pengukuran-kinerja.siklus';
const IMPORTRANGE = '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/1xYz","A1")';
const REKAP = rekapJson.kolom.map((k) => k.judul);

/** The form's column letter of a header (the form is read by header name, so the test finds columns the same way). */
const kolomForm = (judul: string) => hurufKolom(formulirJson.kolom.findIndex((k) => k.judul === judul) + 1);

type Globals = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
type Hasil = { berubah: boolean; pesan: string; kelengkapan: { unit: string; terisi: number; total: number }[] };

/**
 * The Triwulan II 2026 cycle, made through the menu on Wed 12 Aug 2026 08:30 WIB, its forms opened to every unit's
 * staff (as distributing the forms does).
 */
function siklus() {
  const world = new World(localMs(2026, 8, 12, 8, 30));
  const script = new LoadedScript(world);
  const g = script.context as unknown as Globals;
  const hostId = world.run({ user: PEMILIK }, () => g.SpreadsheetApp.create('Buku Kerja SAKIP').getId());
  answerUi(world, { button: 'OK', text: 'Triwulan II 2026' }, 'YES', { button: 'OK', text: '08.00-08.10' });
  script.call('menuMulaiSiklusBaru', [], { user: PEMILIK, activeSpreadsheetId: hostId });
  const id = [...spreadsheetStore(world).files.values()].find((f) =>
    f.developerMetadata.some((m) => m.key === TAG && m.value === '2026-TW2'),
  )!.id;
  const sebagaiPemilik = <T>(fn: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => T): T =>
    world.run({ user: PEMILIK }, () => fn(g.SpreadsheetApp.openById(id)));
  sebagaiPemilik((ss) => ss.addEditors(UNIT.map(STAF)));
  /** A unit's staff member types into their form, cell by cell: `isi` maps "Realisasi" etc. to the typed text. */
  const ketik = (kode: string, baris: number, isi: Record<string, string>) => {
    for (const [judul, teks] of Object.entries(isi)) {
      userEdit(world, id, `Form ${kode}`, `${kolomForm(judul)}${baris}`, teks, STAF(kode));
    }
  };
  const konsolidasi = (user: string) => script.call<Hasil>('konsolidasi', [id], { user, activeSpreadsheetId: id });
  const berkas = (): SpreadsheetState => spreadsheetStore(world).files.get(id)!;
  const nilai = (tab: string) => sebagaiPemilik((ss) => ss.getSheetByName(tab)!.getDataRange().getValues());
  return { world, script, g, id, ketik, konsolidasi, berkas, nilai, sebagaiPemilik };
}

type Siklus = ReturnType<typeof siklus>;

/** What the units typed by Friday 14 August: the scenario's data. */
function isiSkenario(s: Siklus): void {
  s.ketik('SEKRE', 2, { Realisasi: '100' });
  s.ketik('SEKRE', 3, { Target: '0', Realisasi: '65' });
  s.ketik('SEKRE', 4, { Realisasi: '90' });
  s.ketik('SEKRE', 5, { Realisasi: '80' });
  // What Sheets keeps of a typed "85%": the number 0.85 in a percent-formatted cell. The emulator keeps the cell's
  // explicit number format when a person types a percent, so the cell gets the percent format first.
  s.sebagaiPemilik((ss) =>
    ss
      .getSheetByName('Form PSPFM')!
      .getRange(`${kolomForm('Realisasi')}2`)
      .setNumberFormat('0%'),
  );
  s.ketik('PSPFM', 2, { Realisasi: '85%', 'Penjelasan / Kendala': IMPORTRANGE });
  s.ketik('PSPFM', 4, { Realisasi: '1.234,5' });
  s.ketik('PSPFM', 5, { Realisasi: '11,8' });
  s.ketik('PJRS', 2, { Realisasi: '3' });
  s.ketik('PJRS', 3, { Realisasi: '72' });
  s.ketik('PJRS', 4, { Realisasi: '100' });
  s.ketik('PJRS', 5, { Realisasi: '36' });
  s.ketik('PEMDES', 2, { Realisasi: '100' });
}

/** The Rekap's rows as records by header, up to the blank row before the summary. */
function tabelRekap(nilai: unknown[][]): Record<string, unknown>[] {
  const [judul, ...isi] = nilai;
  const akhir = isi.findIndex((r) => r.every((v) => v === ''));
  return isi.slice(0, akhir).map((r) => Object.fromEntries(judul.map((j, i) => [j, r[i]])));
}

/** A block of the summary: the rows under the header row that follows `judul`, from column B, up to a blank row. */
function blokRingkasan(nilai: unknown[][], judul: string): unknown[][] {
  const awal = nilai.findIndex((r) => r[1] === judul);
  const akhir = nilai.findIndex((r, i) => i > awal && r.every((v) => v === ''));
  return nilai.slice(awal + 2, akhir < 0 ? undefined : akhir).map((r) => r.slice(1).filter((_, i) => i < 7));
}

/** A file's tabs without the ids a run happens to get, for comparing two states. */
function potretTab(ss: SpreadsheetState, pilih: (nama: string) => boolean): Record<string, string> {
  return Object.fromEntries(
    ss.sheets
      .filter((s) => pilih(s.name))
      .map((s) => [
        s.name,
        JSON.stringify(s, (k, x: unknown) => {
          if (k === 'id' || k === 'sheetId') return undefined;
          if (x instanceof Map) return [...x];
          if (x && typeof x === 'object' && !Array.isArray(x)) {
            return Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)));
          }
          return x;
        }),
      ]),
  );
}
const tabForm = (nama: string) => nama.startsWith('Form ');

describe("konsolidasi (through Code.js): the units' forms into the Rekap tab", () => {
  it('groups rows by unit (Pengaturan order) and sasaran, computes capaian and predikat, and adds unit averages', () => {
    const s = siklus();
    isiSkenario(s);
    s.world.clock.set(localMs(2026, 8, 14, 14, 0));
    const hasil = s.konsolidasi(ANGGOTA);
    expect(hasil.berubah).toBe(true);

    const [judul] = s.nilai('Rekap');
    expect(judul.slice(0, REKAP.length)).toEqual(REKAP);
    const tabel = tabelRekap(s.nilai('Rekap'));
    expect(tabel.map((r) => [r.Unit, String(r['Indikator Kinerja']).slice(0, 41)])).toEqual([
      ['SEKRE', 'Persentase dokumen perencanaan dan pelapo'],
      ['SEKRE', 'Nilai evaluasi SAKIP Perangkat Daerah'],
      ['SEKRE', 'Persentase realisasi anggaran'],
      ['SEKRE', 'Indeks Kepuasan Masyarakat (IKM) layanan '],
      ['SEKRE', 'Rata-rata capaian SEKRE'],
      ['PSPFM', 'Persentase desa yang melaksanakan Musyawa'],
      ['PSPFM', 'Jumlah kali pemutakhiran DTKS usulan desa'],
      ['PSPFM', 'Jumlah penerima bansos dampak inflasi (AP'],
      ['PSPFM', 'Persentase penduduk miskin Kabupaten Bany'],
      ['PSPFM', 'Rata-rata capaian PSPFM'],
      // the third form row belongs to another sasaran: it follows the rows of the first one
      ['PJRS', 'Jumlah ODGJ terpasung yang dibebaskan dan'],
      ['PJRS', 'Persentase PPKS terlantar di rumah singga'],
      ['PJRS', 'Rata-rata lama tinggal PPKS di rumah sing'],
      ['PJRS', 'Persentase korban bencana yang menerima b'],
      ['PJRS', 'Rata-rata capaian PJRS'],
      ['PERMAS', 'Persentase desa/kelurahan yang telah meng'],
      ['PERMAS', 'Jumlah desa yang memiliki BUMDes aktif'],
      ['PERMAS', 'Jumlah desa berstatus Desa Mandiri (IDM)'],
      ['PERMAS', 'Rata-rata capaian PERMAS'],
      ['PEMDES', 'Persentase desa terjadwal yang melaksanak'],
      ['PEMDES', 'Persentase desa yang menetapkan APBDes te'],
      ['PEMDES', 'Persentase desa yang menyampaikan laporan'],
      ['PEMDES', 'Jumlah desa dengan temuan penyalahgunaan '],
      ['PEMDES', 'Rata-rata capaian PEMDES'],
    ]);
    const pspfm = tabel.filter((r) => r.Unit === 'PSPFM');
    // "85%" in a percent cell is 85; "1.234,5" is 1234,5; the empty realisasi is a gap with its reason
    expect(pspfm.map((r) => [r.Target, r.Realisasi, r['Predikat']])).toEqual([
      [100, 85, 'Tinggi'],
      [12, '', ''],
      [2799, 1234.5, 'Sangat Rendah'],
      [12, 11.8, 'Sangat Tinggi'],
      ['', '', 'Tinggi'],
    ]);
    expect(pspfm[1]['Keterangan Capaian']).toBe('Realisasi belum diisi, capaian belum dapat dihitung.');
    expect(pspfm[2]['Capaian (%)']).toBeCloseTo((1234.5 / 2799) * 100, 9);
    // negative polarity, variant A of the cycle's policy: (2T - R) / T x 100
    expect(pspfm[3]['Capaian (%)']).toBeCloseTo(((24 - 11.8) / 12) * 100, 9);
    expect(pspfm[4]['Capaian (%)']).toBeCloseTo((85 + (1234.5 / 2799) * 100 + ((24 - 11.8) / 12) * 100) / 3, 9);
    const sekre = tabel.filter((r) => r.Unit === 'SEKRE');
    expect(sekre[1]).toMatchObject({
      Target: 0,
      Realisasi: 65,
      'Capaian (%)': '',
      Predikat: '',
      'Keterangan Capaian': 'Target 0: capaian tidak dapat dihitung (pembagian dengan nol).',
      'Asal (tab, baris)': 'Form SEKRE, baris 3',
    });
    expect(sekre[4]['Keterangan Capaian']).toBe('3 dari 4 indikator dihitung; realisasi terisi 4 dari 4.');
    expect(tabel.find((r) => r['Indikator Kinerja'] === 'Rata-rata capaian PERMAS')).toMatchObject({
      'Capaian (%)': '',
      Predikat: '',
      'Keterangan Capaian': '0 dari 3 indikator dihitung; realisasi terisi 0 dari 3.',
    });
  });

  it('writes the summary: indicators per predikat, average capaian and completeness per unit and overall', () => {
    const s = siklus();
    isiSkenario(s);
    const hasil = s.konsolidasi(PEMILIK);
    const nilai = s.nilai('Rekap');
    // by hand: SEKRE 100, 90/95, 80/82 (target 0 row skipped); PSPFM 85, 1234,5/2799, (24-11,8)/12; PJRS 3/4, 72/80,
    // 100/100, (60-36)/30; PEMDES 100/100
    const sekre = [100, (90 / 95) * 100, (80 / 82) * 100];
    const pspfm = [85, (1234.5 / 2799) * 100, ((24 - 11.8) / 12) * 100];
    const pjrs = [75, 90, 100, 80];
    const semua = [...sekre, ...pspfm, ...pjrs, 100];
    const rata = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

    expect(blokRingkasan(nilai, 'Jumlah indikator per predikat').map((r) => r.slice(0, 2))).toEqual([
      ['Sangat Tinggi', 6],
      ['Tinggi', 3],
      ['Sedang', 1],
      ['Rendah', 0],
      ['Sangat Rendah', 1],
      ['Tanpa predikat', 8],
    ]);
    const perUnit = blokRingkasan(nilai, 'Capaian dan kelengkapan per unit');
    expect(perUnit.map((r) => [r[0], r[2], r[3], r[4], r[5], r[6]])).toEqual([
      ['SEKRE', 'Sangat Tinggi', 3, 4, 4, 100],
      ['PSPFM', 'Tinggi', 3, 3, 4, 75],
      ['PJRS', 'Tinggi', 4, 4, 4, 100],
      ['PERMAS', '', 0, 0, 3, 0],
      ['PEMDES', 'Sangat Tinggi', 1, 1, 4, 25],
      ['Keseluruhan', 'Tinggi', 11, 12, 19, (12 / 19) * 100],
    ]);
    const rataRata = perUnit.map((r) => r[1]);
    [rata(sekre), rata(pspfm), rata(pjrs)].forEach((x, i) => expect(rataRata[i]).toBeCloseTo(x, 9));
    expect(rataRata[3]).toBe('');
    expect(rataRata[4]).toBe(100);
    // over all computed rows, not the mean of the unit means
    expect(rataRata[5]).toBeCloseTo(rata(semua), 9);
    expect(hasil.kelengkapan).toEqual([
      { unit: 'SEKRE', terisi: 4, total: 4 },
      { unit: 'PSPFM', terisi: 3, total: 4 },
      { unit: 'PJRS', terisi: 4, total: 4 },
      { unit: 'PERMAS', terisi: 0, total: 3 },
      { unit: 'PEMDES', terisi: 1, total: 4 },
    ]);
    // the sidebar reads the same completeness back from the Rekap's summary
    const panel = s.script.call<{ kelengkapan?: unknown }>('panelSiklus', [], {
      user: STAF('PSPFM'),
      activeSpreadsheetId: s.id,
    });
    expect(panel.kelengkapan).toEqual(hasil.kelengkapan);
    expect(hasil.pesan).toBe(
      `Rekap disusun: 19 indikator dari 5 unit; realisasi terisi 12 dari 19; rata-rata capaian ` +
        `${rata(semua).toFixed(2).replace('.', ',')} (Tinggi).`,
    );
  });

  it('shows a formula a unit typed into Penjelasan as text in the Rekap, never running it', () => {
    const s = siklus();
    isiSkenario(s);
    // in the unit's tab it is a formula (typed with "="), whose result the add-in never takes
    const formRange = () =>
      s.sebagaiPemilik((ss) => ss.getSheetByName('Form PSPFM')!.getRange(`${kolomForm('Penjelasan / Kendala')}2`));
    expect(formRange().getFormula()).toBe(IMPORTRANGE);
    s.konsolidasi(ANGGOTA);
    const kolom = REKAP.indexOf('Penjelasan / Kendala') + 1;
    const sel = s.sebagaiPemilik((ss) => ss.getSheetByName('Rekap')!.getRange(7, kolom));
    expect([sel.getValue(), sel.getFormula(), sel.getDisplayValue()]).toEqual([IMPORTRANGE, '', IMPORTRANGE]);
  });

  it("never writes to a unit's form tab", () => {
    const s = siklus();
    isiSkenario(s);
    const sebelum = potretTab(s.berkas(), tabForm);
    s.konsolidasi(ANGGOTA);
    s.konsolidasi(PEMILIK);
    expect(potretTab(s.berkas(), tabForm)).toEqual(sebelum);
  });

  it("is for the Tim SAKIP only: a unit's staff member is refused and nothing is written", () => {
    const s = siklus();
    isiSkenario(s);
    const sebelum = potretTab(s.berkas(), () => true);
    expect(() => s.konsolidasi(STAF('PSPFM'))).toThrow(
      'staf.pspfm@contoh.go.id tidak berwenang menyusun Rekap: hanya anggota Tim SAKIP.',
    );
    expect(() => s.konsolidasi('kabid.pspfm@contoh.go.id')).toThrow(/tidak berwenang menyusun Rekap/);
    expect(potretTab(s.berkas(), () => true)).toEqual(sebelum);
  });

  it('refuses when a unit of the Pengaturan has no form tab, naming the tab, and leaves the Rekap as it was', () => {
    const s = siklus();
    isiSkenario(s);
    s.konsolidasi(ANGGOTA);
    const sebelum = potretTab(s.berkas(), (n) => n === 'Rekap' || n === 'Log');
    s.sebagaiPemilik((ss) => ss.deleteSheet(ss.getSheetByName('Form PEMDES')!));
    expect(() => s.konsolidasi(ANGGOTA)).toThrow(
      'Tab "Form PEMDES" untuk unit PEMDES (tab Pengaturan, Unit Kerja) tidak ada di spreadsheet ini.',
    );
    expect(potretTab(s.berkas(), (n) => n === 'Rekap' || n === 'Log')).toEqual(sebelum);
  });

  it('rewrites the Rekap entirely on every run and records each different Rekap once in the Log', () => {
    const s = siklus();
    isiSkenario(s);
    s.konsolidasi(ANGGOTA);
    const pertama = potretTab(s.berkas(), (n) => n === 'Rekap');
    const ulang = s.konsolidasi(PEMILIK);
    expect(ulang.berubah).toBe(false);
    expect(ulang.pesan).toMatch(/Isinya sama dengan Rekap sebelumnya\.$/);
    expect(potretTab(s.berkas(), (n) => n === 'Rekap')).toEqual(pertama);
    // a hand edit in the Rekap is replaced; a change in a form gives a new Rekap and a new Log row
    s.sebagaiPemilik((ss) => ss.getSheetByName('Rekap')!.getRange('B3').setValue('diubah tangan'));
    s.ketik('PSPFM', 3, { Realisasi: '12' });
    expect(s.konsolidasi(ANGGOTA).berubah).toBe(true);
    const log = s.nilai('Log').filter((r) => r[2] === 'rekap-disusun');
    expect(log.map((r) => [r[1], r[3], String(r[5]).replace(/[0-9a-f]{12}$/, '…')])).toEqual([
      [ANGGOTA, '', 'rekap-disusun-1-…'],
      [ANGGOTA, '', 'rekap-disusun-2-…'],
    ]);
    const tabel = tabelRekap(s.nilai('Rekap'));
    expect(tabel[1]['Sasaran Strategis']).toBe('Meningkatnya akuntabilitas kinerja perangkat daerah');
    expect(tabel.find((r) => r['Indikator Kinerja'] === 'Rata-rata capaian PSPFM')!['Keterangan Capaian']).toBe(
      '4 dari 4 indikator dihitung; realisasi terisi 4 dari 4.',
    );
  });

  it('leaves no row of a longer earlier Rekap behind', () => {
    const s = siklus();
    isiSkenario(s);
    s.sebagaiPemilik((ss) => {
      const rekap = ss.getSheetByName('Rekap')!;
      rekap.insertRowsAfter(rekap.getMaxRows(), 600);
      rekap.getRange(1500, 1).setValue('sisa');
    });
    s.konsolidasi(ANGGOTA);
    const nilai = s.nilai('Rekap');
    expect(nilai.flat()).not.toContain('sisa');
    expect(nilai[nilai.length - 1][1]).toBe('Keseluruhan');
  });
});

describe('konsolidasi: service calls and failures', () => {
  /** A cycle whose every unit form holds `n` filled indicators (written by the Tim SAKIP in one block each). */
  function siklusBesar(n: number) {
    const s = siklus();
    const kolom = formulirJson.kolom.map((k) => k.isi);
    s.sebagaiPemilik((ss) => {
      for (const kode of UNIT) {
        const baris = Array.from({ length: n }, (_, i) =>
          kolom.map((isi) => {
            if (isi === 'sasaran') return `Sasaran ${(i % 3) + 1}`;
            if (isi === 'indikator') return `Indikator ${kode} ${i + 1}`;
            if (isi === 'satuan') return '%';
            if (isi === 'polaritas') return 'positif';
            if (isi === 'target') return 100;
            if (isi === 'realisasi') return i % 4 === 0 ? '' : 50 + i;
            return '';
          }),
        );
        ss.getSheetByName(`Form ${kode}`)!.getRange(2, 1, n, kolom.length).setValues(baris);
      }
    });
    return s;
  }

  /** Every call one consolidation makes, local ones included. */
  const panggilanKonsolidasi = (s: Siklus) => {
    const awal = s.world.calls.mark();
    s.konsolidasi(ANGGOTA);
    return s.world.calls.since(awal);
  };
  const layanan = (s: Siklus) => panggilanKonsolidasi(s).filter((c) => c.costClass !== 'local');

  it('makes as many service calls with 200 indicators per unit as with 10', () => {
    const kecil = layanan(siklusBesar(10));
    const besar = siklusBesar(200);
    const banyak = layanan(besar);
    expect(banyak.length).toBe(kecil.length);
    const jumlah = (xs: typeof banyak, method: string, type = 'Range') =>
      xs.filter((c) => c.type === type && c.method === method).length;
    // one getValues per form, one of the Pengaturan and two of the Log (for the Rekap's Log row, then to append)
    expect(jumlah(banyak, 'getValues')).toBe(UNIT.length + 3);
    // the Rekap's values in one write, plus one Log row appended
    expect(jumlah(banyak, 'setValues')).toBe(kecil.length ? jumlah(kecil, 'setValues') : -1);
    expect(tabelRekap(besar.nilai('Rekap'))).toHaveLength(5 * 201);
  });

  it('converges to the clean result when re-run after a failure at any of many calls', () => {
    const bersih = siklus();
    isiSkenario(bersih);
    const jumlah = panggilanKonsolidasi(bersih).length;
    expect(jumlah).toBeGreaterThan(20);
    const hasilBersih = potretTab(bersih.berkas(), (n) => n === 'Rekap' || tabForm(n));
    const logTanpaWaktu = (s: Siklus) => s.nilai('Log').map((r) => r.slice(1));
    const logBersih = logTanpaWaktu(bersih);

    for (let n = 1; n <= jumlah; n += 3) {
      const s = siklus();
      isiSkenario(s);
      const seq = s.world.calls.mark() + n;
      s.world.faults.failAt(seq, 'Service Spreadsheets failed while accessing document with id x.');
      let gagal = true;
      try {
        s.konsolidasi(ANGGOTA);
        gagal = false;
      } catch {
        s.konsolidasi(ANGGOTA);
      }
      const panggilan = s.world.calls.records[seq - 1];
      const beda = Object.entries(potretTab(s.berkas(), (x) => x === 'Rekap' || tabForm(x)))
        .filter(([tab, isi]) => hasilBersih[tab] !== isi)
        .map(([tab]) => tab);
      expect({ n, gagal, panggilan: panggilan && `${panggilan.type}.${panggilan.method}`, beda }).toEqual({
        n,
        gagal: true,
        panggilan: panggilan && `${panggilan.type}.${panggilan.method}`,
        beda: [],
      });
      expect(logTanpaWaktu(s)).toEqual(logBersih);
    }
  });
});
