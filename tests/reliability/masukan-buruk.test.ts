/**
 * The bad-input corpus (tests/reliability/masukan-buruk/*.json, read by masukan/kasus.ts): every case typed into the
 * same office, restored from one snapshot, and judged by masukan/jalankan.ts. The figure is printed and written to
 * docs/keandalan.md by hand. MASUKAN_KASUS runs only the cases whose id contains it.
 */
import { uiRecords } from '../emulator/spreadsheet/ui';
import { agu, ORANG } from '../harness/kantor';
import { siklus } from '../integration/validasi-siklus';
import { muatKorpus } from './masukan/kasus';
import { jalankanKasus, type HasilKasus } from './masukan/jalankan';

const PILIH = process.env.MASUKAN_KASUS ?? '';
const korpus = muatKorpus().filter((k) => k.id.includes(PILIH));
const hasil: HasilKasus[] = [];

afterAll(() => {
  const ditangani = hasil.filter((h) => h.ditangani).length;
  const gagal = hasil.filter((h) => !h.ditangani).map((h) => `- ${h.id}: ${h.alasan}`);
  console.log([`Masukan buruk: ${ditangani} ditangani / ${hasil.length}`, ...gagal].join('\n'));
});

describe('every bad input of the corpus is handled', () => {
  // the forms filled in, checked once (the Temuan tab and the edit trigger exist), then the corpus from that state
  const s = siklus();
  s.panggil('validasiData', { oleh: ORANG.sekTim, pada: agu(14, 9) });
  const awal = s.world.snapshot();

  it('holds at least 150 cases', () => {
    expect(muatKorpus().length).toBeGreaterThanOrEqual(150);
  });

  it.each(korpus.map((k) => [k.id, k] as const))('%s', (_id, kasus) => {
    s.world.restore(awal);
    uiRecords(s.world).answers.length = 0;
    s.script.reload();
    const h = jalankanKasus(s, kasus);
    hasil.push(h);
    expect(h.alasan ?? null).toBeNull();
  });
});
