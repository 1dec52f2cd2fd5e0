import logJson from '../../../sheets-templates/tab-log.json';
import { parseTataLetak } from '../../../src/server/domain/layout';
import { bacaLog, selBarisLog, type BarisLog } from '../../../src/server/domain/pelacakan/log';
import { segelBaris, segelSah } from '../../../src/server/domain/pelacakan/segel-log';

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

describe('the Log seal', () => {
  it('is the same for the same row and key, and changes with any field or another key', () => {
    const b = baris('unit-disahkan-PJRS');
    expect(segelBaris(KUNCI, b)).toBe(segelBaris(KUNCI, { ...b }));
    expect(segelBaris(KUNCI, b)).toMatch(/^[0-9a-f]{20}$/);
    for (const ubah of [{ pengguna: 'kabid.permas@contoh.go.id' }, { waktu: b.waktu + 1 }, { rincian: 'lain' }]) {
      expect(segelSah(KUNCI, { ...b, ...ubah }, segelBaris(KUNCI, b))).toBe(false);
    }
    expect(segelSah('kunci-lain', b, segelBaris(KUNCI, b))).toBe(false);
    // non-ASCII text is sealed as UTF-8 (the runtime has no TextEncoder)
    expect(segelBaris(KUNCI, baris('x', { rincian: 'Target 60–80 ÷ é' }))).not.toBe(segelBaris(KUNCI, baris('x')));
  });

  it('leaves out of the Log a row typed by hand (no seal or a wrong one) and names its sheet row', () => {
    const sah = baris('unit-disahkan-PJRS');
    const palsu = baris('unit-disahkan-PERMAS', { pengguna: 'kabid.permas@contoh.go.id' });
    const nilai = [
      judul,
      selBarisLog(judul, sah, segelBaris(KUNCI, sah)),
      selBarisLog(judul, palsu, ''),
      selBarisLog(judul, { ...sah, id: 'salinan' }, segelBaris(KUNCI, sah)),
    ];
    const log = bacaLog(nilai, TAB, KUNCI);
    expect(log.baris.map((b) => b.id)).toEqual(['unit-disahkan-PJRS']);
    expect(log.tidakSah).toEqual([
      { nomor: 3, aksi: 'unit-disahkan', id: 'unit-disahkan-PERMAS' },
      { nomor: 4, aksi: 'unit-disahkan', id: 'salinan' },
    ]);
    // without the key (a Log read for display), every row is shown
    expect(bacaLog(nilai, TAB).baris).toHaveLength(3);
  });
});
