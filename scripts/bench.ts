/**
 * npm run bench: every endpoint of the add-in measured for small, medium and large cycles (scripts/bench/skenario.ts)
 * through the built Code.js on the emulator — service calls, round trips, modelled seconds, the lower bound and the
 * ratio — written to bench/results.json and README's speed table, and checked against bench/budget.json. Exits 1 on
 * a breach, a new failure, or a known failure that no longer fails.
 *
 * `npm run bench -- --tulis-anggaran`: sets bench/budget.json from this run (scripts/bench/anggaran.ts, RUANG),
 * keeping its `_keterangan`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anggaranDari, periksaAnggaran, type Anggaran } from './bench/anggaran';
import { barisKonsol, JUDUL_KONSOL, NAMA_UKURAN, readmeDenganTabel, susunHasil, UKURAN } from './bench/hasil';
import { jalankanSkenario, type HasilAksi } from './bench/skenario';

const AKAR = join(__dirname, '..');
const BERKAS = {
  anggaran: join(AKAR, 'bench/budget.json'),
  hasil: join(AKAR, 'bench/results.json'),
  readme: join(AKAR, 'README.md'),
};

function main(): void {
  const mulai = Date.now();
  const perUkuran: Partial<Record<keyof typeof UKURAN, HasilAksi[]>> = {};
  console.log(JUDUL_KONSOL);
  for (const ukuran of NAMA_UKURAN) {
    perUkuran[ukuran] = jalankanSkenario(UKURAN[ukuran]);
    for (const h of perUkuran[ukuran]) console.log(barisKonsol(ukuran, h));
  }
  const hasil = susunHasil(perUkuran);
  writeFileSync(BERKAS.hasil, `${JSON.stringify(hasil, null, 2)}\n`);
  writeFileSync(BERKAS.readme, readmeDenganTabel(readFileSync(BERKAS.readme, 'utf8'), hasil));
  console.log(`\nbench/results.json dan tabel README ditulis (${((Date.now() - mulai) / 1000).toFixed(0)} s).`);

  const anggaran = JSON.parse(readFileSync(BERKAS.anggaran, 'utf8')) as Anggaran;
  if (process.argv.includes('--tulis-anggaran')) {
    writeFileSync(BERKAS.anggaran, `${JSON.stringify(anggaranDari(hasil, anggaran._keterangan), null, 2)}\n`);
    console.log('bench/budget.json ditetapkan dari pengukuran ini.');
    return;
  }
  const lewat = periksaAnggaran(hasil, anggaran);
  if (lewat.length) {
    console.error(`\nMelewati anggaran:\n${lewat.map((l) => `- ${l}`).join('\n')}`);
    process.exit(1);
  }
  console.log('Semua aksi dalam anggaran (bench/budget.json).');
}

main();
