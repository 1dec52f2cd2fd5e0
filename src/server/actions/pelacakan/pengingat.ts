import { deriveStepStates } from '../../domain/pelacakan/status-langkah';
import { pemegangPelaksana } from '../../domain/pelacakan/pengingat/penerima';
import { pengingatJatuhTempo, type Pengingat } from '../../domain/pelacakan/pengingat/jatuh-tempo';
import { pengingatTercatat } from '../../domain/pelacakan/pengingat/kunci';
import { susunEmailPengingat } from '../../domain/pelacakan/pengingat/surel-pengingat';
import { catatHasilKirim, type HasilPengingat } from '../../domain/pelacakan/pengingat/hasil-pengingat';
import { pengingatBatasPengisian } from '../formulir/pengingat-batas';
import { barisLog, type BarisLog } from '../../domain/pelacakan/log';
import { denganKunci } from '../../gateways/lock';
import { bacaTabLog, tambahkanKeLog } from '../../gateways/sheets/log-tab';
import { bacaPengaturanSiklus } from '../../gateways/sheets/pengaturan-tab';
import { kirimTercatat, type Kiriman, sisaKuotaSurel } from '../../gateways/mail';
import { daftarSiklus } from '../../gateways/script/cycle-registry';
import { pasangPemicuPerJam, wajibDariPemicu } from '../../gateways/script/triggers';
import { bukaSpreadsheet } from '../../gateways/sheets/spreadsheet';
import { TEMPLAT } from '../../domain/templat';
import { wajibTimSakip } from '../../domain/pengaturan/wewenang';
import { emailPengguna } from '../../gateways/script/session';
import { AKSI_PENGINGAT } from '../../domain/pelacakan/aksi-log';
import { konteksPelacakan } from '../../domain/pelacakan/langkah-aksi';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HANDLER_PEMICU_PENGINGAT = 'pemicuPengingatPerJam';
const PENGGUNA_SISTEM = 'sistem (pengingat otomatis)';

/**
 * The hourly reminder run: for each cycle, emails the pelaksana of every running step that has passed its target,
 * once per step and putaran (see domain/reminders), within the remaining daily email quota.
 *
 * At most once, never twice: under the document lock, each reminder is first claimed with a Log row
 * 'pengingat-dijadwalkan' (flushed), then mailed, then its outcome logged ('pengingat-dikirim' or 'pengingat-gagal').
 * A claimed reminder is never sent again. If the execution dies between the claim and the mail, that reminder is
 * lost rather than sent twice: a missed nudge costs less than a duplicate, and the tracking sheet still shows the
 * step as late.
 */
function kirimPengingat(idSiklus: readonly string[]): HasilPengingat {
  return denganKunci(() => {
    const hasil: HasilPengingat = { dikirim: [], gagal: [], ditunda: 0, tanpaPenerima: [], dilewati: [] };
    let kuota = sisaKuotaSurel();
    for (const id of idSiklus) {
      try {
        const ss = bukaSpreadsheet(id);
        kuota = pengingatSiklus(ss, kuota, hasil);
        kuota = pengingatBatasPengisian(ss, kuota, hasil, PENGGUNA_SISTEM);
      } catch (e) {
        hasil.dilewati.push({ spreadsheetId: id, alasan: e instanceof Error ? e.message : String(e) });
      }
    }
    if (hasil.ditunda > 0) {
      console.warn(
        `Kuota email harian tidak cukup (sisa ${kuota} penerima): ${hasil.ditunda} pengingat ditunda ke jam berikutnya.`,
      );
    }
    for (const d of hasil.dilewati) console.warn(`Pengingat: spreadsheet ${d.spreadsheetId} dilewati. ${d.alasan}`);
    return hasil;
  });
}

