import { ID_FORMULIR, statusFormulirUnit, unitPerluDiingatkan } from '../../domain/formulir/status-distribusi';
import { surelPengingatBatas } from '../../domain/formulir/surel-formulir';
import { tautanTabBernama } from '../../gateways/sheets/spreadsheet';
import { namaTabFormulir } from '../../domain/layout';
import { orangUnit } from '../../domain/pengaturan/peran';
import { barisLog, type BarisLog } from '../../domain/pelacakan/log';
import { sedangJamKerja } from '../../domain/jam-kerja/menit-kerja';
import { bacaTabLog, tambahkanKeLog } from '../../gateways/sheets/log-tab';
import { bacaPengaturanSiklus } from '../../gateways/sheets/pengaturan-tab';
import { TEMPLAT } from '../../domain/templat';
import { kirimTercatat, type Kiriman } from '../../gateways/mail';
import { konteksPelacakan } from '../../domain/pelacakan/langkah-aksi';
import { catatHasilKirim, type HasilPengingat } from '../../domain/pelacakan/pengingat/hasil-pengingat';
import { AKSI_FORMULIR } from '../../domain/pelacakan/aksi-log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Part of the hourly reminder run: once the Pengaturan deadline has passed, each unit that received its form and has
 * not marked it submitted gets ONE reminder mail, claimed in the Log under 'pengingat-batas-KODE' before it is sent
 * (at most once, as the step reminders), in working time only. Reminders the quota cannot cover wait for a later
 * hour. Returns the quota left.
 */
export function pengingatBatasPengisian(
  ss: Spreadsheet,
  kuota: number,
  hasil: HasilPengingat,
  pengguna: string,
): number {
  const p = bacaPengaturanSiklus(ss);
  const nowMs = Date.now();
  const batas = p.batasPengisian;
  // like the step reminders, nothing goes out outside working hours: it waits for the next hourly run in working time
  if (batas === null || nowMs < batas || !sedangJamKerja(p.kalender, nowMs)) return kuota;
  const log = bacaTabLog(ss, TEMPLAT.log);
  const status = p.unitKerja.map((u) => statusFormulirUnit(log.baris, u.kode));
  const jatuhTempo = new Set(unitPerluDiingatkan(status, batas, nowMs).map((s) => s.kode));
  if (jatuhTempo.size === 0) return kuota;
  const spreadsheetId = ss.getId();
  const siklus = { namaSiklus: ss.getName() };
  const kiriman: Kiriman[] = [];
  for (const u of p.unitKerja.filter((x) => jatuhTempo.has(x.kode))) {
    const kunci = ID_FORMULIR.pengingatBatas(u.kode);
    const kepada = [...new Set(orangUnit(p, u.kode).map((o) => o.email.trim().toLowerCase()))].filter(Boolean);
    if (kepada.length === 0) {
      hasil.tanpaPenerima.push({ spreadsheetId, kunci });
      continue;
    }
    if (kepada.length > kuota) {
      hasil.ditunda += 1;
      continue;
    }
    kuota -= kepada.length;
    const tautan = tautanTabBernama(ss, namaTabFormulir(u.kode));
    const baris = (aksi: string, akhiran: string, rincian: string): BarisLog =>
      barisLog({ oleh: pengguna, at: nowMs }, aksi, kunci + akhiran, `${u.kode}: ${rincian}`);
    kiriman.push({
      kunci,
      surel: { to: kepada, ...surelPengingatBatas(siklus, u, tautan, batas) },
      klaim: baris(AKSI_FORMULIR.pengingatBatas, '', `batas pengisian lewat, pengingat kepada ${kepada.join(', ')}.`),
      terkirim: baris(AKSI_FORMULIR.pengingatBatasDikirim, '/dikirim', `terkirim kepada ${kepada.join(', ')}.`),
      gagal: (alasan) => baris(AKSI_FORMULIR.pengingatBatasGagal, '/gagal', `gagal dikirim: ${alasan}`),
    });
  }
  const penyunting = konteksPelacakan(p).penyunting;
  const kirim = kirimTercatat(ss, penyunting, kiriman);
  tambahkanKeLog(ss, TEMPLAT.log, kirim.baris, penyunting);
  catatHasilKirim(spreadsheetId, kirim, hasil);
  return kuota;
}
