import type { SopTemplate } from '../sop/types';
import { bacaMetode, metodeBawaan } from '../indikator/kumulasi';
import { bacaTarget } from '../indikator/target';
import type { IndikatorPK, Pengaturan } from './types';
import { aturanAtasanBawaan } from './atasan';
import { defaultWorkingCalendar, PENGATURAN_CAPAIAN_BAWAAN, SKALA_PREDIKAT_BAWAAN, TEMPLAT } from '../templat';

/**
 * The settings of an office's first cycle: people, units, numbering and the Perjanjian Kinerja from
 * sheets-templates/pengaturan-bawaan.json; signatory and place from kantor.json; capaian policy, working calendar and
 * each step's pelaksana from their own templates. Later cycles copy the previous cycle's Pengaturan tab instead.
 */
export function pengaturanBawaan(sop: SopTemplate): Pengaturan {
  const b = TEMPLAT.pengaturanBawaan;
  const kantorJson = TEMPLAT.kantor;
  return {
    namaInstansi: b.namaInstansi,
    singkatanInstansi: b.singkatanInstansi,
    tempat: kantorJson.tempat,
    unitKerja: b.unitKerja.map((u) => ({ ...u })),
    orang: b.orang.map((o) => ({ ...o, peran: [...o.peran] })),
    pelaksanaLangkah: Object.fromEntries(sop.steps.map((s) => [s.no, s.pelaksana])),
    penandatangan: { ...kantorJson.penandatangan },
    kalender: defaultWorkingCalendar(),
    penomoran: { ...b.penomoran },
    capaian: { varianNegatif: PENGATURAN_CAPAIAN_BAWAAN.varianNegatif, capping: PENGATURAN_CAPAIAN_BAWAAN.capping },
    skala: SKALA_PREDIKAT_BAWAAN,
    batasPengisian: b.batasPengisian,
    perjanjianKinerja: b.perjanjianKinerja.map(indikatorPKBawaan),
    anggaran: b.anggaran.map((a) => ({ ...a })),
    tembusan: [...b.tembusan],
    atasan: aturanAtasanBawaan(),
  };
}

interface IndikatorPKJson {
  unit: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  polaritas: string;
  target: number | string;
  targetTriwulan?: (number | string | null)[];
  metode?: string;
}

/** A PK row of the defaults: targets as numbers or ranges ("15–25"), the method by name or from the satuan. */
function indikatorPKBawaan(i: IndikatorPKJson): IndikatorPK {
  const target = (v: number | string | null | undefined) => {
    const hasil = bacaTarget(v);
    return hasil.ok ? hasil.target : null;
  };
  return {
    ...i,
    target: target(i.target) ?? String(i.target),
    targetTriwulan: [0, 1, 2, 3].map((n) => target(i.targetTriwulan?.[n])),
    metode: bacaMetode(i.metode ?? '') ?? metodeBawaan(i.satuan),
  };
}
