/**
 * Both monitoring tabs from the readings of the registered cycles: the Monitoring SOP tab from the Logs of the cycles
 * of the chosen year, the Tren Kinerja tab from the Rekaps of that year and the year before. A cycle that could not
 * be read, or whose Log has rows the monitoring cannot use, is named in the tab; the rest is still built.
 */
import { konteksPelacakan } from '../pelacakan/langkah-aksi';
import type { Pengaturan } from '../pengaturan/types';
import type { SopStep } from '../sop/types';
import { labelKunciPeriode } from '../siklus/periode';
import { TEMPLAT } from '../templat';
import { bacaIndikatorRekap, type IndikatorRekap } from './baca-rekap';
import { langkahSiklus } from './langkah-siklus';
import type { LembarPantau } from './lembar';
import { lembarMonitoring, parafTercatat, type MasukanMonitoring } from './lembar-monitoring';
import { lembarTren } from './lembar-tren';
import { periodeTren, type PeriodeTren } from './periode-tren';
import type { MasalahLog, SiklusDibaca } from './siklus-dibaca';
import type { SiklusPantau, SiklusTerbaca } from './siklus-pantau';

export interface MasukanPemantauan {
  tahun: number;
  nowMs: number;
  /** the registered cycles of the year and the year before, in period order */
  siklus: readonly SiklusTerbaca[];
  /** the Monitoring SOP tab's values before the rebuild, for the Paraf Penilai typed in it */
  monitoringLama: readonly (readonly unknown[])[];
}

export interface HasilSusun {
  monitoring: LembarPantau;
  tren: LembarPantau;
  /** cycles of the chosen year whose Log was read */
  dibaca: number;
  /** "Triwulan III Tahun 2025: <why>" for every cycle left out of a tab */
  tidakTerbaca: string[];
  masalahLog: number;
}

const tahunKunci = (kunci: string) => Number(kunci.slice(0, 4));

function keadaanDibaca(s: SiklusPantau): string {
  return `Dibaca (${s.ditutup ? 'siklus ditutup dan diarsipkan' : 'siklus masih berjalan'})`;
}

function namaOrang(p: Pengaturan): (email: string) => string {
  const nama = new Map(p.orang.map((o) => [o.email.trim().toLowerCase(), o.nama.trim()]));
  return (email) => nama.get(email.trim().toLowerCase()) || email;
}

function bagianMonitoring(m: MasukanPemantauan) {
  const siklus: SiklusDibaca[] = [];
  const perSiklus: MasukanMonitoring['perSiklus'][number][] = [];
  const masalah: MasalahLog[] = [];
  let langkah: readonly SopStep[] = TEMPLAT.sop.steps;
  for (const s of m.siklus.filter((c) => tahunKunci(c.kunci) === m.tahun)) {
    const nama = labelKunciPeriode(s.kunci);
    const catat = (keadaan: string) =>
      siklus.push({ kunci: s.kunci, label: nama, spreadsheetId: s.spreadsheetId, keadaan });
    if (!s.bacaan.ok) catat(s.bacaan.alasan);
    else if (!s.bacaan.nilai.pengaturan.ok) catat(`Tab Pengaturan tidak terbaca: ${s.bacaan.nilai.pengaturan.alasan}`);
    else if (!s.bacaan.nilai.log.ok) catat(`Tab Log tidak terbaca: ${s.bacaan.nilai.log.alasan}`);
    else {
      const p = s.bacaan.nilai.pengaturan.nilai;
      const { isi, barisId } = s.bacaan.nilai.log.nilai;
      const konteks = konteksPelacakan(p);
      langkah = konteks.langkah;
      const hasil = langkahSiklus({
        siklus: nama,
        langkah,
        log: isi.baris,
        kalender: p.kalender,
        nowMs: m.nowMs,
        nama: namaOrang(p),
      });
      perSiklus.push({ label: nama, langkah: hasil.langkah });
      for (const t of isi.tidakSah ?? []) {
        masalah.push({
          siklus: nama,
          baris: t.nomor,
          masalah: `${t.aksi ? `Aksi "${t.aksi}", ID ${t.id}: ` : ''}${t.keterangan}.`,
        });
      }
      for (const d of hasil.ditolak) {
        masalah.push({
          siklus: nama,
          baris: barisId.get(d.id) ?? null,
          masalah: `Kejadian langkah tidak runtut: ${d.alasan}`,
        });
      }
      catat(keadaanDibaca(s.bacaan.nilai));
    }
  }
  return { siklus, perSiklus, masalah, langkah };
}

function bagianTren(m: MasukanPemantauan) {
  const siklus: SiklusDibaca[] = [];
  const periode: PeriodeTren[] = [];
  for (const s of m.siklus) {
    const nama = labelKunciPeriode(s.kunci);
    const catat = (keadaan: string) =>
      siklus.push({ kunci: s.kunci, label: nama, spreadsheetId: s.spreadsheetId, keadaan });
    if (!s.bacaan.ok) {
      catat(s.bacaan.alasan);
      continue;
    }
    const { pengaturan, rekap } = s.bacaan.nilai;
    if (!pengaturan.ok) catat(`Tab Pengaturan tidak terbaca: ${pengaturan.alasan}`);
    else {
      let indikator: IndikatorRekap[];
      try {
        indikator = rekap === null ? [] : bacaIndikatorRekap(rekap, TEMPLAT.rekap);
      } catch (e) {
        catat(`Tab Rekap tidak terbaca: ${(e as Error).message}`);
        continue;
      }
      if (!indikator.length) catat('Rekap belum disusun di siklus ini: periodenya tidak masuk tren.');
      else {
        periode.push(periodeTren(nama, indikator, pengaturan.nilai.skala));
        catat(keadaanDibaca(s.bacaan.nilai));
      }
    }
  }
  return { siklus, periode };
}

const tidakDibaca = (siklus: readonly SiklusDibaca[]) =>
  siklus.filter((s) => !s.keadaan.startsWith('Dibaca')).map((s) => `${s.label}: ${s.keadaan}`);

export function susunPemantauan(m: MasukanPemantauan): HasilSusun {
  const mon = bagianMonitoring(m);
  const tren = bagianTren(m);
  return {
    monitoring: lembarMonitoring({
      tahun: m.tahun,
      dibangunMs: m.nowMs,
      langkah: mon.langkah,
      siklus: mon.siklus,
      perSiklus: mon.perSiklus,
      masalah: mon.masalah,
      paraf: parafTercatat(m.monitoringLama),
    }),
    tren: lembarTren({ tahun: m.tahun, dibangunMs: m.nowMs, siklus: tren.siklus, periode: tren.periode }),
    dibaca: mon.perSiklus.length,
    tidakTerbaca: [...new Set([...tidakDibaca(mon.siklus), ...tidakDibaca(tren.siklus)])],
    masalahLog: mon.masalah.length,
  };
}
