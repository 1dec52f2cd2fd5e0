import {
  bacaStatus,
  keadaanBaris,
  rekonsiliasiUnit,
  type BarisUnit,
  type KonteksCatatan,
} from '../../../../src/server/domain/data/validasi/status-validasi';
import { idUnit, unitDisahkan } from '../../../../src/server/domain/data/validasi/pengesahan';
import { sidikBaris } from '../../../../src/server/domain/data/validasi/sidik';
import { temuanValidasi } from '../../../../src/server/domain/data/validasi/temuan-validasi';
import type { BarisLog } from '../../../../src/server/domain/pelacakan/log';
import { baris } from '../temuan/bantuan';

const JUDUL = { realisasi: 'Realisasi', penjelasan: 'Penjelasan / Kendala', validasi: 'Validasi' };
const konteks = (log: BarisLog[] = [], pengetik: string | null = null): KonteksCatatan => ({
  kode: 'SEKRE',
  langkah: 7,
  oleh: 'sakip.sekretaris@contoh.go.id',
  pengetik,
  nowMs: Date.UTC(2026, 7, 19, 3, 45, 12, 500),
  log,
  judulKolom: JUDUL,
});
const unit = (row: number, status: unknown, sidik: unknown, cells = {}): BarisUnit => ({
  baris: baris(row, cells),
  status,
  catatan: '',
  sidik,
});
const logRow = (aksi: string, id: string): BarisLog => ({ waktu: 0, pengguna: 'x', aksi, langkah: 7, rincian: '', id });

describe('bacaStatus and keadaanBaris', () => {
  it('reads the three statuses whatever the case and blanks, empty as "", anything else as null', () => {
    expect(['valid ', 'PERLU  PERBAIKAN', 'Perlu dicek ulang', '', '-', 'ok'].map(bacaStatus)).toEqual([
      'Valid',
      'Perlu perbaikan',
      'Perlu dicek ulang',
      '',
      '',
      null,
    ]);
  });

  it('tells a kept validation from a lost one, and "Valid" typed without a fingerprint', () => {
    const sidik = sidikBaris(baris(2));
    expect(keadaanBaris(unit(2, 'Valid', sidik))).toEqual({ jenis: 'valid' });
    expect(keadaanBaris(unit(2, 'Valid', sidik, { realisasi: '99' }))).toEqual({
      jenis: 'batal',
      berubah: ['realisasi'],
    });
    expect(keadaanBaris(unit(2, 'Valid', ''))).toEqual({ jenis: 'validBaru', sidik });
    expect(keadaanBaris(unit(2, 'Perlu perbaikan', sidik))).toEqual({ jenis: 'sidikUsang', status: 'Perlu perbaikan' });
    expect(keadaanBaris(unit(2, 'ok', ''))).toEqual({ jenis: 'tidakDikenal', teks: 'ok' });
    expect(keadaanBaris(unit(2, '', ''))).toEqual({ jenis: 'belum' });
    // a lost validation keeps the changed fields in the fingerprint cell, for the highlight
    expect(keadaanBaris(unit(2, 'Perlu dicek ulang', 'diubah:realisasi,x,target'))).toEqual({
      jenis: 'dicekUlang',
      berubah: ['realisasi', 'target'],
    });
    expect(keadaanBaris(unit(2, 'Perlu dicek ulang', ''))).toEqual({ jenis: 'dicekUlang', berubah: [] });
    // a reset stopped between its two cells, and "Valid" typed over a lost validation
    expect(keadaanBaris(unit(2, 'Perlu dicek ulang', sidik, { target: 5 }))).toEqual({
      jenis: 'batal',
      berubah: ['target'],
    });
    expect(keadaanBaris(unit(2, 'Valid', 'diubah:target'))).toEqual({ jenis: 'validBaru', sidik });
  });
});

