import { Cycle, checkCycle } from '../../../src/server/domain/cycle/cycle';
import { LANGKAH_SOP } from './sop-fixture';

const SIKLUS: Cycle = {
  namaKantor: 'Dinas Sosial dan Pemberdayaan Masyarakat dan Desa',
  periode: { tahun: 2026, jenis: 'Triwulan', triwulan: 2 },
  unitKerja: [
    { kode: 'SEKRE', nama: 'Sekretariat' },
    { kode: 'PSPFM', nama: 'Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin' },
  ],
  langkah: LANGKAH_SOP,
};

describe('checkCycle', () => {
  it('accepts the scenario cycle', () => {
    expect(checkCycle(SIKLUS)).toEqual([]);
  });

  it('names every problem of a broken cycle', () => {
    const rusak: Cycle = {
      ...SIKLUS,
      namaKantor: ' ',
      unitKerja: [...SIKLUS.unitKerja, { kode: 'sekre', nama: 'Sekretariat lagi' }, { kode: '', nama: 'Tanpa kode' }],
      langkah: [...LANGKAH_SOP, { ...LANGKAH_SOP[0], waktuMenit: -5 }],
    };
    expect(checkCycle(rusak)).toEqual([
      'Nama kantor belum diisi.',
      'Unit kerja ke-4: kode dan nama wajib diisi.',
      'Kode unit kerja dipakai lebih dari sekali: SEKRE.',
      'Nomor langkah dipakai lebih dari sekali: 1.',
      'Langkah 1: target waktu harus angka menit ≥ 0, bukan -5.',
    ]);
  });

  it('requires units and steps', () => {
    expect(checkCycle({ ...SIKLUS, unitKerja: [], langkah: [] })).toEqual([
      'Siklus belum punya unit kerja.',
      'SOP siklus ini belum punya langkah.',
    ]);
  });
});
