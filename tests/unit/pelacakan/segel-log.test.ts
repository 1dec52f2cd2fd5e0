import logJson from '../../../sheets-templates/tab-log.json';
import { parseTataLetak } from '../../../src/server/domain/layout';
import { bacaLog, selBarisLog, type BarisLog } from '../../../src/server/domain/pelacakan/log';
import { segelBaris, segelTanpaTempat } from '../../../src/server/domain/pelacakan/segel-log';

const TAB = parseTataLetak(logJson, 'tab-log.json');
const judul = TAB.kolom.map((k) => k.judul);
const KUNCI = 'kunci-rahasia-add-in';
const baris = (id: string, ubah: Partial<BarisLog> = {}): BarisLog => ({
  waktu: Date.UTC(2026, 7, 18, 2),
  pengguna: 'kabid.pjrs@contoh.go.id',
  aksi: 'unit-disahkan',
  langkah: 7,
  rincian: 'PJRS disahkan — 4 baris valid.',
  id,
  ...ubah,
});

/** The Log as the add-in writes it: row i (0-based) at sheet row i + 2, sealed for that place. */
const logDitulis = (ids: string[]): unknown[][] => [
  judul,
  ...ids.map((id, i) => selBarisLog(judul, baris(id), segelBaris(KUNCI, baris(id), i + 2))),
];
const kosongkan = (row: unknown[]): unknown[] => row.map(() => '');

