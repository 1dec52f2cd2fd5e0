import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAMA_UKURAN, readmeDenganTabel, type Hasil } from '../../scripts/bench/hasil';

const AKAR = join(__dirname, '../..');
const hasil = JSON.parse(readFileSync(join(AKAR, 'bench/results.json'), 'utf8')) as Hasil;

describe("README's speed table", () => {
  it('is the one made from bench/results.json (npm run bench writes both)', () => {
    const readme = readFileSync(join(AKAR, 'README.md'), 'utf8');
    expect(readmeDenganTabel(readme, hasil)).toBe(readme);
  });

  it('covers every endpoint Code.js exposes to the sidebar, menus and triggers at every size', () => {
    const index = readFileSync(join(AKAR, 'src/server/index.ts'), 'utf8');
    const endpoint = [...index.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
    // a menu entry runs the endpoint measured under its name; the new-cycle menu is measured as mulaiSiklus
    const diukurSebagai: Record<string, string> = {
      onInstall: 'onOpen',
      menuMulaiSiklusBaru: 'mulaiSiklus',
      menuMonitoringSop: 'bangunMonitoringSop',
      menuKirimFormulir: 'kirimFormulir',
      menuSusunRekap: 'konsolidasi',
      menuPeriksaIsian: 'validasiData',
    };
    expect(endpoint.filter((e) => !((diukurSebagai[e] ?? e) in hasil.aksi))).toEqual([]);
    for (const [aksi, perUkuran] of Object.entries(hasil.aksi))
      expect([aksi, Object.keys(perUkuran)]).toEqual([aksi, NAMA_UKURAN]);
  });
});
