/**
 * The README's role table ("Siapa boleh apa"), cell by cell through the built Code.js: a ✓ is carried out for that
 * person once the cycle is in the state the action needs; a – is refused and leaves every file, mail, share and
 * trigger as it was. Every export of src/server/index.ts is either in the table or named below it as a menu or
 * trigger handler.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { driveFiles } from '../emulator/drive/registry';
import { sentMails } from '../emulator/services/mail';
import { triggersOf } from '../emulator/services/triggers';
import { spreadsheetStore } from '../emulator/spreadsheet/model';
import { agu, ORANG, SEMUA_ORANG } from '../harness/kantor';
import { potretBerkas } from '../harness/potret';
import { buatSiklus, oleh, type Siklus } from '../harness/siklus';
import { isiRealisasi, KOLOM_FORM } from '../integration/dokumen-siklus';

const README = readFileSync(join(__dirname, '../../README.md'), 'utf8');
const KABID = ORANG.kabid.PSPFM;
const PERAN: Readonly<Record<string, string>> = {
  Kepala: ORANG.kepala,
  Sekretaris: ORANG.sekretaris,
  'Sek. Tim SAKIP': ORANG.sekTim,
  'Anggota Tim SAKIP': ORANG.anggota,
  Kabid: KABID,
  'Staf unit': ORANG.staf.PSPFM,
  'Kasubbid Data': ORANG.data,
  'Orang luar': 'orang.luar@contoh.go.id',
};

/** The README table: per function, per role, whether it is carried out. */
function tabelReadme(): Map<string, Map<string, boolean>> {
  const bagian = /<!-- matriks-peran: mulai -->([\s\S]*?)<!-- matriks-peran: akhir -->/.exec(README)![1];
  const [kepala, , ...baris] = bagian
    .trim()
    .split('\n')
    .map((b) =>
      b
        .split('|')
        .slice(1, -1)
        .map((sel) => sel.trim()),
    );
  return new Map(
    baris.map((sel) => [
      /^`(\w+)`/.exec(sel[0])![1],
      new Map(kepala.slice(1).map((peran, i) => [peran, sel[i + 1] === '✓'] as const)),
    ]),
  );
}

const timSakip = (orang: string) => (orang === ORANG.anggota ? orang : ORANG.sekTim);

/**
 * Triwulan II 2026 on Wed 19 Aug, started by the Tim SAKIP member `orang` is or works with (the add-in reaches a Drive
 * file only for the one it was made for: drive.file): the forms sent (the units' staff can open theirs), every
 * realisasi filled in, the Rekap consolidated, and the office workbook shared with everyone of the office (so a
 * refusal there is the role's).
 */
function siklusMatriks(orang: string = ORANG.sekTim): Siklus {
  const pembuat = timSakip(orang);
  const s = buatSiklus({ oleh: pembuat, batas: '2026-08-21 16:00' });
  s.panggil('kirimFormulir', { oleh: pembuat, pada: agu(12, 11) });
  isiRealisasi(s);
  s.panggil('konsolidasi', { oleh: ORANG.anggota, pada: agu(19, 14) });
  s.sebagai(s.pemilik, (ss) => ss.addEditors(SEMUA_ORANG.filter((e) => e !== s.pemilik)), s.bukuKerja);
  return s;
}

/** Everything a call could change: both spreadsheets, every Drive file and share, mails, triggers. */
function keadaan(s: Siklus): string {
  const berkas = spreadsheetStore(s.world).files;
  return JSON.stringify([
    potretBerkas(berkas.get(s.id)!),
    potretBerkas(berkas.get(s.bukuKerja)!),
    driveFiles(s.world).all(),
    sentMails(s.world).length,
    triggersOf(s.world).length,
  ]);
}

const barisIndikator = (s: Siklus, kode: string) =>
  s.nilai(`Form ${kode}`).filter((r, i) => i > 0 && r[KOLOM_FORM.indexOf('Indikator Kinerja')] !== '').length;

const buatDokumen = (s: Siklus, pembuat: string) =>
  s.panggil('buatDokumenPengukuranKinerja', { oleh: pembuat, pada: agu(19, 15) });

/** The document made by `pembuat` (only its maker may share, copy and archive it: drive.file), its signing recorded. */
function ditandatangani(s: Siklus, pembuat: string): void {
  buatDokumen(s, pembuat);
  s.panggil(
    'catatPenandatanganan',
    { oleh: pembuat, pada: agu(21, 13) },
    { cara: 'TTE', tautanPdf: 'https://x.id/ttd' },
  );
}

interface Aksi {
  /** brings the cycle to the state the action needs, for `orang` about to call it */
  siapkan?: (s: Siklus, orang: string) => void;
  jalan: (s: Siklus, orang: string) => unknown;
}

