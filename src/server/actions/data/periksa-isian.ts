import { kabidUnit, timSakip } from '../../domain/pengaturan/peran';
import type { BarisLog } from '../../domain/pelacakan/log';
import { judulKolomFormulir } from '../../domain/data/validasi/baris-formulir';
import { denganKunci } from '../../gateways/lock';
import { pasangPemicuEdit } from '../../gateways/script/triggers';
import { emailPengguna } from '../../gateways/script/session';
import { tulisTabTemuan, type BarisTemuan } from '../../gateways/sheets/temuan-tab';
import { lindungiKolomValidasi } from '../../gateways/sheets/validasi-columns';
import { bacaSheetFormulirUnit } from '../../gateways/sheets/formulir-read';
import { TEMPLAT } from '../../domain/templat';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { type Kejadian } from '../../domain/pelacakan/langkah-aksi';
import { bukaKembaliBilaPerlu, bukaSiklus, HANDLER_PEMICU_EDIT, periksaUnit, tulisUnit } from './siklus-validasi';
import { barisTemuan, hapusSorotUnit, pemeriksaIsian, sorotTemuan, temuanUnit } from './temuan-unit';
import { periksaTabAnggaran } from './temuan-anggaran';
import { temuanLog } from './temuan-log';
import { urutanTemuan } from '../../domain/data/temuan/temuan';
import { galatJudulFormulir, temuanTataLetak } from '../../domain/data/temuan/tata-letak-formulir';
import { rumusTautanSel } from '../../domain/data/temuan/tautan-sel';
import { bacaTabAnggaran } from '../../gateways/sheets/anggaran-tab';
import type { HasilAksi } from '../../../shared/api';

export interface HasilValidasi extends HasilAksi {
  galat: number;
  peringatan: number;
}

/**
 * Tim SAKIP: runs the validation rules over every unit's form and the Anggaran tab, rewrites the Temuan tab with links to the cells, and
 * highlights those cells in the units' tabs (backgrounds only). Brings the validation bookkeeping up to date on the
 * way and renews the Kabid-only protection of the validation columns.
 */
export function validasiData(spreadsheetId: string): HasilValidasi {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const s = bukaSiklus(spreadsheetId, oleh);
    if (!timSakip(s.p).some((o) => o.email.trim().toLowerCase() === oleh)) {
      throw new Error(`${oleh} tidak berwenang menjalankan validasi data: hanya Tim SAKIP (tab Pengaturan).`);
    }
    const judulKolom = judulKolomFormulir(TEMPLAT.formulir);
    // each form read once (values, formulas, number formats): for the checks and for the Rekap's numbers
    const { dibaca, temuanRusak } = formulirTerbaca(s.ss, s.p.unitKerja);
    const periksa = pemeriksaIsian(s, judulKolom, dibaca);
    const log: BarisLog[] = [];
    const kejadian: Kejadian[] = [];
    const semuaTemuan: BarisTemuan[] = [...temuanRusak];
    const unit = s.p.unitKerja
      .filter((uk) => dibaca.has(uk.kode))
      .map((uk) => {
        const { sheet, isi } = dibaca.get(uk.kode)!;
        const u = periksaUnit(s, uk.kode, null, log, { sheet, nilai: isi.nilai as unknown[][] });
        const kabid = kabidUnit(s.p, uk.kode);
        lindungiKolomValidasi(u.sheet, TEMPLAT.formulir, uk.kode, kabid ? [kabid.email] : [], u.isi.rows.length);
        log.push(...u.rek.log);
        bukaKembaliBilaPerlu(s, u, log, kejadian);
        const temuan = temuanUnit(s, u, periksa, judulKolom);
        semuaTemuan.push(...temuan.map((t) => barisTemuan(u, t)));
        return { u, temuan };
      });
    semuaTemuan.push(...periksaTabAnggaran(s.p, bacaTabAnggaran(s.ss)), ...temuanLog(s.ss, s.logTidakUtuh));
    semuaTemuan.sort(urutanTemuan(s.p.unitKerja.map((uk) => uk.kode)));
    tulisKejadian(s.ss, s.konteks, kejadian, s.nowMs, log);
    tulisTabTemuan(s.ss, TEMPLAT.temuan, semuaTemuan);
    for (const { u, temuan } of unit) {
      hapusSorotUnit(u);
      tulisUnit(u, u.rek.tulis);
      sorotTemuan(u, temuan);
    }
    pasangPemicuEdit(s.ss, HANDLER_PEMICU_EDIT);
    const galat = semuaTemuan.filter((t) => t.severity === 'galat').length;
    const peringatan = semuaTemuan.length - galat;
    return {
      berubah: true,
      galat,
      peringatan,
      pesan: `Validasi selesai: ${galat} galat, ${peringatan} peringatan (lihat tab "${TEMPLAT.temuan.nama}").`,
    };
  });
}

/** The caller must be the unit's Kabid; anyone else is refused with the tab and row they tried to change. */

/**
 * Every unit's form, read once; a form whose header row lacks a column is left out of the check and becomes that
 * unit's finding (tab, row 1, column), so one renamed header does not stop the check of every other unit.
 */
function formulirTerbaca(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, unitKerja: readonly { kode: string }[]) {
  const dibaca = new Map(unitKerja.map((uk) => [uk.kode, bacaSheetFormulirUnit(ss, uk.kode)]));
  const temuanRusak: BarisTemuan[] = [];
  for (const [kode, { sheet, isi }] of [...dibaca]) {
    const galat = galatJudulFormulir(TEMPLAT.formulir, isi.tab, isi.nilai[0] ?? []);
    if (!galat) continue;
    dibaca.delete(kode);
    const lokasi = rumusTautanSel(sheet.getSheetId(), sheet.getName(), 1, 1);
    temuanRusak.push(...temuanTataLetak(galat, kode).map((t) => ({ ...t, lokasi })));
  }
  return { dibaca, temuanRusak };
}
