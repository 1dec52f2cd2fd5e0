/**
 * The Dokumen Pengukuran Kinerja through the built Code.js: a cycle made from the menu, the units' realisasi typed into
 * their forms, the Rekap consolidated by the Tim SAKIP, then the document generated and read back from the emulated
 * Google Doc.
 */
import rekapJson from '../../sheets-templates/tab-rekap.json';
import { formatAngkaAtauStrip } from '../../src/server/domain/format/bilangan';
import { isParagraph, type ParagraphData } from '../emulator/document/model';
import { documents } from '../emulator/document/store';
import { MIME_TYPES } from '../emulator/drive/enums';
import { driveFiles } from '../emulator/drive/registry';
import { agu, ORANG, UNIT } from '../harness/kantor';
import { idLog } from '../harness/log';
import type { Siklus } from '../harness/siklus';
import { buat, dokumen, idDari, KOLOM_FORM, siklus, tabelDokumen, teksBlok } from './dokumen-siklus';

/** The Rekap tab's indicator rows of a unit, as the document prints them. */
function rekapUnit(s: Siklus, kode: string): string[][] {
  const [[judul, ...isi], [, ...format]] = s.sebagai(ORANG.sekTim, (ss) => {
    const blok = ss.getSheetByName(rekapJson.nama)!.getDataRange();
    return [blok.getValues(), blok.getNumberFormats()];
  });
  const k = (nama: string) => judul.indexOf(nama);
  // the document writes a number with the decimals the Rekap's cell shows ("#,##0.00" → 2)
  const angka = (v: unknown, fmt: string) => {
    const desimal = /\.(0+)$/.exec(fmt)?.[1].length ?? 0;
    return formatAngkaAtauStrip(typeof v === 'number' ? v : null, {
      minimumDesimal: desimal,
      maksimumDesimal: desimal,
    });
  };
  return isi.flatMap((r, i) =>
    // indicator rows carry their sasaran; the unit's subtotal row has none
    r[k('Unit')] === kode && r[k('Sasaran Strategis')] !== ''
      ? [
          [
            String(r[k('Indikator Kinerja')]),
            String(r[k('Satuan')]) || '-',
            typeof r[k('Target s.d. periode ini')] === 'string' && r[k('Target s.d. periode ini')]
              ? String(r[k('Target s.d. periode ini')])
              : angka(r[k('Target s.d. periode ini')], String(format[i][k('Target s.d. periode ini')])),
            angka(r[k('Realisasi s.d. periode ini')], String(format[i][k('Realisasi s.d. periode ini')])),
            angka(r[k('Capaian (%)')], '0.00'),
            String(r[k('Predikat')]) || '-',
          ],
        ]
      : [],
  );
}

/** The header row of each unit's table. */
const KEPALA_UNIT = [
  'No',
  'Sasaran',
  'Indikator Kinerja',
  'Satuan',
  'Target tahunan',
  'Target s.d. TW II',
  'Realisasi s.d. TW II',
  'Capaian s.d. TW I (%)',
  'Capaian s.d. TW II (%)',
  'Predikat',
];
/** The summary's header row. */
const KEPALA_RINGKASAN = [
  'No',
  'Unit Kerja',
  'Rata-rata Capaian (%)',
  'Sangat Tinggi',
  'Tinggi',
  'Sedang',
  'Rendah',
  'Sangat Rendah',
];
/** The signature block's right-hand cell, line by line (four blank lines for the signature). */
const TANDA_TANGAN = [
  // no date set in Pengaturan: the day is written at the signing, not the day the document was made
  'Purwokerto, …………………… 2026',
  'KEPALA DINAS SOSIAL DAN PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN BANYUMAS,',
  '',
  '',
  '',
  '',
  'Ir. WIDARSO, M.M',
  'Pembina Utama Muda',
  'NIP. 19620728 198901 1 001',
];

