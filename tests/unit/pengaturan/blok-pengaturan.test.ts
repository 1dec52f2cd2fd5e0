import contoh from '../../fixtures/contoh-siklus.json';
import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';
import { bacaPengaturan } from '../../../src/server/domain/pengaturan/baca-pengaturan';
import { JUDUL_BLOK, pengaturanKeBaris } from '../../../src/server/domain/pengaturan/blok-pengaturan';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
import { type Pengaturan } from '../../../src/server/domain/pengaturan/types';
import { localMs } from '../../../src/server/domain/zona-waktu';
const SOP = parseSopTemplate(sopJson);
const TAB = 'Pengaturan';

function bawaan(): Pengaturan {
  return pengaturanBawaan(SOP);
}

function baca(values: unknown[][]) {
  return bacaPengaturan(values, TAB);
}

/** The row (0-based) of a block's title, and of a data row whose first cell is `pertama`. */
function cariBaris(values: unknown[][], teks: string): number {
  const i = values.findIndex((r) => r[0] === teks);
  if (i < 0) throw new Error(`no row starting with ${teks}`);
  return i;
}

describe('default settings', () => {
  it('hold the units and Perjanjian Kinerja indicators of the sample cycle', () => {
    const p = bawaan();
    expect(p.unitKerja).toEqual(contoh.unit_kerja.map((u) => ({ kode: u.kode, nama: u.nama })));
    const pk = contoh.unit_kerja.flatMap((u) =>
      u.indikator.map((i) => ({
        unit: u.kode,
        sasaran: i.sasaran,
        indikator: i.indikator,
        satuan: i.satuan,
        polaritas: i.polaritas,
        target: i.target,
      })),
    );
    // the defaults add the Rencana Aksi; the budget absorption is measured against a range (stable polarity)
    const anggaran = pk.findIndex((i) => i.indikator === 'Persentase realisasi anggaran');
    pk[anggaran] = { ...pk[anggaran], polaritas: 'stabil', target: { min: 90, max: 100 } as never };
    expect(p.perjanjianKinerja.map(({ targetTriwulan: _t, metode: _m, ...i }) => i)).toEqual(pk);
    expect(p.perjanjianKinerja[anggaran]).toMatchObject({
      metode: 'terakhir',
      targetTriwulan: [
        { min: 15, max: 25 },
        { min: 40, max: 50 },
        { min: 65, max: 75 },
        { min: 90, max: 100 },
      ],
    });
  });

  it('give every unit a Kabid and a Staf, the Sekretaris heading the Sekretariat', () => {
    const p = bawaan();
    for (const u of p.unitKerja) {
      const kabid = p.orang.filter((o) => o.unit === u.kode && o.peran.includes('Kabid'));
      expect(kabid).toHaveLength(1);
      expect(p.orang.find((o) => o.email === `staf.${u.kode.toLowerCase()}@contoh.go.id`)?.peran).toEqual(['Staf']);
    }
    expect(p.orang.find((o) => o.email === 'sekretaris@contoh.go.id')?.peran).toEqual(['Sekretaris', 'Kabid']);
    expect(p.orang.filter((o) => o.timSakip).map((o) => o.email)).toEqual([
      'sakip.sekretaris@contoh.go.id',
      'sakip.anggota@contoh.go.id',
    ]);
  });

  it('take each step pelaksana from the SOP template, the numbering from SKENARIO', () => {
    const p = bawaan();
    expect(p.pelaksanaLangkah[7]).toBe('Kabid');
    expect(Object.keys(p.pelaksanaLangkah)).toHaveLength(SOP.steps.length);
    expect(p.penomoran).toEqual({ format: '{kode}/{urut}/{tahun}', kode: '000.8.6.3', nomorTerakhir: 365 });
    expect(p.penandatangan.nip).toBe('19620728 198901 1 001');
  });
});