describe('rekonsiliasiUnit', () => {
  it('takes a lost validation away, logs the changed fields and the typist, and skips blank rows', () => {
    const sidik = sidikBaris(baris(2));
    const kosong: BarisUnit = {
      baris: { unit: 'SEKRE', tab: 'Form SEKRE', rowNumber: 4, cells: {} },
      status: '',
      catatan: '',
      sidik: '',
    };
    const hasil = rekonsiliasiUnit(
      [
        unit(2, 'Valid', sidik, { realisasi: '99', penjelasan: 'hujan' }),
        unit(3, 'Valid', sidikBaris(baris(3))),
        kosong,
      ],
      konteks([], 'staf.sekre@contoh.go.id'),
    );
    expect(hasil.tulis).toEqual([{ rowNumber: 2, status: 'Perlu dicek ulang', sidik: 'diubah:realisasi,penjelasan' }]);
    expect(hasil.berubah).toEqual([{ rowNumber: 2, kolom: ['realisasi', 'penjelasan'] }]);
    expect(hasil.log).toEqual([
      {
        waktu: Date.UTC(2026, 7, 19, 3, 45, 12),
        pengguna: 'staf.sekre@contoh.go.id',
        aksi: 'validasi-batal',
        langkah: 7,
        rincian:
          'Tab "Form SEKRE" baris 2: diubah oleh staf.sekre@contoh.go.id setelah divalidasi (kolom "Realisasi", ' +
          '"Penjelasan / Kendala"); validasi dibatalkan.',
        id: 'validasi-batal-SEKRE-B2-1',
      },
    ]);
    expect(hasil.keadaan.map((k) => [k.baris.rowNumber, k.keadaan.jenis])).toEqual([
      [2, 'dicekUlang'],
      [3, 'valid'],
    ]);
  });

  it('fingerprints "Valid" typed in the sheet and drops a fingerprint left under another status', () => {
    const hasil = rekonsiliasiUnit([unit(2, 'Valid', ''), unit(3, 'Perlu perbaikan', 'v1:lama')], konteks());
    expect(hasil.tulis).toEqual([
      { rowNumber: 2, status: 'Valid', sidik: sidikBaris(baris(2)) },
      { rowNumber: 3, status: 'Perlu perbaikan', sidik: '' },
    ]);
    expect(hasil.log.map((b) => [b.aksi, b.pengguna, b.rincian])).toEqual([
      [
        'baris-divalidasi',
        'sakip.sekretaris@contoh.go.id',
        'Tab "Form SEKRE" baris 2: "Valid" diketik langsung di sheet (pengetik tidak tercatat).',
      ],
      [
        'baris-perlu-perbaikan',
        'sakip.sekretaris@contoh.go.id',
        'Tab "Form SEKRE" baris 3: "Perlu perbaikan" diketik langsung di sheet.',
      ],
    ]);
  });

  it('logs nothing twice: a re-run after the Log was written but not the cells adds no row', () => {
    const baru = unit(2, 'Valid', sidikBaris(baris(2)), { realisasi: '1' });
    const pertama = rekonsiliasiUnit([baru], konteks());
    const ulang = rekonsiliasiUnit([baru], konteks(pertama.log));
    expect(ulang.log).toEqual([]);
    expect(ulang.tulis).toEqual(pertama.tulis);
    // a later loss of the same row gets the next number
    const lagi = rekonsiliasiUnit(
      [baru],
      konteks([...pertama.log, logRow('baris-divalidasi', 'baris-divalidasi-SEKRE-B2-1')]),
    );
    expect(lagi.log.map((b) => b.id)).toEqual(['validasi-batal-SEKRE-B2-2']);
  });
});

describe('temuanValidasi', () => {
  it('reports rows waiting for the Kabid again and statuses that cannot be read, on the Validasi column', () => {
    const temuan = temuanValidasi(
      [
        { baris: baris(2), keadaan: { jenis: 'dicekUlang', berubah: ['realisasi'] } },
        { baris: baris(3), keadaan: { jenis: 'tidakDikenal', teks: 'ok' } },
        { baris: baris(4), keadaan: { jenis: 'valid' } },
      ],
      JUDUL,
    );
    expect(temuan.map((t) => [t.severity, t.row, t.column])).toEqual([
      ['peringatan', 2, 'Validasi'],
      ['galat', 3, 'Validasi'],
    ]);
    expect(temuan[1].message).toBe(
      'Tab "Form SEKRE", baris 3, kolom "Validasi": "ok" bukan status validasi; pilih "Valid" atau "Perlu perbaikan".',
    );
  });
});

describe('unitDisahkan / idUnit: sign-off in the Log', () => {
  it('follows the latest sign-off or reopening of the unit, ids numbered from the second one', () => {
    expect(idUnit([], 'unit-disahkan', 'PJ')).toBe('unit-disahkan-PJ');
    const log = [logRow('unit-disahkan', 'unit-disahkan-PJ'), logRow('unit-disahkan', 'unit-disahkan-PJRS')];
    expect([unitDisahkan(log, 'PJ'), unitDisahkan(log, 'PJRS'), unitDisahkan(log, 'SEKRE')]).toEqual([
      true,
      true,
      false,
    ]);
    const dibuka = [...log, logRow('unit-dibuka', idUnit(log, 'unit-dibuka', 'PJ'))];
    expect(dibuka[2].id).toBe('unit-dibuka-PJ-1');
    expect([unitDisahkan(dibuka, 'PJ'), unitDisahkan(dibuka, 'PJRS')]).toEqual([false, true]);
    expect(idUnit(dibuka, 'unit-disahkan', 'PJ')).toBe('unit-disahkan-PJ-2');
  });
});
