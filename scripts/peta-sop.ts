/** Rewrites the README's map of SOP steps to code (`npm run peta-sop`); a test fails when the README is behind. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AKAR, readmeDenganPeta } from './peta-sop/susun';

const berkas = join(AKAR, 'README.md');
writeFileSync(berkas, readmeDenganPeta(readFileSync(berkas, 'utf8')));
