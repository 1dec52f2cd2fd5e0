/** The data in sheets-templates/, bundled into Code.js and checked once when first used. */
import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import pelacakanJson from '../../../sheets-templates/tab-pelacakan.json';
import formulirJson from '../../../sheets-templates/tab-formulir.json';
import rekapJson from '../../../sheets-templates/tab-rekap.json';
import temuanJson from '../../../sheets-templates/tab-temuan.json';
import logJson from '../../../sheets-templates/tab-log.json';
import petunjukJson from '../../../sheets-templates/tab-petunjuk.json';
import { parseTataLetak } from './layout';
import { parseSopTemplate } from './sop/template';

export const TEMPLAT = {
  get sop() {
    return cached('sop', () => parseSopTemplate(sopJson));
  },
  get pelacakan() {
    return cached('pelacakan', () => parseTataLetak(pelacakanJson, 'sheets-templates/tab-pelacakan.json'));
  },
  get formulir() {
    return cached('formulir', () => parseTataLetak(formulirJson, 'sheets-templates/tab-formulir.json'));
  },
  get rekap() {
    return cached('rekap', () => parseTataLetak(rekapJson, 'sheets-templates/tab-rekap.json'));
  },
  get temuan() {
    return cached('temuan', () => parseTataLetak(temuanJson, 'sheets-templates/tab-temuan.json'));
  },
  get log() {
    return cached('log', () => parseTataLetak(logJson, 'sheets-templates/tab-log.json'));
  },
  get petunjuk() {
    return cached('petunjuk', () => parseTataLetak(petunjukJson, 'sheets-templates/tab-petunjuk.json'));
  },
};

const cache = new Map<string, unknown>();

function cached<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}
