/**
 * A run killed at a chosen moment, for the integration tests of what a retry does after it: the execution ends at the
 * first service round trip after `sudah` holds (a Log row written, a file made), with the error real Apps Script gives
 * there (realFault), as a timeout or a killed run ends it. Found by trying each round trip in turn from a snapshot.
 */
import { realFault } from '../emulator/core/faults';
import type { LoadedScript } from './script';

export function matikanSetelah(script: LoadedScript, dokumen: string, jalankan: () => unknown, sudah: () => boolean) {
  const { world } = script;
  const awal = world.snapshot();
  const mark = world.calls.mark();
  jalankan();
  const calls = world.calls.since(mark).filter((c) => c.costClass !== 'local');
  for (const call of calls) {
    world.restore(awal);
    script.reload();
    world.faults.killAt(call.seq, (c) => realFault(c, dokumen));
    let pesan = '';
    try {
      jalankan();
    } catch (e) {
      pesan = (e as Error).message;
    }
    world.faults.clear();
    script.reload();
    if (sudah()) return { panggilan: `${call.type}.${call.method}`, pesan };
  }
  throw new Error('matikanSetelah: keadaan yang ditunggu tidak pernah terjadi sebelum panggilan terakhir');
}
