import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import { bacaPengaturan } from '../../../src/server/domain/pengaturan/baca-pengaturan';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
import { pengaturanKeBaris } from '../../../src/server/domain/pengaturan/blok-pengaturan';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';

const SOP = parseSopTemplate(sopJson);

describe('Pengaturan › TEMBUSAN / SALINAN', () => {
  it('reads the list of copies back as written, one addressee per row', () => {
    const p = { ...pengaturanBawaan(SOP), tembusan: ['Bappeda', 'Inspektorat', 'Arsip'] };
    const hasil = bacaPengaturan(pengaturanKeBaris(p, SOP), 'Pengaturan');
    expect(hasil.ok && hasil.pengaturan.tembusan).toEqual(['Bappeda', 'Inspektorat', 'Arsip']);
  });

  it('leaves the list out for settings written before it existed, and keeps an empty list empty', () => {
    const { tembusan: _tanpa, ...lama } = pengaturanBawaan(SOP);
    const tanpa = bacaPengaturan(pengaturanKeBaris(lama, SOP), 'Pengaturan');
    expect(tanpa.ok && 'tembusan' in tanpa.pengaturan).toBe(false);
    const kosong = bacaPengaturan(pengaturanKeBaris({ ...lama, tembusan: [] }, SOP), 'Pengaturan');
    expect(kosong.ok && kosong.pengaturan.tembusan).toEqual([]);
  });

  it('names the row of an addressee listed twice', () => {
    const baris = pengaturanKeBaris({ ...pengaturanBawaan(SOP), tembusan: ['Bappeda', 'bappeda'] }, SOP);
    const hasil = bacaPengaturan(baris, 'Pengaturan');
    const nomorBaris = baris.findIndex((r) => r[0] === 'bappeda') + 1;
    expect(hasil.ok).toBe(false);
    expect(!hasil.ok && hasil.galat.map((g) => g.pesan).join('\n')).toContain(`baris ${nomorBaris}`);
  });
});
