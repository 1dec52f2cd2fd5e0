/**
 * npm run bench: service calls and modelled seconds per action for small, medium and large cycles, through the built
 * Code.js on the emulator, against the lower bound (the distinct places an action must read or write) and the budget
 * in bench/budget.json. Exits 1 when an action exceeds its budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { World } from '../tests/emulator';
import { triggersOf } from '../tests/emulator/services/triggers';
import { ORANG } from '../tests/harness/kantor';
import { sembarang } from '../tests/harness/panggil';
import { buatSiklus } from '../tests/harness/siklus';

const UKURAN = { kecil: [5, 10], sedang: [15, 50], besar: [40, 200] } as const;
type Ukuran = keyof typeof UKURAN;
const SAKIP = ORANG.sekTim;
const ANGGOTA = ORANG.anggota;

interface Ukur {
  aksi: string;
  panggilan: number;
  detik: number;
  /** the distinct places the action must read or write: its lower bound in service round trips */
  batasBawah: number;
}

type Anggaran = Record<string, Record<Ukuran, { panggilan: number; detik: number }>>;

function ukur(world: World, aksi: string, batasBawah: number, kerja: () => void): Ukur {
  const awal = world.calls.mark();
  kerja();
  const calls = world.calls.since(awal);
  return { aksi, panggilan: calls.length, detik: world.latency.seconds(calls), batasBawah };
}

function jalankan(jumlahUnit: number, perUnit: number): Ukur[] {
  // the office's workbook and an earlier cycle whose settings carry the units and their Perjanjian Kinerja
  const s = buatSiklus({ mulai: false, ukuran: { unit: jumlahUnit, perUnit } });
  const { world } = s;
  const tab = 6 + jumlahUnit;
  const hasil: Ukur[] = [ukur(world, 'mulaiSiklus', tab + 2, () => s.mulaiSiklus('Triwulan II 2026'))];
  const diSiklus = { user: SAKIP, activeSpreadsheetId: s.id };
  world.clock.advance(90 * 60 * 1000);
  // Pengaturan and Log read, Log and Pelacakan written
  hasil.push(ukur(world, 'mulaiLangkah', 4, () => s.panggil('mulaiLangkah', ANGGOTA, 3)));
  hasil.push(ukur(world, 'panelSiklus', 2, () => s.jalankan('panelSiklus', diSiklus)));
  // each unit's form read, Rekap and Log written, Pengaturan read
  hasil.push(ukur(world, 'konsolidasi', jumlahUnit + 3, () => s.panggil('konsolidasi', SAKIP)));
  hasil.push(ukur(world, 'validasiData', jumlahUnit + 3, () => s.panggil('validasiData', SAKIP)));
  // one share and one mail per unit, Pengaturan and Log read, Log written
  hasil.push(ukur(world, 'kirimFormulir', 2 * jumlahUnit + 3, () => s.panggil('kirimFormulir', SAKIP)));
  world.clock.advance(60 * 60 * 1000);
  // the event of the reminder trigger mulaiSiklus installed for SAKIP, as Apps Script passes it
  const { id } = triggersOf(world).find((t) => t.handler === 'pemicuPengingatPerJam' && t.owner === SAKIP)!;
  const pemicu = sembarang<GoogleAppsScript.Events.TimeDriven>({ triggerUid: id });
  hasil.push(
    ukur(world, 'pemicuPengingatPerJam', 3, () =>
      s.jalankan('pemicuPengingatPerJam', { user: SAKIP, activeSpreadsheetId: s.bukuKerja }, pemicu),
    ),
  );
  return hasil;
}

function main(): void {
  const anggaran = JSON.parse(readFileSync(join(__dirname, '../bench/budget.json'), 'utf8')) as Anggaran;
  const lewat: string[] = [];
  console.log('ukuran  aksi                    panggilan  detik (model)  batas bawah  rasio');
  for (const [ukuran, [unit, indikator]] of Object.entries(UKURAN) as [Ukuran, readonly [number, number]][]) {
    for (const u of jalankan(unit, indikator)) {
      const rasio = u.panggilan / u.batasBawah;
      console.log(
        `${ukuran.padEnd(7)} ${u.aksi.padEnd(23)} ${String(u.panggilan).padStart(9)}  ${u.detik.toFixed(1).padStart(13)}` +
          `  ${String(u.batasBawah).padStart(11)}  ${rasio.toFixed(1).padStart(5)}`,
      );
      const batas = anggaran[u.aksi]?.[ukuran];
      if (!batas) lewat.push(`${u.aksi} (${ukuran}): tidak ada anggaran di bench/budget.json`);
      else if (u.panggilan > batas.panggilan || u.detik > batas.detik) {
        lewat.push(
          `${u.aksi} (${ukuran}): ${u.panggilan} panggilan / ${u.detik.toFixed(1)} s, anggaran ${batas.panggilan} / ${batas.detik} s`,
        );
      }
    }
  }
  if (lewat.length) {
    console.error(`\nMelewati anggaran:\n${lewat.map((l) => `- ${l}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nSemua aksi dalam anggaran (bench/budget.json).');
}

main();
