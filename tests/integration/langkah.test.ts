import logJson from '../../sheets-templates/tab-log.json';
import pelacakanJson from '../../sheets-templates/tab-pelacakan.json';
import { chartsOf } from '../emulator/spreadsheet/chart';
import { agu, ORANG, SOP } from '../harness/kantor';
import { buatSiklus, oleh } from '../harness/siklus';
import { barisBernama } from '../harness/tabel';

const LOG = logJson.nama;
const PELACAKAN = pelacakanJson.nama;
const KOLOM = pelacakanJson.kolom.map((k) => k.judul);
const PEMILIK = ORANG.sekTim;
const KEPALA = ORANG.kepala;
const ANGGOTA = ORANG.anggota;
const STAF = ORANG.staf.PJRS;

/**
 * A minimal cycle spreadsheet made by the test (independent of the cycle builder): the default Pengaturan tab, shared
 * with every person of the office. The Log and Pelacakan tabs are the add-in's to create.
 */
function siapkan() {
  const s = buatSiklus({ jam: agu(12, 7, 30), tanpaMenu: {} });
  const pelacakan = () => barisBernama(s.nilai(PELACAKAN));
  /** Everything a person sees of the Pelacakan sheet (ids left out: a new sheet or chart gets a new one). */
  const potret = () =>
    s.sebagai(PEMILIK, (ss) => {
      const sheet = ss.getSheetByName(PELACAKAN)!;
      const blok = sheet.getDataRange();
      return {
        nilai: blok.getDisplayValues(),
        format: blok.getNumberFormats(),
        latar: blok.getBackgrounds(),
        tebal: blok.getFontWeights(),
        beku: sheet.getFrozenRows(),
        lebar: KOLOM.map((_, i) => sheet.getColumnWidth(i + 1)),
        aturan: sheet.getConditionalFormatRules().map((r) => ({
          nilai: r.getBooleanCondition()!.getCriteriaValues(),
          latar: r.getBooleanCondition()!.getBackground(),
          rentang: r.getRanges().map((x) => x.getA1Notation()),
        })),
        grafik: chartsOf(s.world, s.id, sheet.getSheetId()).map(({ chartId: _, ranges, ...c }) => ({
          ...c,
          ranges: ranges.map((r) => r.grid),
        })),
      };
    });
  return Object.assign(s, { pelacakan, potret });
}

describe('a Log written before the Uraian aksi column', () => {
  it('is appended to under its own headers and read as before', () => {
    const { panggil, nilai, log, sebagai, pelacakan } = siapkan();
    const lama = ['Waktu', 'Pengguna', 'Aksi', 'Langkah', 'Rincian', 'ID'];
    sebagai(PEMILIK, (ss) => ss.insertSheet(LOG).getRange(1, 1, 1, lama.length).setValues([lama]));
    panggil('mulaiLangkah', oleh(KEPALA, agu(12, 8)), 1);
    panggil('selesaiLangkah', oleh(KEPALA, agu(12, 8, 10)), 1);
    expect(nilai(LOG).map((r) => r.slice(2, 4))).toEqual([
      ['Aksi', 'Langkah'],
      ['mulai', 1],
      ['selesai', 1],
    ]);
    expect(log().map((b) => [b.aksi, b.langkah])).toEqual([
      ['mulai', 1],
      ['selesai', 1],
    ]);
    expect(pelacakan()[0].Status).toBe('Selesai tepat waktu');
  });
});

describe('step actions through Code.js: mulaiLangkah, selesaiLangkah, bukaKembaliLangkah, bangunUlangPelacakan', () => {
  it('records a step by the person whose role carries it, in the Log and in Pelacakan', () => {
    const { panggil, nilai, log, pelacakan } = siapkan();
    expect(panggil('mulaiLangkah', oleh(KEPALA, agu(12, 8)), 1, 'disposisi diberikan')).toEqual({
      berubah: true,
      pesan: 'Langkah 1 dicatat: Berjalan.',
    });
    panggil('selesaiLangkah', oleh(KEPALA, agu(12, 8, 10)), 1);
    expect(nilai(LOG)[0]).toEqual(['Waktu', 'Pengguna', 'Aksi', 'Uraian aksi', 'Langkah', 'Rincian', 'ID', 'Segel']);
    expect(log()).toEqual([
      {
        waktu: agu(12, 8),
        pengguna: KEPALA,
        aksi: 'mulai',
        langkah: 1,
        rincian: 'disposisi diberikan',
        id: 'L1-mulai-1',
      },
      { waktu: agu(12, 8, 10), pengguna: KEPALA, aksi: 'selesai', langkah: 1, rincian: '', id: 'L1-selesai-1' },
    ]);
    const [satu, dua] = pelacakan();
    expect(Object.keys(satu)).toEqual(KOLOM);
    expect(satu).toMatchObject({
      No: 1,
      Pelaksana: 'Kepala Dinsospermasdes',
      'Target (menit)': 15,
      Mulai: agu(12, 8),
      Selesai: agu(12, 8, 10),
      'Durasi kerja (menit)': 10,
      Selisih: -5,
      Status: 'Selesai tepat waktu',
      Oleh: KEPALA,
      Catatan: 'disposisi diberikan',
    });
    expect(dua).toMatchObject({ No: 2, Mulai: '', Status: 'Belum dimulai' });
  });

  it('refuses a person whose role does not carry the step, with a clear message, and writes nothing', () => {
    const { panggil, sebagai } = siapkan();
    expect(() => panggil('mulaiLangkah', oleh(STAF, agu(12, 10)), 3)).toThrow(
      `${STAF} tidak berwenang mencatat langkah 3 ("${SOP.steps[2].uraian}"); pelaksananya: Anggota Tim Sakip.`,
    );
    expect(sebagai(PEMILIK, (ss) => [ss.getSheetByName(LOG), ss.getSheetByName(PELACAKAN)])).toEqual([null, null]);
  });

  it('refuses when Apps Script hides the caller\'s email (Session.getActiveUser().getEmail() is "")', () => {
    // https://developers.google.com/apps-script/reference/base/session#getActiveUser(): the email may be blank
    const { world, panggil } = siapkan();
    world.hiddenEmails.add(ANGGOTA);
    expect(() => panggil('mulaiLangkah', oleh(ANGGOTA, agu(12, 10)), 3)).toThrow(/email Anda tidak dapat dibaca/);
  });
});

