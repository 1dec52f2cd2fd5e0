/** The data in sheets-templates/, bundled into Code.js and checked once when first used. */
import sopJson from '../../sheets-templates/sop-pengukuran-kinerja.json';
import pelacakanJson from '../../sheets-templates/tab-pelacakan.json';
import { parseTataLetak } from './domain/layout';
import { parseSopTemplate } from './domain/sop/template';

export const TEMPLAT = {
  get sop() {
    return cached('sop', () => parseSopTemplate(sopJson));
  },
  get pelacakan() {
    return cached('pelacakan', () => parseTataLetak(pelacakanJson, 'sheets-templates/tab-pelacakan.json'));
  },
};

const cache = new Map<string, unknown>();

function cached<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}
