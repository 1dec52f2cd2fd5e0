import { desimalSatuan, formatSelSatuan } from '../../../src/server/domain/indikator/satuan';

describe('decimals per satuan', () => {
  it.each([
    ['orang', 0, '#,##0'],
    [' Desa ', 0, '#,##0'],
    ['rupiah', 0, '#,##0'],
    ['%', 2, '#,##0.00'],
    ['nilai (0-100)', 2, '#,##0.00'],
    ['hari', 2, '#,##0.00'],
  ])('%p: %i decimals, cell format %s', (satuan, desimal, format) => {
    expect(desimalSatuan(satuan)).toBe(desimal);
    expect(formatSelSatuan(satuan)).toBe(format);
  });
});