/** Reminds what is due in one cycle; returns the quota left. */
function pengingatSiklus(ss: Spreadsheet, kuota: number, hasil: HasilPengingat): number {
  const tabLog = TEMPLAT.lembarPelacakan.log;
  const isi = bacaTabLog(ss, tabLog);
  const pengaturan = bacaPengaturanSiklus(ss);
  const { langkah: steps, penyunting } = konteksPelacakan(pengaturan);
  const keputusan = pengingatJatuhTempo({
    steps,
    states: deriveStepStates(steps, isi.events),
    kalender: pengaturan.kalender,
    sekarang: Date.now(),
    tercatat: pengingatTercatat(isi.baris),
    penerima: (step) => pemegangPelaksana(pengaturan, step),
  });
  const spreadsheetId = ss.getId();
  for (const p of keputusan.tanpaPenerima) hasil.tanpaPenerima.push({ spreadsheetId, kunci: p.kunci });

  const muat: Pengingat[] = [];
  for (const p of keputusan.kirim) {
    if (p.penerima.length > kuota) {
      hasil.ditunda += 1;
      continue;
    }
    kuota -= p.penerima.length;
    muat.push(p);
  }
  if (muat.length === 0) return kuota;

  const siklus = { namaSiklus: ss.getName(), url: ss.getUrl() };
  const kiriman: Kiriman[] = muat.map((p) => ({
    kunci: p.kunci,
    surel: { to: p.penerima, ...susunEmailPengingat(p, siklus) },
    klaim: barisPengingat(AKSI_PENGINGAT.dijadwalkan, p, `Kepada ${daftar(p)}.`, ''),
    terkirim: barisPengingat(AKSI_PENGINGAT.dikirim, p, `Terkirim kepada ${daftar(p)}.`, '/dikirim'),
    gagal: (alasan) =>
      barisPengingat(AKSI_PENGINGAT.gagal, p, `Gagal dikirim kepada ${daftar(p)}: ${alasan}`, '/gagal'),
  }));
  const kirim = kirimTercatat(ss, penyunting, kiriman);
  tambahkanKeLog(ss, tabLog, kirim.baris, penyunting);
  catatHasilKirim(spreadsheetId, kirim, hasil);
  return kuota;
}

function daftar(p: Pengingat): string {
  return p.penerima.join(', ');
}

function barisPengingat(aksi: string, p: Pengingat, rincian: string, akhiranId: string): BarisLog {
  return barisLog(
    { oleh: PENGGUNA_SISTEM, at: Date.now(), langkah: p.langkah },
    aksi,
    p.kunci + akhiranId,
    `Putaran ${p.putaran}. ${rincian}`,
  );
}

/** Installs the hourly reminder trigger for the current user, unless the user has one already. */
export function pasangPemicuPengingat(): { baru: boolean } {
  return pasangPemicuPerJam(HANDLER_PEMICU_PENGINGAT);
}

/**
 * Asked for by name (google.script.run): only a member of the Tim SAKIP of the workbook's latest cycle installs the
 * trigger, whose runs mail from their account.
 */
export function pasangPemicuPengingatTimSakip(): { baru: boolean } {
  const oleh = emailPengguna();
  const terakhir = daftarSiklus().semua().pop();
  if (!terakhir) {
    throw new Error(
      'Buku kerja ini belum mencatat siklus. Mulai siklus lewat menu Ekstensi › Pengukuran Kinerja › Mulai siklus ' +
        'baru: pemicu pengingat dipasang bersama siklusnya.',
    );
  }
  const apa = 'memasang pemicu pengingat';
  let ss: Spreadsheet;
  try {
    ss = bukaSpreadsheet(terakhir.spreadsheetId);
  } catch {
    throw new Error(
      `${oleh} tidak berwenang ${apa}: hanya Tim SAKIP, yang dapat membuka siklus terakhir buku kerja ini.`,
    );
  }
  wajibTimSakip(bacaPengaturanSiklus(ss), oleh, apa);
  return pasangPemicuPengingat();
}

/**
 * The trigger's run: every cycle the registry knows, with each cycle's own Pengaturan tab. Refused unless the
 * caller's own reminder trigger fired it: the mails go out from the account it runs as.
 */
export function kirimPengingatSiklusTerdaftar(e: unknown): HasilPengingat {
  wajibDariPemicu(HANDLER_PEMICU_PENGINGAT, e);
  return kirimPengingat(
    daftarSiklus()
      .semua()
      .map((s) => s.spreadsheetId),
  );
}
