import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';
import { bacaPengaturan } from '../../../src/server/domain/pengaturan/baca-pengaturan';
import { JUDUL_BLOK, pengaturanKeBaris } from '../../../src/server/domain/pengaturan/blok-pengaturan';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
import { KOLOM_PK } from '../../../src/server/domain/pengaturan/pk-blok';

const SOP = parseSopTemplate(sopJson);

/** The default Pengaturan rows, the first PK row changed by header; returns the read and that row's sheet number. */
function bacaDenganPK(ubah: Record<string, unknown>, kolom: readonly string[] = KOLOM_PK) {
  const rows = pengaturanKeBaris(pengaturanBawaan(SOP)) as unknown[][];
  const judul = rows.findIndex((r) => r[0] === JUDUL_BLOK.pk);
  rows[judul + 1] = [...kolom, ...Array(rows[0].length - kolom.length).fill('')];
  for (const [k, v] of Object.entries(ubah)) rows[judul + 2][KOLOM_PK.indexOf(k as never)] = v;
  return { hasil: bacaPengaturan(rows, 'Pengaturan'), baris: judul + 3 };
}

const pesan = (h: ReturnType<typeof bacaDenganPK>['hasil']) => (h.ok ? [] : h.galat.map((g) => g.pesan));

describe('the PERJANJIAN KINERJA block: annual and triwulan targets, cumulation method', () => {
  it('writes every target and method and reads them back', () => {
    const p = pengaturanBawaan(SOP);
    const hasil = bacaPengaturan(pengaturanKeBaris(p), 'Pengaturan');
    expect(hasil.ok && hasil.pengaturan.perjanjianKinerja).toEqual(p.perjanjianKinerja);
  });

  it('takes the method from the satuan when it is blank, and reads ranges and Indonesian numbers', () => {
    const { hasil } = bacaDenganPK({
      Satuan: 'orang',
      'Metode kumulasi': '',
      Polaritas: 'stabil',
      'Target tahunan': '1.000–1.200',
      'Target TW I': '250–300',
      'Target TW II': '250–300',
      'Target TW III': '250–300',
      'Target TW IV': '250–300',
    });
    if (!hasil.ok) throw new Error(pesan(hasil).join('\n'));
    expect(hasil.pengaturan.perjanjianKinerja[0]).toMatchObject({
      metode: 'jumlah',
      target: { min: 1000, max: 1200 },
      targetTriwulan: Array(4).fill({ min: 250, max: 300 }),
    });
  });

  it('reads a block of older settings: one "Target" column, no triwulan, the method from the satuan', () => {
    const lama = ['Unit', 'Sasaran', 'Indikator', 'Satuan', 'Polaritas', 'Target'];
    const rows = pengaturanKeBaris(pengaturanBawaan(SOP)) as unknown[][];
    const judul = rows.findIndex((r) => r[0] === JUDUL_BLOK.pk);
    rows[judul + 1] = [...lama, ...Array(rows[0].length - lama.length).fill('')];
    for (let r = judul + 2; rows[r]?.[0]; r++) rows[r].fill('', 6);
    const hasil = bacaPengaturan(rows, 'Pengaturan');
    if (!hasil.ok) throw new Error(hasil.galat.map((g) => g.pesan).join('\n'));
    expect(hasil.pengaturan.perjanjianKinerja[1]).toMatchObject({
      target: 70,
      targetTriwulan: [null, null, null, null],
      metode: 'terakhir',
    });
  });

  it('names tab, row and column of each target that cannot be scored', () => {
    const tab = (b: number, kolom: string) => `Tab "Pengaturan", baris ${b}, kolom "${kolom}"`;
    let r = bacaDenganPK({ 'Metode kumulasi': 'kumulatif' });
    expect(pesan(r.hasil)).toContain(
      `${tab(r.baris, 'Metode kumulasi')}: "kumulatif" tidak dikenal; pilih jumlah, terakhir, rata-rata atau tetap.`,
    );
    r = bacaDenganPK({ Polaritas: 'stabil', 'Target tahunan': '100–90' });
    expect(pesan(r.hasil)).toContain(
      `${tab(r.baris, 'Target tahunan')}: "100–90" tidak terbaca sebagai target: rentang "100–90": batas bawah lebih besar dari batas atas.`,
    );
    r = bacaDenganPK({ 'Target tahunan': '90–100' });
    expect(pesan(r.hasil)).toContain(
      `${tab(r.baris, 'Polaritas')}: target berupa rentang hanya untuk polaritas "stabil".`,
    );
    r = bacaDenganPK({ 'Metode kumulasi': 'jumlah', 'Target tahunan': 100, 'Target TW IV': 30 });
    expect(pesan(r.hasil)).toContain(
      `${tab(r.baris, 'Target TW I, Target TW II, Target TW III, Target TW IV')}: jumlah target triwulan (330) tidak sama dengan target tahunan 100 (metode "jumlah").`,
    );
    r = bacaDenganPK({ 'Target TW II': 'separuh' });
    expect(pesan(r.hasil)).toContain(`${tab(r.baris, 'Target TW II')}: "separuh" bukan angka.`);
  });
});
