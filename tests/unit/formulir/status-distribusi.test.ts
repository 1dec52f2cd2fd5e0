import {
  ID_FORMULIR,
  statusFormulirUnit,
  unitPerluDiingatkan,
} from '../../../src/server/domain/formulir/status-distribusi';
import type { BarisLog } from '../../../src/server/domain/pelacakan/log';
import { AKSI_FORMULIR } from '../../../src/server/domain/pelacakan/aksi-log';

const baris = (id: string, aksi: string, waktu = 1000): BarisLog => ({
  waktu,
  pengguna: 'sakip.anggota@contoh.go.id',
  aksi,
  langkah: 3,
  rincian: '',
  id,
});
const klaim = (kode: string, n: number) => baris(ID_FORMULIR.klaim(kode, n), AKSI_FORMULIR.dijadwalkan);

describe('statusFormulirUnit', () => {
  it('reads a unit as sent from its first success, with the number of attempts', () => {
    const log = [
      klaim('PJRS', 1),
      baris(ID_FORMULIR.gagal('PJRS', 1), AKSI_FORMULIR.gagal),
      klaim('PJRS', 2),
      baris(ID_FORMULIR.dikirim('PJRS'), AKSI_FORMULIR.dikirim, 5000),
    ];
    expect(statusFormulirUnit(log, 'PJRS')).toEqual({
      kode: 'PJRS',
      terkirim: 5000,
      belumPasti: false,
      percobaan: 2,
      selesaiDiisi: null,
      sudahDiingatkan: false,
    });
  });

  it('calls a claim with no outcome after it uncertain, also after an earlier success (a resend that stopped)', () => {
    expect(statusFormulirUnit([klaim('SEKRE', 1)], 'SEKRE').belumPasti).toBe(true);
    const log = [klaim('SEKRE', 1), baris(ID_FORMULIR.dikirim('SEKRE'), AKSI_FORMULIR.dikirim), klaim('SEKRE', 2)];
    expect(statusFormulirUnit(log, 'SEKRE')).toMatchObject({ terkirim: 1000, belumPasti: true, percobaan: 2 });
  });

  it("does not mix up units whose codes share a beginning, nor other actions' rows", () => {
    const log = [
      klaim('PJRS-2', 1),
      baris(ID_FORMULIR.dikirim('PJRS-2'), AKSI_FORMULIR.dikirim),
      baris('L3-mulai-1', 'mulai'),
    ];
    expect(statusFormulirUnit(log, 'PJRS')).toMatchObject({ terkirim: null, belumPasti: false, percobaan: 0 });
    expect(statusFormulirUnit(log, 'PJRS-2')).toMatchObject({ terkirim: 1000, percobaan: 1 });
  });

  it('sees the submission and the deadline reminder (claimed, sent or failed)', () => {
    const log = [
      baris(ID_FORMULIR.selesaiDiisi('PERMAS'), AKSI_FORMULIR.selesaiDiisi, 7000),
      baris(`${ID_FORMULIR.pengingatBatas('PEMDES')}/gagal`, AKSI_FORMULIR.pengingatBatasGagal),
    ];
    expect(statusFormulirUnit(log, 'PERMAS')).toMatchObject({ selesaiDiisi: 7000, sudahDiingatkan: false });
    expect(statusFormulirUnit(log, 'PEMDES')).toMatchObject({ selesaiDiisi: null, sudahDiingatkan: true });
  });
});

describe('unitPerluDiingatkan', () => {
  const status = (kode: string, ubah: object = {}) => ({
    kode,
    terkirim: 1,
    belumPasti: false,
    percobaan: 1,
    selesaiDiisi: null,
    sudahDiingatkan: false,
    ...ubah,
  });
  const semua = [
    status('A'),
    status('B', { selesaiDiisi: 50 }),
    status('C', { sudahDiingatkan: true }),
    status('D', { terkirim: null }),
  ];

  it('picks the units that got their form, have not submitted and were not reminded, once the deadline passed', () => {
    expect(unitPerluDiingatkan(semua, 100, 100).map((s) => s.kode)).toEqual(['A']);
  });

  it('picks none before the deadline or without one', () => {
    expect(unitPerluDiingatkan(semua, 100, 99)).toEqual([]);
    expect(unitPerluDiingatkan(semua, null, 10 ** 13)).toEqual([]);
  });
});