describe('Dokumen Pengukuran Kinerja', () => {
  it('prints one table per unit equal to the Rekap, the summary, and the signature block from Pengaturan', () => {
    const s = siklus();
    const hasil = buat(s);
    expect(hasil).toMatchObject({ versi: 1, nama: 'Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v1' });
    const doc = dokumen(s, hasil.urlDokumen);
    const tabel = tabelDokumen(doc);
    // five unit tables, the summary, the analysis's two lists, the budget, the signatures
    expect(tabel).toHaveLength(UNIT.length + 5);
    UNIT.forEach((kode, u) => {
      const [kepala, ...isi] = tabel[u];
      expect(kepala).toEqual(KEPALA_UNIT);
      // the Rekap's columns; the annual target (from the PK) and the capaian s.d. TW I stand beside the period's
      expect(isi.map((r) => [...r.slice(2, 4), ...r.slice(5, 7), ...r.slice(8)])).toEqual(rekapUnit(s, kode));
      // no Triwulan I cycle in this office: nothing to compare with
      expect(isi.every((r) => r[7] === '-')).toBe(true);
    });
    const ringkasan = tabel[UNIT.length];
    expect(ringkasan.at(-1)?.[1]).toBe('Keseluruhan');
    // DocumentApp cannot merge cells: the two header rows become one, the group label a note under the table
    expect(ringkasan[0]).toEqual(KEPALA_RINGKASAN);
    expect(ringkasan).toHaveLength(1 + UNIT.length + 1);
    expect(teksBlok(doc.body.children)).toContain('Sangat Tinggi s.d. Sangat Rendah: Jumlah Indikator per Predikat');

    const anggaran = tabel[UNIT.length + 3];
    expect(anggaran[0]).toEqual([
      'No',
      'Unit Kerja',
      'Program / Kegiatan',
      'Pagu (Rp)',
      'Realisasi (Rp)',
      'Serapan (%)',
    ]);
    expect(anggaran.at(-1)!.slice(1, 4)).toEqual(['Jumlah', '', '7.989.500.000']);
    expect(teksBlok(doc.body.children)).toContain('Efisiensi dinilai pada siklus Tahunan');

    const [kiri, kanan] = tabel[UNIT.length + 4][0];
    expect(kiri).toBe('');
    expect(kanan.split('\n')).toEqual(TANDA_TANGAN);
    const ttd = doc.body.children.filter((b) => !isParagraph(b)).at(-1)!;
    const nama = (ttd as { rows: { cells: { children: ParagraphData[] }[] }[] }).rows[0].cells[1].children[6];
    expect(nama.styles.every((st) => st.bold && st.underline)).toBe(true);
    // kop and title first, landscape A4 with the default margins (3 cm left)
    // the office name in balanced lines: no word alone on a line
    expect(teksBlok(doc.body.children.slice(0, 4))).toBe(
      'PEMERINTAH KABUPATEN BANYUMAS\nDINAS SOSIAL DAN PEMBERDAYAAN\nMASYARAKAT DAN DESA\nJalan Contoh Nomor 1, Purwokerto, Jawa Tengah 53100',
    );
    expect(documents(s.world).savedData(idDari(hasil.urlDokumen)).page).toMatchObject({
      width: 841.89,
      height: 595.276,
    });
    expect(Math.round(doc.page.marginLeft)).toBe(85);
    expect(hasil.peringatan).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Alamat pada kop surat masih contoh/),
        expect.stringMatching(/Belum ada unit yang disahkan/),
      ]),
    );
  });
});

