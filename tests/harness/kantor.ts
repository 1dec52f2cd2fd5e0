import sopJson from '../../sheets-templates/sop-pengukuran-kinerja.json';
import { pengaturanBawaan, pengaturanKeBaris, type Pengaturan } from '../../src/server/domain/pengaturan';
import { parseSopTemplate } from '../../src/server/domain/sop/template';
import { METADATA_SIAP, METADATA_SIKLUS } from '../../src/server/gateways/sheets/cycle-spreadsheet';
import type { LoadedScript } from './script';

export const SOP = parseSopTemplate(sopJson);

type Globals = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
};

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
    })),
  );
  return p;
}

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
