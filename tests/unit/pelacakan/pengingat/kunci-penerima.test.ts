import { kunciPengingat, pengingatTercatat } from '../../../../src/server/domain/pelacakan/pengingat/kunci';
import { pemegangPelaksana } from '../../../../src/server/domain/pelacakan/pengingat/penerima';
import type { Orang } from '../../../../src/server/domain/pengaturan/types';
import { LANGKAH_SOP } from '../sop-fixture';
import { AKSI_PENGINGAT } from '../../../../src/server/domain/pelacakan/aksi-log';

describe('pengingatTercatat', () => {
  it('reads the reminder keys of every claimed, sent or failed row, and ignores other rows', () => {
    const baris = [
      { aksi: AKSI_PENGINGAT.dijadwalkan, id: kunciPengingat({ langkah: 6, putaran: 1 }) },
      { aksi: AKSI_PENGINGAT.dikirim, id: 'pengingat-6-1/dikirim' },
      { aksi: AKSI_PENGINGAT.gagal, id: 'pengingat-7-2/gagal' },
      { aksi: 'mulai', id: 'pengingat-9-1' },
      { aksi: AKSI_PENGINGAT.dikirim, id: 'pengingat-x-1' },
      { aksi: AKSI_PENGINGAT.dikirim, id: 'pengingat-10-12345' },
    ];
    expect(pengingatTercatat(baris)).toEqual([
      { langkah: 6, putaran: 1 },
      { langkah: 6, putaran: 1 },
      { langkah: 7, putaran: 2 },
      { langkah: 10, putaran: 12345 },
    ]);
  });
});

function orang(email: string, peran: string[], unit = ''): Orang {
  return { nama: email, email, peran, unit, timSakip: false, jabatan: '', pangkat: '', nip: '' };
}

describe('pemegangPelaksana', () => {
  const pengaturan = {
    orang: [
      orang('kabid.sosial@contoh.go.id', ['Kabid'], 'SOS'),
      orang('kabid.pmd@contoh.go.id', ['kabid '], 'PMD'),
      orang('sekretaris@contoh.go.id', ['Sekretaris', 'Kabid'], 'SEKRE'),
      orang('staf@contoh.go.id', ['Staf'], 'SOS'),
      orang('', ['Kabid'], 'EKO'),
    ],
    pelaksanaLangkah: { 2: 'Sekretaris' } as Record<number, string>,
  };

  it('gives every holder of the step role, case and spaces aside, skipping people without an email', () => {
    const langkah7 = { ...LANGKAH_SOP[6], pelaksana: 'Kabid' };
    expect(pemegangPelaksana(pengaturan, langkah7)).toEqual([
      'kabid.sosial@contoh.go.id',
      'kabid.pmd@contoh.go.id',
      'sekretaris@contoh.go.id',
    ]);
  });

  it("takes the step's pelaksana from Pengaturan before the SOP default", () => {
    expect(LANGKAH_SOP[1].pelaksana).toBe('Sek. Tim Sakip');
    expect(pemegangPelaksana(pengaturan, LANGKAH_SOP[1])).toEqual(['sekretaris@contoh.go.id']);
  });
});
