import { realFault } from '../emulator/core/faults';
import { uiRecords } from '../emulator/spreadsheet/ui';
import { AKSI } from './aksi';
import { proyeksi } from './proyeksi';
import { perbedaan } from './sapuan';

it('periksa', () => {
  const aksi = AKSI.find((a) => a.nama === process.env.A)!;
  const ks = (process.env.K ?? '0').split(',').map(Number);
  const { script, jalankan, dokumen, sesudah = () => undefined } = aksi.siapkan();
  const world = script.world;
  const sekali = () => {
    uiRecords(world).answers.length = 0;
    script.reload();
    return jalankan();
  };
  const snap = world.snapshot();
  const mark = world.calls.mark();
  const r0 = sekali();
  const calls = world.calls.since(mark).filter((c) => c.costClass !== 'local');
  sesudah();
  const bersih = proyeksi(world);
  for (const k of ks) {
    world.restore(snap);
    world.faults.killAt(calls[k].seq, (c) => realFault(c, dokumen));
    let e1 = '';
    try {
      sekali();
    } catch (e) {
      e1 = (e as Error).message;
    }
    world.faults.clear();
    let r2: unknown;
    try {
      r2 = sekali();
    } catch (e) {
      r2 = 'THROW ' + (e as Error).message;
    }
    try {
      sesudah();
    } catch (e) {
      r2 = 'SESUDAH ' + (e as Error).message;
    }
    const p = proyeksi(world);
    console.log(
      k,
      calls
        .slice(Math.max(0, k - 3), k + 2)
        .map((c) => `${c.type}.${c.method}`)
        .join(' '),
      '\nfault:',
      e1,
      '\nclean:',
      JSON.stringify(r0)?.slice(0, 300),
      '\nretry:',
      JSON.stringify(r2)?.slice(0, 600),
      '\ndiff:',
      perbedaan(bersih, p),
      '\n',
      JSON.stringify(p).length,
    );
  }
});
