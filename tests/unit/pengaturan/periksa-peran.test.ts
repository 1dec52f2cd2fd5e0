import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';
import { bacaPengaturan } from '../../../src/server/domain/pengaturan/baca-pengaturan';
import { JUDUL_BLOK, pengaturanKeBaris } from '../../../src/server/domain/pengaturan/blok-pengaturan';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';

const SOP = parseSopTemplate(sopJson);

/** The default settings as tab rows, changed by `ubah` (rows by block title and data row, 0-based), then read. */
function galat(ubah: (rows: unknown[][], baris: (judul: string, n: number) => unknown[]) => void): string[] {
  const rows = pengaturanKeBaris(pengaturanBawaan(SOP)) as unknown[][];
  const baris = (judul: string, n: number) => rows[rows.findIndex((r) => r[0] === judul) + 2 + n];
  ubah(rows, baris);
  const hasil = bacaPengaturan(rows, 'Pengaturan');
  return hasil.ok ? [] : hasil.galat.map((g) => g.pesan.replace(/^Tab "Pengaturan", /, ''));
}
const orang = (rows: unknown[][], n: number) => rows.findIndex((r) => r[0] === JUDUL_BLOK.orang) + 3 + n;

describe('roles, steps and people in Pengaturan', () => {
  it('accepts the default settings, and a role written in other case', () => {
    expect(galat(() => undefined)).toEqual([]);
    expect(galat((_, b) => (b(JUDUL_BLOK.orang, 6)[2] = 'kabid'))).toEqual([]);
  });

  it('names an unknown role and a misspelt one at their row and column', () => {
    let rows: unknown[][] = [];
    const pesan = galat((r, b) => {
      rows = r;
      b(JUDUL_BLOK.orang, 6)[2] = 'Kabid Keuangan';
      b(JUDUL_BLOK.orang, 2)[2] = 'Sekertaris Tim Sakip';
    });
    expect(pesan).toContain(
      `baris ${orang(rows, 6)}, kolom "Peran": peran "Kabid Keuangan" tidak dikenal; pakai peran langkah SOP, Kabid atau Staf.`,
    );
    expect(
      pesan.some((p) => p.startsWith(`baris ${orang(rows, 2)}, kolom "Peran": peran "Sekertaris Tim Sakip"`)),
    ).toBe(true);
  });

  it('names a pelaksana nobody holds that is no SOP role, and a step the SOP lacks', () => {
    const pesan = galat((_, b) => {
      b(JUDUL_BLOK.pelaksana, 6)[1] = 'Kabag';
      b(JUDUL_BLOK.pelaksana, 7)[0] = 15;
    });
    expect(
      pesan.some((p) => /kolom "Pelaksana": peran "Kabag" bukan peran SOP dan tidak dipegang siapa pun/.test(p)),
    ).toBe(true);
    expect(pesan.some((p) => /kolom "Langkah": SOP tidak punya langkah 15 \(langkahnya 1–14\)/.test(p))).toBe(true);
  });

  it('wants one unit for a Kabid and one Kabid for a unit', () => {
    const pesan = galat((_, b) => {
      b(JUDUL_BLOK.orang, 6)[3] = '';
      b(JUDUL_BLOK.orang, 8)[3] = 'PERMAS';
    });
    expect(pesan.some((p) => /kolom "Unit": seorang Kabid wajib punya unit kerja\./.test(p))).toBe(true);
    expect(
      pesan.some((p) => /kolom "Unit": unit "PERMAS" sudah punya Kabid di baris \d+; satu unit satu Kabid\./.test(p)),
    ).toBe(true);
  });

  it('checks a NIP', () => {
    const pesan = galat((_, b) => (b(JUDUL_BLOK.orang, 0)[7] = '123'));
    expect(pesan.some((p) => /kolom "NIP": NIP "123" tidak sah/.test(p))).toBe(true);
  });

  it('names a PK indicator written twice for a unit', () => {
    const pesan = galat((_, b) => (b(JUDUL_BLOK.pk, 5)[2] = b(JUDUL_BLOK.pk, 4)[2]));
    expect(
      pesan.some((p) => /kolom "Indikator": indikator ini sudah tercantum untuk unit PSPFM di baris \d+/.test(p)),
    ).toBe(true);
  });
});
