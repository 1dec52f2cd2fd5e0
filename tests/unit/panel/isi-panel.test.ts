import {
  aksiYangBoleh,
  durasiTeks,
  susunPanelSiklus,
  type BahanPanel,
} from '../../../src/server/domain/panel/isi-panel';
import { deriveStepStates } from '../../../src/server/domain/pelacakan/status-langkah';
import type { StepEvent } from '../../../src/server/domain/pelacakan/kejadian-langkah';
import type { SopStep } from '../../../src/server/domain/sop/types';
import { localMs } from '../../../src/server/domain/zona-waktu';
import { defaultWorkingCalendar } from '../../../src/server/domain/templat';

const langkah: SopStep[] = [1, 2, 3, 4, 5].map((no) => ({
  no,
  uraian: `Uraian langkah ${no}`,
  pelaksana: no % 2 ? 'Anggota Tim Sakip' : 'Kepala Dinsospermasdes',
  kelengkapan: '',
  waktuMenit: 30,
  output: '',
  keterangan: '',
}));

let urut = 0;
function ev(step: number, type: StepEvent['type'], jam: number, menit: number, note?: string): StepEvent {
  const at = localMs(2026, 8, 12, jam, menit);
  return { id: `e${++urut}`, step, type, by: 'sakip.anggota@contoh.go.id', at, ...(note ? { note } : {}) };
}

// Rabu 12 Agustus 2026: step 1 on time, step 2 late, step 3 running past its target
const kejadian = [
  ev(1, 'mulai', 8, 0),
  ev(1, 'selesai', 8, 20),
  ev(2, 'mulai', 8, 30),
  ev(2, 'selesai', 9, 45, 'Format dibuat.'),
  ev(3, 'mulai', 10, 0),
];

function bahan(boleh: (no: number) => boolean, events = kejadian): BahanPanel {
  return {
    spreadsheetId: 'ss-1',
    judul: 'Pengukuran Kinerja',
    periode: 'Triwulan II Tahun 2026',
    langkah,
    states: deriveStepStates(langkah, events),
    kalender: defaultWorkingCalendar(),
    sekarang: localMs(2026, 8, 12, 11, 0),
    pengguna: { email: 'sakip.anggota@contoh.go.id', nama: 'Dewi', peran: ['Anggota Tim Sakip'], timSakip: true },
    boleh,
  };
}

describe('aksiYangBoleh', () => {
  it('offers only "Mulai langkah 1" on a fresh cycle, and nothing to someone who may not act', () => {
    const states = deriveStepStates(langkah, []);
    expect(aksiYangBoleh(langkah, states, () => true).map((a) => a.label)).toEqual(['Mulai langkah 1']);
    expect(aksiYangBoleh(langkah, states, () => false)).toEqual([]);
  });

  it('finishes running steps, starts the first unstarted one and reopens the step finished last', () => {
    const aksi = aksiYangBoleh(langkah, deriveStepStates(langkah, kejadian), () => true);
    expect(aksi.map((a) => [a.jenis, a.no, a.label])).toEqual([
      ['selesai', 3, 'Selesai langkah 3'],
      ['mulai', 4, 'Mulai langkah 4'],
      ['buka-kembali', 2, 'Buka kembali langkah 2'],
    ]);
    expect(aksi[0].uraian).toBe('Uraian langkah 3');
  });

  it('asks the permission rule per step', () => {
    const aksi = aksiYangBoleh(langkah, deriveStepStates(langkah, kejadian), (no) => no === 4);
    expect(aksi.map((a) => a.label)).toEqual(['Mulai langkah 4']);
  });
});

describe('susunPanelSiklus', () => {
  const panel = susunPanelSiklus(bahan(() => true));

  it('gives each step its timing status, in words as well, and working time against the target', () => {
    expect(panel.langkah.map((l) => [l.no, l.status, l.statusTeks, l.waktuTeks])).toEqual([
      [1, 'selesai tepat waktu', 'Selesai tepat waktu', '20 menit dari 30 menit'],
      [2, 'selesai terlambat', 'Selesai terlambat', '1 jam 15 menit dari 30 menit (lewat 45 menit)'],
      [3, 'terlambat', 'Berjalan, terlambat', '1 jam dari 30 menit (lewat 30 menit)'],
      [4, 'belum', 'Belum dimulai', 'Target 30 menit'],
      [5, 'belum', 'Belum dimulai', 'Target 30 menit'],
    ]);
    expect(panel.langkah[1]).toMatchObject({
      aktualMenit: 75,
      mulaiTeks: 'Mulai Rabu, 12 Agustus 2026 08.30 WIB',
      selesaiTeks: 'Selesai 09.45 WIB',
      oleh: 'sakip.anggota@contoh.go.id',
      catatan: 'Format dibuat.',
    });
  });

  it('names the next step (the first not finished) and counts the finished ones', () => {
    expect(panel.berikutnya).toEqual({
      no: 3,
      uraian: 'Uraian langkah 3',
      pelaksana: 'Anggota Tim Sakip',
      keadaan: 'Berjalan',
    });
    expect(panel.jumlahSelesai).toBe(2);
    expect(panel.diperbaruiTeks).toBe('Diperbarui 11.00 WIB');
  });

  it('writes the full date when a step finishes on another day', () => {
    const lintasHari = [...kejadian, { ...ev(3, 'selesai', 0, 0), at: localMs(2026, 8, 13, 8, 0) }];
    const l3 = susunPanelSiklus(bahan(() => true, lintasHari)).langkah[2];
    expect(l3.selesaiTeks).toBe('Selesai Kamis, 13 Agustus 2026 08.00 WIB');
  });

  it('has no next step once every step is finished', () => {
    const semua = langkah.flatMap((s) => [ev(s.no, 'mulai', 7 + s.no, 30), ev(s.no, 'selesai', 7 + s.no, 40)]);
    const selesai = susunPanelSiklus(bahan(() => true, semua));
    expect(selesai.berikutnya).toBeNull();
    expect(selesai.jumlahSelesai).toBe(5);
  });

  it('is plain data that survives JSON, as google.script.run requires (no Date, no undefined)', () => {
    expect(JSON.parse(JSON.stringify(panel))).toEqual(panel);
  });
});

describe('durasiTeks', () => {
  it.each([
    [0, '0 menit'],
    [45.4, '45 menit'],
    [60, '1 jam'],
    [1110, '18 jam 30 menit'],
    [60_000, '1.000 jam'],
  ])('%p menit -> %p', (menit, teks) => expect(durasiTeks(menit)).toBe(teks));
});