describe('step actions through Code.js: mulaiLangkah, selesaiLangkah, bukaKembaliLangkah, bangunUlangPelacakan', () => {
  it('refuses what the step rules refuse, in Bahasa Indonesia', () => {
    const { panggil } = siapkan();
    expect(() => panggil('selesaiLangkah', oleh(ANGGOTA, agu(12, 10)), 3)).toThrow(
      'Langkah 3 belum dimulai; tandai mulai dulu sebelum selesai.',
    );
    expect(() => panggil('mulaiLangkah', oleh(ANGGOTA, agu(12, 10)), 99)).toThrow(
      'Langkah 99 tidak ada dalam SOP ini.',
    );
  });

  it('counts working minutes across the weekend and the 17 August 2026 holiday, and shows the SOP Peringatan', () => {
    const { panggil, pelacakan } = siapkan();
    panggil('mulaiLangkah', oleh(ANGGOTA, agu(14, 14)), 6);
    expect(pelacakan()[5]).toMatchObject({ Status: 'Berjalan' });
    expect(pelacakan()[15]?.Uraian ?? '').toBe('');
    // Senin 17 Agustus (HUT RI): no working time since Jumat 16:30
    expect(panggil('bangunUlangPelacakan', oleh(ANGGOTA, agu(17, 10))).pesan).toBe(
      'Pelacakan dibangun ulang dari Log. Terlambat: langkah 6.',
    );
    expect(pelacakan()[5]).toMatchObject({ 'Durasi kerja (menit)': 150, Status: 'Terlambat' });
    panggil('selesaiLangkah', oleh(ANGGOTA, agu(18, 9)), 6);
    const baris = pelacakan();
    expect(baris[5]).toMatchObject({
      Mulai: agu(14, 14),
      Selesai: agu(18, 9),
      'Durasi kerja (menit)': 240,
      Selisih: 120,
      Status: 'Selesai terlambat',
    });
    expect(baris[14]).toMatchObject({ Uraian: 'Jumlah', 'Target (menit)': 795, 'Durasi kerja (menit)': 240 });
    expect(baris[15].Uraian).toBe(`Peringatan: ${SOP.peringatan[0]}`);
  });

  it('shows Mulai and Selesai as dates in the spreadsheet time zone, minutes as whole numbers', () => {
    const { panggil, sebagai } = siapkan();
    panggil('mulaiLangkah', oleh(KEPALA, agu(12, 8)), 1);
    const [mulai, durasi] = sebagai(PEMILIK, (ss) => {
      const sheet = ss.getSheetByName(PELACAKAN)!;
      return [sheet.getRange(2, 7).getDisplayValue(), sheet.getRange(2, 9).getNumberFormat()];
    });
    expect(mulai).toBe('12/08/2026 08:00');
    expect(durasi).toBe('#,##0');
  });
});