describe('pengaturanKeBaris / bacaPengaturan', () => {
  it('round-trips the defaults', () => {
    const p = bawaan();
    const hasil = baca(pengaturanKeBaris(p, SOP));
    expect(hasil).toEqual({ ok: true, pengaturan: p });
  });

  it('writes a rectangle of stacked blocks: title, header, rows, blank line', () => {
    const rows = pengaturanKeBaris(bawaan());
    const lebar = rows[0].length;
    expect(rows.every((r) => r.length === lebar)).toBe(true);
    const unit = cariBaris(rows, JUDUL_BLOK.unit);
    expect(rows[unit + 1].slice(0, 2)).toEqual(['Kode', 'Nama']);
    expect(rows[unit + 2].slice(0, 2)).toEqual(['SEKRE', 'Sekretariat']);
    expect(rows[unit + 7].every((v) => v === '')).toBe(true);
    const judul: unknown[] = Object.values(JUDUL_BLOK);
    expect(rows.map((r) => r[0]).filter((v) => judul.includes(v))).toEqual(judul);
  });

  it('round-trips a deadline, special hours, formula-like text and a qualitative target', () => {
    const p = bawaan();
    p.batasPengisian = localMs(2026, 8, 14, 14, 0);
    p.singkatanInstansi = undefined;
    delete p.singkatanInstansi;
    p.orang[0].nama = '=IMPORTRANGE("x","A1")';
    p.perjanjianKinerja[0] = { ...p.perjanjianKinerja[0], target: 'WTP', targetTriwulan: [null, null, null, null] };
    const jam = [
      { dari: 8 * 60, sampai: 12 * 60 },
      { dari: 12 * 60 + 30, sampai: 15 * 60 },
    ];
    p.kalender = {
      ...p.kalender,
      jamKhusus: [
        {
          nama: 'Ramadan',
          dari: '2026-02-18',
          sampai: '2026-03-19',
          mingguan: [undefined, jam, jam, [], undefined, undefined, undefined],
        },
      ],
    };
    const rows = pengaturanKeBaris(p);
    expect(rows.flat()).toContain('\'=IMPORTRANGE("x","A1")');
    expect(baca(rows)).toEqual({ ok: true, pengaturan: p });
  });

  it('reads blocks and columns by name, whatever their order, case and spacing', () => {
    const p = bawaan();
    const rows = pengaturanKeBaris(p);
    // move the UNIT KERJA block (title, header, 5 rows, blank) to the end, and swap its two columns
    const awal = cariBaris(rows, JUDUL_BLOK.unit);
    const blok = rows.splice(awal, 8).map((r) => [r[1], r[0], ...r.slice(2)]);
    blok[0] = [' unit  kerja ', ...blok[0].slice(1).map(() => '')];
    blok[1][0] = 'NAMA';
    const hasil = baca([...rows, ...blok]);
    expect(hasil).toEqual({ ok: true, pengaturan: p });
  });

  it('names tab, row and column of each bad cell, and returns no settings', () => {
    const rows = pengaturanKeBaris(bawaan()) as unknown[][];
    const orang = cariBaris(rows, JUDUL_BLOK.orang);
    rows[orang + 2][1] = 'bukan-email';
    rows[orang + 3][3] = 'XYZ';
    const hari = cariBaris(rows, JUDUL_BLOK.hariKerja);
    rows[hari + 2][1] = '7 pagi';
    const hasil = baca(rows);
    expect(hasil.ok).toBe(false);
    if (hasil.ok) return;
    expect(hasil.galat).toEqual([
      {
        baris: orang + 3,
        kolom: 'Email',
        pesan: `Tab "Pengaturan", baris ${orang + 3}, kolom "Email": "bukan-email" bukan alamat email.`,
      },
      {
        baris: orang + 4,
        kolom: 'Unit',
        pesan: `Tab "Pengaturan", baris ${orang + 4}, kolom "Unit": unit "XYZ" tidak ada di blok "UNIT KERJA".`,
      },
      {
        baris: hari + 3,
        kolom: 'Mulai',
        pesan: `Tab "Pengaturan", baris ${hari + 3}, kolom "Mulai": "7 pagi" bukan jam yang sah (tulis JJ:MM, mis. 07:30).`,
      },
    ]);
  });

  it('reports a missing block and a missing column by name', () => {
    const rows = pengaturanKeBaris(bawaan()) as unknown[][];
    const ttd = cariBaris(rows, JUDUL_BLOK.penandatangan);
    rows.splice(ttd, 4);
    const nomor = cariBaris(rows, JUDUL_BLOK.penomoran);
    rows[nomor + 1][2] = 'Nomor';
    const hasil = baca(rows);
    expect(hasil.ok || hasil.galat.map((g) => g.pesan)).toEqual([
      'Tab "Pengaturan": blok "PENANDATANGAN" tidak ditemukan (baris judul "PENANDATANGAN" di kolom A).',
      `Tab "Pengaturan", baris ${nomor + 2}: blok "PENOMORAN SURAT" tidak punya kolom "Nomor terakhir".`,
    ]);
  });

  it('accepts what people type: Indonesian numbers, "ya", dotted times, date cells', () => {
    const p = bawaan();
    const rows = pengaturanKeBaris(p) as unknown[][];
    const pk = cariBaris(rows, JUDUL_BLOK.pk);
    rows[pk + 2][5] = '1.234,5';
    rows[pk + 2].fill('', 6, 10);
    const orang = cariBaris(rows, JUDUL_BLOK.orang);
    rows[orang + 2][4] = 'ya';
    const hari = cariBaris(rows, JUDUL_BLOK.hariKerja);
    rows[hari + 2][1] = '7.30';
    const libur = cariBaris(rows, JUDUL_BLOK.hariLibur);
    rows[libur + 2][0] = new Date(localMs(2026, 1, 1));
    const hasil = baca(rows);
    if (!hasil.ok) throw new Error(hasil.galat.map((g) => g.pesan).join('\n'));
    expect(hasil.pengaturan.perjanjianKinerja[0].target).toBe(1234.5);
    expect(hasil.pengaturan.orang[0].timSakip).toBe(true);
    expect(hasil.pengaturan.kalender).toEqual(p.kalender);
  });

  it('refuses a number format without {urut}, an unknown capping and a duplicate unit code', () => {
    const rows = pengaturanKeBaris(bawaan()) as unknown[][];
    const nomor = cariBaris(rows, JUDUL_BLOK.penomoran);
    rows[nomor + 2][0] = '{kode}/{tahun}';
    const capaian = cariBaris(rows, JUDUL_BLOK.capaian);
    rows[capaian + 2][1] = 'atap-100';
    const unit = cariBaris(rows, JUDUL_BLOK.unit);
    rows[unit + 3][0] = 'sekre';
    const hasil = baca(rows);
    expect(hasil.ok).toBe(false);
    if (hasil.ok) return;
    const tempat = hasil.galat.map((g) => [g.baris, g.kolom]);
    expect(tempat).toEqual(
      expect.arrayContaining([
        [unit + 4, 'Kode'],
        [nomor + 3, 'Format'],
        [capaian + 3, 'Batas capaian'],
      ]),
    );
    // the people and indicators of the unit whose code was lost are reported too, not silently dropped
    expect(hasil.galat.filter((g) => g.kolom === 'Unit').every((g) => g.pesan.includes('"PSPFM"'))).toBe(true);
  });
});
