import { bacaMarginCm, tataHalaman, tulisMarginCm } from '../../../src/server/domain/naskah/halaman';

describe('the page of a document', () => {
  it('turns an A4 landscape page round and leaves the default margins (3 cm left) in points', () => {
    const t = tataHalaman({ size: 'A4', orientation: 'landscape' });
    expect([t.lebar, t.tinggi]).toEqual([841.89, 595.276]);
    expect(Math.round(t.margin.kiri * 100) / 100).toBe(85.04);
    expect(Math.round(t.lebarTeks)).toBe(Math.round(841.89 - (5 * 72) / 2.54));
  });

  it('takes the paper and margins of Pengaturan over the model', () => {
    const t = tataHalaman(
      { size: 'A4', orientation: 'portrait' },
      { kertas: 'F4', marginCm: { atas: 1, kanan: 1, bawah: 1, kiri: 2.54 } },
    );
    expect([t.lebar, t.tinggi, t.margin.kiri, t.margin.atas]).toEqual([612, 936, 72, 72 / 2.54]);
  });

  it('reads one margin for every side or four, typed the Indonesian way', () => {
    expect(bacaMarginCm('2,5')).toEqual({ ok: true, margin: { atas: 2.5, kanan: 2.5, bawah: 2.5, kiri: 2.5 } });
    expect(bacaMarginCm('2; 2 / 2; 3')).toEqual({ ok: true, margin: { atas: 2, kanan: 2, bawah: 2, kiri: 3 } });
    expect(bacaMarginCm(tulisMarginCm({ atas: 1.5, kanan: 2, bawah: 2, kiri: 3 }))).toEqual({
      ok: true,
      margin: { atas: 1.5, kanan: 2, bawah: 2, kiri: 3 },
    });
  });

  it('refuses two numbers, words and margins that leave no page', () => {
    expect(bacaMarginCm('2; 3')).toMatchObject({ ok: false, alasan: expect.stringMatching(/empat angka/) });
    expect(bacaMarginCm('dua')).toMatchObject({ ok: false, alasan: expect.stringMatching(/bukan angka/) });
    expect(bacaMarginCm('9')).toMatchObject({
      ok: false,
      alasan: expect.stringMatching(/di luar 0,5–6 cm|di luar 0.5–6 cm/),
    });
  });
});