describe('the Log seal', () => {
  it('is the same for the same row, place and key, and changes with any field, the place or another key', () => {
    const b = baris('unit-disahkan-PJRS');
    expect(segelBaris(KUNCI, b, 2)).toBe(segelBaris(KUNCI, { ...b }, 2));
    expect(segelBaris(KUNCI, b, 2)).toMatch(/^[0-9a-f]{20}$/);
    for (const ubah of [{ pengguna: 'kabid.permas@contoh.go.id' }, { waktu: b.waktu + 1 }, { rincian: 'lain' }]) {
      expect(segelBaris(KUNCI, { ...b, ...ubah }, 2)).not.toBe(segelBaris(KUNCI, b, 2));
    }
    expect(segelBaris(KUNCI, b, 3)).not.toBe(segelBaris(KUNCI, b, 2));
    expect(segelBaris('kunci-lain', b, 2)).not.toBe(segelBaris(KUNCI, b, 2));
    // non-ASCII text is sealed as UTF-8 (the runtime has no TextEncoder)
    expect(segelBaris(KUNCI, baris('x', { rincian: 'Target 60–80 ÷ é' }), 2)).not.toBe(
      segelBaris(KUNCI, baris('x'), 2),
    );
  });

  it('takes every row of an untouched Log and reports nothing', () => {
    const log = bacaLog(logDitulis(['a', 'b', 'c']), TAB, KUNCI, 4);
    expect(log.baris.map((b) => b.id)).toEqual(['a', 'b', 'c']);
    expect(log.tidakSah).toBeUndefined();
    // the next row goes to place 5, also when the recorded place lags behind (a run stopped before recording it)
    expect([log.tempat, bacaLog(logDitulis(['a', 'b', 'c']), TAB, KUNCI, 0).tempat]).toEqual([4, 4]);
  });

  it('leaves out of the Log a row typed by hand (no seal or a wrong one) and names its sheet row', () => {
    const sah = baris('unit-disahkan-PJRS');
    const palsu = baris('unit-disahkan-PERMAS', { pengguna: 'kabid.permas@contoh.go.id' });
    const nilai = [
      judul,
      selBarisLog(judul, sah, segelBaris(KUNCI, sah, 2)),
      selBarisLog(judul, palsu, ''),
      selBarisLog(judul, { ...sah, id: 'salinan' }, segelBaris(KUNCI, sah, 2)),
      // a whole row copied below, its seal with it: sealed for a place already taken
      selBarisLog(judul, sah, segelBaris(KUNCI, sah, 2)),
    ];
    const log = bacaLog(nilai, TAB, KUNCI);
    expect(log.baris.map((b) => b.id)).toEqual(['unit-disahkan-PJRS']);
    expect(log.tidakSah?.map(({ nomor, aksi, id }) => ({ nomor, aksi, id }))).toEqual([
      { nomor: 3, aksi: 'unit-disahkan', id: 'unit-disahkan-PERMAS' },
      { nomor: 4, aksi: 'unit-disahkan', id: 'salinan' },
      { nomor: 5, aksi: 'unit-disahkan', id: 'unit-disahkan-PJRS' },
    ]);
    expect(log.tidakSah?.[0].keterangan).toMatch(/tanpa segel add-in yang cocok .*tidak dipakai/);
    // without the key (a Log read for display), every row is shown
    expect(bacaLog(nilai, TAB).baris).toHaveLength(4);
  });

  it('reports rows deleted by hand in the middle, keeping the rows after them', () => {
    const nilai = logDitulis(['a', 'b', 'c', 'd', 'e']);
    nilai.splice(2, 2); // rows b and c deleted: d and e move up two places
    const log = bacaLog(nilai, TAB, KUNCI, 6);
    expect(log.baris.map((b) => b.id)).toEqual(['a', 'd', 'e']);
    expect(log.tidakSah).toEqual([
      { nomor: 3, aksi: '', id: '', keterangan: '2 baris Log sebelum baris ini hilang (dihapus)' },
    ]);
  });

  it('reports a row emptied by hand, and rows deleted at the end against the place the add-in recorded', () => {
    const nilai = logDitulis(['a', 'b', 'c', 'd']);
    nilai[2] = kosongkan(nilai[2]);
    nilai.pop(); // d deleted: only the recorded place (5) tells
    const log = bacaLog(nilai, TAB, KUNCI, 5);
    expect(log.baris.map((b) => b.id)).toEqual(['a', 'c']);
    expect(log.tidakSah).toEqual([
      { nomor: 3, aksi: '', id: '', keterangan: 'baris kosong di tengah Log (isinya dihapus)' },
      { nomor: 5, aksi: '', id: '', keterangan: '1 baris terakhir Log yang ditulis add-in hilang (dihapus)' },
    ]);
    expect(log.tempat).toBe(5);
    // a recorded place behind the Log (a run that stopped before recording it) is not a loss
    expect(bacaLog(logDitulis(['a', 'b']), TAB, KUNCI, 2).tidakSah).toBeUndefined();
  });

  it('reads a row inserted by hand as not the add-in’s, and the rows below it as intact', () => {
    const nilai = logDitulis(['a', 'b']);
    nilai.splice(2, 0, selBarisLog(judul, baris('sisipan'), 'abcdefabcdefabcdefab'));
    const log = bacaLog(nilai, TAB, KUNCI, 3);
    expect(log.baris.map((b) => b.id)).toEqual(['a', 'b']);
    expect(log.tidakSah?.map((t) => [t.nomor, t.id])).toEqual([[3, 'sisipan']]);
  });

  it('still reads a Log sealed before seals named their place, up to its first row that names it', () => {
    const lama = (id: string) => selBarisLog(judul, baris(id), segelTanpaTempat(KUNCI, baris(id)));
    const nilai = [
      judul,
      lama('a'),
      lama('b'),
      selBarisLog(judul, baris('c'), segelBaris(KUNCI, baris('c'), 4)),
      lama('d'),
    ];
    const log = bacaLog(nilai, TAB, KUNCI, 4);
    expect(log.baris.map((b) => b.id)).toEqual(['a', 'b', 'c']);
    expect(log.tidakSah?.map((t) => [t.nomor, t.id])).toEqual([[5, 'd']]);
  });
});

describe('the Log seal with blank rows', () => {
  it('takes the rows below a blank row inserted by hand as intact, reporting only the blank row', () => {
    const nilai = logDitulis(['a', 'b', 'c']);
    nilai.splice(3, 0, kosongkan([...judul]));
    const log = bacaLog(nilai, TAB, KUNCI, 4);
    expect(log.baris.map((b) => b.id)).toEqual(['a', 'b', 'c']);
    expect(log.tidakSah?.map((t) => t.nomor)).toEqual([4]);
  });
});

describe('the Log seal with rows changed by hand', () => {
  it('reports a changed row once, not as a gap before the row after it nor as a loss at the end', () => {
    for (const i of [2, 4]) {
      const nilai = logDitulis(['a', 'b', 'c']);
      nilai[i - 1] = selBarisLog(judul, baris(`ubah-${i}`), String(nilai[i - 1][judul.indexOf('Segel')]));
      const log = bacaLog(nilai, TAB, KUNCI, 4);
      expect(log.tidakSah?.map((t) => [t.nomor, t.id])).toEqual([[i, `ubah-${i}`]]);
    }
  });
});