describe('Dokumen Pengukuran Kinerja', () => {
  it('is saved and closed before the PDF is exported: the PDF beside it holds the text', () => {
    const s = siklus();
    const hasil = buat(s);
    const drive = driveFiles(s.world);
    const pdf = drive.get(idDari(hasil.urlPdf))!;
    const doc = drive.get(idDari(hasil.urlDokumen))!;
    expect(pdf).toMatchObject({ name: `${hasil.nama}.pdf`, mimeType: MIME_TYPES.PDF });
    expect(pdf.parents).toEqual(doc.parents);
    expect(drive.get(doc.parents[0])!.name).toBe('Pengukuran Kinerja 2026');
    const teks = pdf.content!.toString('latin1');
    expect(teks).toContain('PENGUKURAN KINERJA');
    expect(teks).toContain('NIP. 19620728 198901 1 001');
    expect(idLog(s.log().filter((r) => r.aksi === 'dokumen-dibuat'))).toEqual(['dokumen-dibuat-v1']);
  });

  it('refuses an invalid NIP of the signatory before anything is created', () => {
    const s = siklus();
    const baris = s.sebagai(ORANG.sekTim, (ss) => {
      const sheet = ss.getSheetByName('Pengaturan')!;
      const nilai = sheet.getDataRange().getValues();
      const i = nilai.findIndex((r) => r[3] === '19620728 198901 1 001');
      sheet.getRange(i + 1, 4).setValue('19620728 198901 1 00');
      return i;
    });
    const berkas = driveFiles(s.world).all().length;
    const log = s.log().length;
    // read with the Pengaturan tab, at its row and column
    expect(() => buat(s)).toThrow(
      new RegExp(`^Tab "Pengaturan", baris ${baris + 1}, kolom "NIP": NIP "19620728 198901 1 00" tidak sah`),
    );
    expect(driveFiles(s.world).all().length).toBe(berkas);
    expect(s.log()).toHaveLength(log);
  });

  it('makes a new version when generated again and keeps the old one', () => {
    const s = siklus();
    const v1 = buat(s);
    s.world.clock.set(agu(20, 7, 45));
    const v2 = buat(s);
    expect(v2).toMatchObject({ versi: 2, nama: 'Dokumen Pengukuran Kinerja – Triwulan II Tahun 2026 – v2' });
    const drive = driveFiles(s.world);
    for (const url of [v1.urlDokumen, v1.urlPdf, v2.urlDokumen, v2.urlPdf]) {
      expect(drive.get(idDari(url))!.trashed).toBe(false);
    }
    expect(idLog(s.log().filter((r) => r.aksi === 'dokumen-dibuat'))).toEqual([
      'dokumen-dibuat-v1',
      'dokumen-dibuat-v2',
    ]);
  });
});

describe('Dokumen Pengukuran Kinerja', () => {
  it('refuses a Rekap older than the forms, and people outside the Tim SAKIP', () => {
    const s = siklus();
    expect(() => buat(s, ORANG.kepala)).toThrow(/tidak berwenang membuat Dokumen Pengukuran Kinerja/);
    expect(() => buat(s, ORANG.sekretaris)).toThrow(/tidak berwenang/);
    s.sebagai(ORANG.sekTim, (ss) =>
      ss
        .getSheetByName('Form PJRS')!
        .getRange(3, KOLOM_FORM.indexOf('Realisasi') + 1)
        .setValue(1),
    );
    expect(() => buat(s)).toThrow(/Tab "Rekap" belum memuat Rekap terbaru .*Jalankan Konsolidasi/);
  });

  it('refuses while only some units are signed off by their Kabid, naming the others', () => {
    const s = siklus();
    s.tulisLog([
      {
        waktu: agu(19, 10),
        pengguna: ORANG.kabid.PSPFM,
        aksi: 'unit-disahkan',
        langkah: 7,
        rincian: 'Unit PSPFM disahkan.',
        id: 'unit-disahkan-PSPFM',
      },
    ]);
    expect(() => buat(s)).toThrow(/unit SEKRE, PJRS, PERMAS, PEMDES belum disahkan Kabid \(langkah 7\)/);
  });
});

