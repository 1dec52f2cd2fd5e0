/**
 * The office the tests and the local run play in: its SOP, the people and units of the default settings
 * (sheets-templates/pengaturan-bawaan.json), the calendar of August 2026, and earlier cycles of the office.
 */
import sopJson from '../../sheets-templates/sop-pengukuran-kinerja.json';
import { localMs } from '../../src/server/domain/zona-waktu';
import { pengaturanBawaan } from '../../src/server/domain/pengaturan/bawaan';
import { pengaturanKeBaris } from '../../src/server/domain/pengaturan/blok-pengaturan';
import { type Pengaturan } from '../../src/server/domain/pengaturan/types';
import { parseSopTemplate } from '../../src/server/domain/sop/template';
import { METADATA_SIAP, METADATA_SIKLUS } from '../../src/server/gateways/sheets/cycle-spreadsheet';
import type { LoadedScript } from './script';

export const SOP = parseSopTemplate(sopJson);

const BAWAAN = pengaturanBawaan(SOP);

/** The unit codes of the default settings, in their order. */
export const UNIT = BAWAAN.unitKerja.map((u) => u.kode);

function email(peran: string, unit?: string): string {
  const orang = BAWAAN.orang.find((o) => o.peran.includes(peran) && (unit === undefined || o.unit === unit));
  if (!orang) throw new Error(`Pengaturan bawaan: tidak ada ${peran}${unit ? ` unit ${unit}` : ''}.`);
  return orang.email;
}

const perUnit = (peran: string): Record<string, string> => Object.fromEntries(UNIT.map((k) => [k, email(peran, k)]));

/** The people of the default settings, by role: the emails the tests act as. */
export const ORANG = {
  /** Sek. Tim Sakip: makes the cycles, may act on every step */
  sekTim: email('Sek. Tim Sakip'),
  /** Anggota Tim Sakip */
  anggota: email('Anggota Tim Sakip'),
  /** pelaksana of steps 1, 5, 9 and 11 */
  kepala: email('Kepala Dinsospermasdes'),
  /** pelaksana of step 10, and the Kabid of the Sekretariat */
  sekretaris: email('Sekretaris'),
  /** the data officer of step 8 */
  data: email('Kasubbid Data'),
  /** each unit's Kabid, by unit code */
  kabid: perUnit('Kabid'),
  /** each unit's staff member, by unit code: no step of the SOP */
  staf: perUnit('Staf'),
};

/** Everyone of the default settings. */
export const SEMUA_ORANG = BAWAAN.orang.map((o) => o.email);

/** One hour, in ms. */
export const JAM = 3600000;

/** WIB wall-clock time in August 2026 (Rabu 12 Agustus is a working day: 07.30–16.00 WIB, break 12.00–13.00). */
export const agu = (tanggal: number, jam: number, menit = 0): number => localMs(2026, 8, tanggal, jam, menit);

/** The default settings grown to `jumlahUnit` units with a Kabid and a Staf each and `perUnit` indicators per unit. */
export function pengaturanUkuran(jumlahUnit: number, perUnit: number): Pengaturan {
  const p = pengaturanBawaan(SOP);
  const tambahan = Array.from({ length: Math.max(0, jumlahUnit - p.unitKerja.length) }, (_, i) => ({
    kode: `U${i + 1}`,
    nama: `Bidang Uji ${i + 1}`,
  }));
  p.unitKerja = [...p.unitKerja, ...tambahan].slice(0, jumlahUnit);
  const pegawai = (peran: string, u: { kode: string; nama: string }) => ({
    nama: `${peran} ${u.kode}`,
    email: `${peran.toLowerCase()}.${u.kode.toLowerCase()}@contoh.go.id`,
    peran: [peran],
    unit: u.kode,
    timSakip: false,
    jabatan: `${peran} ${u.nama}`,
    pangkat: '',
    nip: '',
  });
  p.orang = [...p.orang, ...tambahan.flatMap((u) => [pegawai('Kabid', u), pegawai('Staf', u)])];
  p.batasPengisian = Date.UTC(2026, 7, 21, 9, 0);
  p.perjanjianKinerja = p.unitKerja.flatMap((u) =>
    Array.from({ length: perUnit }, (_, i) => ({
      unit: u.kode,
      sasaran: `Sasaran ${i % 3}`,
      indikator: `Indikator ${u.kode} ${i + 1}`,
      satuan: '%',
      polaritas: i % 2 ? 'negatif' : 'positif',
      target: 10 + i,
      targetTriwulan: [null, null, null, null],
      metode: 'tetap' as const,
    })),
  );
  p.anggaran = p.unitKerja.map((u) => ({
    unit: u.kode,
    program: `Kegiatan ${u.kode}`,
    pagu: 100_000_000,
    indikator: perUnit ? `Indikator ${u.kode} 1` : '',
    sumber: 'DPA 2026',
  }));
  return p;
}

type Globals = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
};

/**
 * An earlier cycle of the office (kunci, e.g. "2026-TW1") whose Pengaturan tab carries `p`, registered in the
 * office workbook `hostId`: the next "Mulai siklus baru" seeds its settings and forms from it.
 */
export function siklusSebelumnya(script: LoadedScript, user: string, hostId: string, p: Pengaturan, kunci: string) {
  const g = script.context as unknown as Globals;
  return script.world.run({ user, activeSpreadsheetId: hostId }, () => {
    const ss = g.SpreadsheetApp.create(`Pengukuran Kinerja ${kunci}`);
    const rows = pengaturanKeBaris(p, SOP);
    const tab = ss.getSheets()[0].setName('Pengaturan');
    tab.insertRowsAfter(tab.getMaxRows(), rows.length);
    tab.getRange(1, 1, rows.length, rows[0].length).setNumberFormat('@').setValues(rows);
    ss.addDeveloperMetadata(METADATA_SIKLUS, kunci);
    ss.addDeveloperMetadata(METADATA_SIAP, 'ya');
    g.PropertiesService.getDocumentProperties().setProperty(`siklus:${kunci}`, ss.getId());
    return ss.getId();
  });
}