const AKSI: Readonly<Record<string, Aksi>> = {
  panelSiklus: { jalan: (s, o) => s.jalankan('panelSiklus', { user: o, activeSpreadsheetId: s.id }) },
  trenUnit: { jalan: (s, o) => s.panggil('trenUnit', o, 'PSPFM') },
  bangunMonitoringSop: {
    jalan: (s, o) => s.jalankan('bangunMonitoringSop', { user: o, activeSpreadsheetId: s.bukuKerja }, 2026),
  },
  pasangPemicuPengingat: {
    jalan: (s, o) => s.jalankan('pasangPemicuPengingat', { user: o, activeSpreadsheetId: s.bukuKerja }),
  },
  mulaiLangkah: { jalan: (s, o) => s.panggil('mulaiLangkah', o, 9) },
  selesaiLangkah: { jalan: (s, o) => s.panggil('selesaiLangkah', o, 2) },
  bukaKembaliLangkah: { jalan: (s, o) => s.panggil('bukaKembaliLangkah', o, 1, 'Disposisi diulang') },
  bangunUlangPelacakan: { jalan: (s, o) => s.panggil('bangunUlangPelacakan', o) },
  konsolidasi: { jalan: (s, o) => s.panggil('konsolidasi', o) },
  kirimFormulir: { jalan: (s, o) => s.panggil('kirimFormulir', o) },
  kirimUlangFormulir: { jalan: (s, o) => s.panggil('kirimUlangFormulir', o, 'PSPFM') },
  tandaiSelesaiDiisi: { jalan: (s, o) => s.panggil('tandaiSelesaiDiisi', o, 'PSPFM') },
  undangRapat: {
    jalan: (s, o) =>
      s.panggil('undangRapat', o, { mulaiMs: agu(20, 9), selesaiMs: agu(20, 11), tempat: 'Ruang Rapat Dinas' }),
  },
  rapatSelesai: {
    siapkan: (s) => {
      AKSI.undangRapat.jalan(s, ORANG.sekTim);
      s.world.clock.set(agu(20, 11, 30));
    },
    jalan: (s, o) => s.panggil('rapatSelesai', o),
  },
  serahkanKePetugasData: {
    siapkan: (s) =>
      s.tulisLog(
        Object.keys(ORANG.kabid).map((kode) => ({
          waktu: agu(19, 16),
          pengguna: ORANG.kabid[kode],
          aksi: 'unit-disahkan',
          langkah: null,
          rincian: '',
          id: `unit-disahkan-${kode}`,
        })),
      ),
    jalan: (s, o) => s.panggil('serahkanKePetugasData', o),
  },
  validasiData: { jalan: (s, o) => s.panggil('validasiData', o) },
  tandaiBaris: { jalan: (s, o) => s.panggil('tandaiBaris', o, 'PSPFM', 2, 'Valid') },
  tandaiBanyakBaris: { jalan: (s, o) => s.panggil('tandaiBanyakBaris', o, 'PSPFM', [2, 3], 'Perlu perbaikan', 'Cek') },
  ajukanPerubahanTarget: {
    jalan: (s, o) =>
      s.panggil('ajukanPerubahanTarget', o, {
        unit: 'PSPFM',
        baris: 3,
        target: { 'Target TW II': '2', 'Target tahunan': '11' },
        alasan: 'Jadwal pemutakhiran triwulan II digeser ke Juli.',
      }),
  },
  putuskanPerubahanTarget: {
    siapkan: (s) => AKSI.ajukanPerubahanTarget.jalan(s, KABID),
    jalan: (s, o) => s.panggil('putuskanPerubahanTarget', o, 1, true),
  },
  sahkanUnit: {
    siapkan: (s) => {
      const baris = Array.from({ length: barisIndikator(s, 'PSPFM') }, (_, i) => i + 2);
      s.panggil('tandaiBanyakBaris', oleh(KABID, agu(19, 16)), 'PSPFM', baris, 'Valid');
    },
    jalan: (s, o) => s.panggil('sahkanUnit', o, 'PSPFM'),
  },
  mintaNomorSurat: { jalan: (s, o) => s.panggil('mintaNomorSurat', o) },
  buatDokumenPengukuranKinerja: { jalan: (s, o) => buatDokumen(s, o) },
  kirimUntukKoreksi: {
    siapkan: (s, o) => buatDokumen(s, timSakip(o)),
    jalan: (s, o) => s.panggil('kirimUntukKoreksi', o),
  },
  koreksiSelesai: {
    siapkan: (s) => {
      buatDokumen(s, ORANG.sekTim);
      s.panggil('kirimUntukKoreksi', ORANG.sekTim);
    },
    jalan: (s, o) => s.panggil('koreksiSelesai', o, 'Tanpa koreksi'),
  },
  kirimUntukPersetujuan: {
    siapkan: (s) => AKSI.koreksiSelesai.siapkan!(s, ORANG.sekTim),
    jalan: (s, o) => s.panggil('kirimUntukPersetujuan', o),
  },
  catatPenandatanganan: {
    siapkan: (s, o) => buatDokumen(s, timSakip(o)),
    jalan: (s, o) => s.panggil('catatPenandatanganan', o, { cara: 'TTE', tautanPdf: 'https://x.id/ttd' }),
  },
  buatSuratPengantar: {
    siapkan: (s, o) => ditandatangani(s, timSakip(o)),
    jalan: (s, o) => s.panggil('buatSuratPengantar', o, { kepada: 'Bupati Banyumas', di: 'Purwokerto' }),
  },
  buatSalinan: {
    siapkan: (s, o) => ditandatangani(s, timSakip(o)),
    jalan: (s, o) => s.panggil('buatSalinan', o),
  },
  arsipkanSiklus: {
    siapkan: (s, o) => ditandatangani(s, timSakip(o)),
    jalan: (s, o) => s.panggil('arsipkanSiklus', o),
  },
};