describe('step actions through Code.js: mulaiLangkah, selesaiLangkah, bukaKembaliLangkah, bangunUlangPelacakan', () => {
  it('treats the same request again as a no-op: no second Log row', () => {
    const { panggil, log } = siapkan();
    panggil('mulaiLangkah', oleh(ANGGOTA, agu(12, 10)), 3);
    expect(panggil('mulaiLangkah', oleh(ANGGOTA, agu(12, 10, 1)), 3)).toEqual({
      berubah: false,
      pesan: `Langkah 3 sudah dimulai oleh ${ANGGOTA} pada Rabu, 12 Agustus 2026 10.00 WIB.`,
    });
    expect(log()).toHaveLength(1);
  });

  it('never rewrites a Log row: later actions only append, and people outside the roles cannot edit the Log', () => {
    const { panggil, log, idLog, world, g, id, sebagai } = siapkan();
    panggil('mulaiLangkah', oleh(ANGGOTA, agu(12, 10)), 3);
    panggil('selesaiLangkah', oleh(ANGGOTA, agu(12, 10, 20)), 3);
    const sebelum = log();
    panggil('bukaKembaliLangkah', oleh(ANGGOTA, agu(12, 11)), 3, 'lampiran kurang');
    panggil('selesaiLangkah', oleh(ANGGOTA, agu(12, 11, 5)), 3);
    panggil('bangunUlangPelacakan', oleh(PEMILIK, agu(12, 11, 10)));
    expect(log().slice(0, sebelum.length)).toEqual(sebelum);
    expect(idLog().slice(sebelum.length)).toEqual(['L3-buka-kembali-1', 'L3-selesai-2']);
    // A staff member who can edit the file is stopped by the sheet protection of Log and Pelacakan
    // (https://developers.google.com/apps-script/reference/spreadsheet/protection).
    const cobaUbah = (tab: string) =>
      world.run({ user: STAF }, () => g.SpreadsheetApp.openById(id).getSheetByName(tab)!.getRange('B2').setValue('x'));
    expect(() => cobaUbah(LOG)).toThrow(/protected cell/);
    expect(() => cobaUbah(PELACAKAN)).toThrow(/protected cell/);
    const penyunting = sebagai(PEMILIK, (ss) =>
      ss
        .getSheetByName(LOG)!
        .getProtections(g.SpreadsheetApp.ProtectionType.SHEET)[0]
        .getEditors()
        .map((u) => u.getEmail()),
    );
    // the owner can always edit and is not listed (tests/emulator/spreadsheet/protection-rules.ts, protectionEditors)
    expect(penyunting).toEqual(expect.arrayContaining([KEPALA, ANGGOTA, 'kabid.pjrs@contoh.go.id']));
    expect(penyunting).not.toContain(STAF);
  });
});

describe('step actions through Code.js: mulaiLangkah, selesaiLangkah, bukaKembaliLangkah, bangunUlangPelacakan', () => {
  it('rebuilds exactly the same Pelacakan from the Log after the sheet was altered or deleted', () => {
    const { panggil, sebagai, potret } = siapkan();
    panggil('mulaiLangkah', oleh(KEPALA, agu(12, 8)), 1);
    panggil('selesaiLangkah', oleh(KEPALA, agu(12, 8, 10)), 1);
    panggil('mulaiLangkah', oleh(ANGGOTA, agu(14, 14)), 6, '=HYPERLINK("https://contoh")');
    panggil('bangunUlangPelacakan', oleh(PEMILIK, agu(18, 8)));
    const sebelum = potret();
    expect(sebelum.nilai[6][13]).toBe('=HYPERLINK("https://contoh")');
    expect(sebelum.aturan.map((a) => a.nilai)).toEqual([
      ['Terlambat'],
      ['Selesai terlambat'],
      ['Selesai tepat waktu'],
      ['Berjalan'],
    ]);
    expect(sebelum.grafik).toHaveLength(1);

    sebagai(PEMILIK, (ss) => {
      const sheet = ss.getSheetByName(PELACAKAN)!;
      sheet
        .getRange('K2:L3')
        .setValues([
          ['x', 'y'],
          ['', ''],
        ])
        .setBackground('#000000');
      sheet.getRange(30, 1).setValue('catatan lepas');
      sheet.clearConditionalFormatRules();
    });
    panggil('bangunUlangPelacakan', oleh(PEMILIK, agu(18, 8)));
    expect(potret()).toEqual(sebelum);

    sebagai(PEMILIK, (ss) => ss.deleteSheet(ss.getSheetByName(PELACAKAN)!));
    panggil('bangunUlangPelacakan', oleh(ANGGOTA, agu(18, 8)));
    expect(potret()).toEqual(sebelum);
  });

  it('refuses a rebuild by someone who carries no step', () => {
    const { panggil } = siapkan();
    expect(() => panggil('bangunUlangPelacakan', oleh(STAF, agu(12, 9)))).toThrow(
      `${STAF} tidak berwenang membangun ulang pelacakan: hanya pelaksana langkah SOP dan Tim SAKIP.`,
    );
  });

  it('makes as many service calls for a step with 2 Log rows as with 20 (one read and one write per tab)', () => {
    const { panggil, panggilan } = siapkan();
    panggil('mulaiLangkah', oleh(KEPALA, agu(12, 8)), 1);
    panggil('selesaiLangkah', oleh(KEPALA, agu(12, 8, 10)), 1);
    const sedikit = panggilan(() => panggil('mulaiLangkah', oleh(PEMILIK, agu(12, 8, 30)), 2));
    for (let no = 3; no <= 11; no++) {
      const pelaksana = no === 7 ? ORANG.kabid.PSPFM : PEMILIK;
      panggil('selesaiLangkah', oleh(PEMILIK, agu(12, 8, 30 + 2 * no)), no - 1);
      panggil('mulaiLangkah', oleh(pelaksana, agu(12, 8, 31 + 2 * no)), no);
    }
    const banyak = panggilan(() => panggil('selesaiLangkah', oleh(PEMILIK, agu(12, 10)), 11));
    expect(banyak).toBe(sedikit);
  });
});
