import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AKAR, readmeDenganPeta, susunPetaSop } from '../../scripts/peta-sop/susun';

describe("the README's map of SOP steps to code", () => {
  const readme = readFileSync(join(AKAR, 'README.md'), 'utf8');

  it('is the one made from sheets-templates and src/server/actions (run `npm run peta-sop` after a change)', () => {
    expect(readmeDenganPeta(readme)).toBe(readme);
  });

  it('has one row per SOP step, each naming code that exists', () => {
    const sop = JSON.parse(readFileSync(join(AKAR, 'sheets-templates/sop-pengukuran-kinerja.json'), 'utf8'));
    const baris = susunPetaSop().split('\n').slice(2);
    expect(baris).toHaveLength(sop.steps.length);
    for (const b of baris) {
      for (const [, berkas] of b.matchAll(/`(src\/[^`]+)`/g))
        expect(() => readFileSync(join(AKAR, berkas))).not.toThrow();
    }
  });
});