const BUKAN_PINTU_PANEL = /Bukan pintu panel:([\s\S]*?)\n\n/.exec(README)![1];

const sel = { diperiksa: 0, sesuai: 0 };

afterAll(() => {
  console.log(`Matriks peran: ${sel.sesuai} sesuai / ${sel.diperiksa} sel (fungsi × peran) diperiksa`);
});

describe('who may do what: the README table through Code.js', () => {
  const tabel = tabelReadme();

  it('has a row, or a place among the menu and trigger handlers, for every export of src/server/index.ts', () => {
    const indeks = readFileSync(join(__dirname, '../../src/server/index.ts'), 'utf8');
    const ekspor = [...indeks.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
    const tanpaTempat = ekspor.filter((f) => !tabel.has(f) && !BUKAN_PINTU_PANEL.includes(`\`${f}\``));
    expect(tanpaTempat).toEqual([]);
    expect([...tabel.keys()].filter((f) => !ekspor.includes(f))).toEqual([]);
    expect(Object.keys(AKSI).sort()).toEqual([...tabel.keys()].sort());
  });

  it('tells a person the cycle was never shared with, in Bahasa Indonesia, whom to ask', () => {
    const s = siklusMatriks();
    const luar = PERAN['Orang luar'];
    expect(() => s.panggil('konsolidasi', luar)).toThrow(
      `Spreadsheet siklus (ID ${s.id}) tidak dapat dibuka oleh ${luar}: belum dibagikan kepada Anda, atau sudah ` +
        'dihapus. Minta Sek. Tim SAKIP membagikannya bila Anda ikut siklus ini. (You do not have permissions to ' +
        'access the requested document.)',
    );
  });

  for (const [fungsi, peran] of tabel) {
    it(`${fungsi}: every ✓ carried out, every – refused with nothing changed`, () => {
      const aksi = AKSI[fungsi];
      const hasil = new Map<string, string>();
      // the refusals, one after another on one cycle: none may change anything
      const s = siklusMatriks();
      aksi.siapkan?.(s, ORANG.sekTim);
      for (const [nama, boleh] of peran) {
        if (boleh) continue;
        const sebelum = keadaan(s);
        let ditolak = false;
        try {
          aksi.jalan(s, PERAN[nama]);
        } catch {
          ditolak = true;
        }
        const berubah = keadaan(s) !== sebelum;
        hasil.set(
          nama,
          ditolak && !berubah ? '–' : `${ditolak ? 'ditolak' : 'dijalankan'}${berubah ? ', berubah' : ''}`,
        );
      }
      // each ✓ on a cycle of its own, brought to the state the action needs
      for (const [nama, boleh] of peran) {
        if (!boleh) continue;
        const sendiri = siklusMatriks(PERAN[nama]);
        aksi.siapkan?.(sendiri, PERAN[nama]);
        try {
          aksi.jalan(sendiri, PERAN[nama]);
          hasil.set(nama, '✓');
        } catch (e) {
          hasil.set(nama, `galat: ${(e as Error).message}`);
        }
      }
      const harapan = new Map([...peran].map(([nama, boleh]) => [nama, boleh ? '✓' : '–']));
      sel.diperiksa += harapan.size;
      sel.sesuai += [...harapan].filter(([nama, h]) => hasil.get(nama) === h).length;
      expect(Object.fromEntries(hasil)).toEqual(Object.fromEntries(harapan));
    });
  }
});
