/**
 * The one loader of sheets-templates/: the data bundled into Code.js, each file checked once when first used. No
 * other module imports those files.
 */
import aksiLangkahJson from '../../../sheets-templates/aksi-langkah.json';
import kalenderKerjaJson from '../../../sheets-templates/kalender-kerja.json';
import kantorJson from '../../../sheets-templates/kantor.json';
import pangkatJson from '../../../sheets-templates/pangkat.json';
import peringatanJson from '../../../sheets-templates/pelacakan-peringatan.json';
import pengaturanBawaanJson from '../../../sheets-templates/pengaturan-bawaan.json';
import pengaturanCapaianJson from '../../../sheets-templates/pengaturan-capaian.json';
import skalaPredikatJson from '../../../sheets-templates/skala-predikat.json';
import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import formulirJson from '../../../sheets-templates/tab-formulir.json';
import logJson from '../../../sheets-templates/tab-log.json';
import pelacakanJson from '../../../sheets-templates/tab-pelacakan.json';
import petunjukJson from '../../../sheets-templates/tab-petunjuk.json';
import rekapJson from '../../../sheets-templates/tab-rekap.json';
import temuanJson from '../../../sheets-templates/tab-temuan.json';
import perubahanTargetJson from '../../../sheets-templates/tab-perubahan-target.json';
import anggaranJson from '../../../sheets-templates/tab-anggaran.json';
import { muatPengaturanCapaian, type PengaturanCapaian } from './indikator/pengaturan-capaian';
import { muatSkalaPredikat, type SkalaPredikat } from './indikator/predikat';
import type { WorkingCalendar } from './jam-kerja/kalender';
import { parseWorkingCalendar } from './jam-kerja/kalender-schema';
import { parseTataLetak } from './layout';
import { muatTemplatPelacakan, type TemplatPelacakan } from './pelacakan/templat-pelacakan';
import { parseSopTemplate } from './sop/template';

const tataLetak = (json: unknown, berkas: string) => parseTataLetak(json, `sheets-templates/${berkas}`);

export const TEMPLAT = {
  get sop() {
    return cached('sop', () => parseSopTemplate(sopJson));
  },
  get pelacakan() {
    return cached('pelacakan', () => tataLetak(pelacakanJson, 'tab-pelacakan.json'));
  },
  get formulir() {
    return cached('formulir', () => tataLetak(formulirJson, 'tab-formulir.json'));
  },
  get rekap() {
    return cached('rekap', () => tataLetak(rekapJson, 'tab-rekap.json'));
  },
  get temuan() {
    return cached('temuan', () => tataLetak(temuanJson, 'tab-temuan.json'));
  },
  get perubahanTarget() {
    return cached('perubahanTarget', () => tataLetak(perubahanTargetJson, 'tab-perubahan-target.json'));
  },
  get anggaran() {
    return cached('anggaran', () => tataLetak(anggaranJson, 'tab-anggaran.json'));
  },
  get log() {
    return cached('log', () => tataLetak(logJson, 'tab-log.json'));
  },
  get petunjuk() {
    return cached('petunjuk', () => tataLetak(petunjukJson, 'tab-petunjuk.json'));
  },
  /** Log and Pelacakan layouts with the look and the Peringatan condition, checked against the SOP */
  get lembarPelacakan(): TemplatPelacakan {
    return cached('lembarPelacakan', () =>
      muatTemplatPelacakan({ log: logJson, pelacakan: pelacakanJson, peringatan: peringatanJson }, TEMPLAT.sop),
    );
  },
  /** background colours of the cells a finding or a validation points at */
  get warnaSorot() {
    return temuanJson.warnaSorot;
  },
  /** action name → the SOP step it finishes */
  get aksiLangkah(): Readonly<Record<AksiBerlangkah, unknown>> {
    return aksiLangkahJson;
  },
  get kantor() {
    return kantorJson;
  },
  get pengaturanBawaan() {
    return pengaturanBawaanJson;
  },
  /** the PNS ladder, for reading a signatory's pangkat */
  get pangkat() {
    return pangkatJson.pangkat;
  },
};

/** Actions that finish an SOP step when they are done (sheets-templates/aksi-langkah.json). */
export type AksiBerlangkah = Exclude<keyof typeof aksiLangkahJson, '_keterangan'>;

/** The national default calendar shipped in sheets-templates/kalender-kerja.json, checked on load. */
export function defaultWorkingCalendar(): WorkingCalendar {
  return parseWorkingCalendar(kalenderKerjaJson, 'sheets-templates/kalender-kerja.json');
}

export const PENGATURAN_CAPAIAN_BAWAAN: PengaturanCapaian = muatPengaturanCapaian(
  pengaturanCapaianJson,
  'sheets-templates/pengaturan-capaian.json',
);

export const SKALA_PREDIKAT_BAWAAN: SkalaPredikat = muatSkalaPredikat(
  skalaPredikatJson,
  'sheets-templates/skala-predikat.json',
);

const cache = new Map<string, unknown>();

function cached<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}