describe('Dokumen Pengukuran Kinerja', () => {
  it('resumes after a failure at any call: a re-run leaves one version, its Doc and PDF, as a clean run does', () => {
    const bersih = siklus();
    const awal = bersih.world.calls.mark();
    buat(bersih);
    const panggilan = bersih.world.calls.since(awal);
    // the first sheet write after the PDF is stored is the Log row: a failure after it finds the version recorded
    const pdf = panggilan.findIndex((c) => c.type === 'FilesCollection' && c.method === 'create');
    const dicatat = panggilan.findIndex((c, i) => i > pdf && c.method === 'setValues');
    expect(pdf).toBeGreaterThan(0);
    const potret = (s: Siklus) => ({
      berkas: driveFiles(s.world)
        .all()
        .filter((f) => !f.trashed && /Dokumen Pengukuran Kinerja/.test(f.name))
        .map((f) => f.name)
        .sort(),
      log: idLog(s.log().filter((r) => r.aksi === 'dokumen-dibuat')),
    });
    const harapan = potret(bersih);
    expect(harapan.berkas).toHaveLength(2);
    for (const n of [1, 5, Math.floor(dicatat / 3), Math.floor(dicatat / 2), pdf, pdf + 1, dicatat, dicatat + 1]) {
      const s = siklus();
      s.world.faults.failAt(s.world.calls.mark() + n, 'Service error: Docs');
      expect(() => buat(s)).toThrow();
      buat(s);
      expect({ n, ...potret(s) }).toEqual({ n, ...harapan });
    }
  });

  it('makes as many service round trips for 12 indicators per unit as for 3', () => {
    const perjalanan = (perUnit: number) => {
      const s = siklus(perUnit);
      const awal = s.world.calls.mark();
      buat(s);
      return s.world.calls.since(awal).filter((c) => c.costClass !== 'local').length;
    };
    expect(perjalanan(12)).toBe(perjalanan(3));
  });
});

describe('Dokumen Pengukuran Kinerja: date and annual target', () => {
  it('dates the signature with the date the Kepala set in Pengaturan, and shows the PK annual target', () => {
    const s = siklus();
    s.aturPengaturan('Tanggal dokumen (YYYY-MM-DD; kosong: diisi saat ditandatangani)', '2026-08-21');
    const doc = dokumen(s, buat(s).urlDokumen);
    const tabel = tabelDokumen(doc);
    const ttd = tabel.find((t) => t[0].some((c) => c.includes('KEPALA DINAS')))!;
    expect(ttd[0][1].split('\n')[0]).toBe('Purwokerto, 21 Agustus 2026');
    const pspfm = tabel[1];
    const dtks = pspfm.find((r) => r[2].startsWith('Jumlah kali pemutakhiran DTKS'))!;
    // annual 12, to date (sum of TW I–II) 6
    expect(dtks.slice(4, 6)).toEqual(['12', '6']);
  });
});

describe('Dokumen Pengukuran Kinerja: cell alignment', () => {
  it('centres the headers and numbers, right-aligns the figures and leaves text left, through the one layout batch', () => {
    const s = siklus();
    const awal = s.world.calls.mark();
    const doc = dokumen(s, buat(s).urlDokumen);
    const unit = doc.body.children.find((b) => !isParagraph(b) && b.rows.length > 1)!;
    if (isParagraph(unit)) throw new Error('expected a table');
    const rata = (r: number) =>
      unit.rows[r].cells.map((c) => {
        const p = c.children[0];
        return isParagraph(p) ? p.alignment : null;
      });
    expect(rata(0).every((a) => a === 'CENTER')).toBe(true);
    // No, Sasaran, Indikator, Satuan, then the figures; Predikat centred
    expect(rata(1).slice(0, 7)).toEqual(['CENTER', null, null, 'CENTER', 'RIGHT', 'RIGHT', 'RIGHT']);
    // no DocumentApp alignment call per cell: the alignment goes with the layout pass
    const perSel = s.world.calls.since(awal).filter((c) => c.method === 'setAlignment');
    expect(perSel.length).toBeLessThan(doc.body.children.length);
  });
});
