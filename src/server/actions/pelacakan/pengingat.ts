import { deriveStepStates } from '../../domain/pelacakan/status-langkah';
import { orangPelaksana } from '../../domain/pelacakan/pengingat/penerima';
import { bagianTerbuka, type BagianTerbuka } from '../../domain/pelacakan/pengingat/bagian-terbuka';
import { atasanDari } from '../../domain/pengaturan/atasan';
import type { Orang, Pengaturan } from '../../domain/pengaturan/types';
import type { SopStep } from '../../domain/sop/types';
import type { Tautan } from '../../domain/surel/susun-surel';
import { namaTabFormulir } from '../../domain/layout';
import { pengingatJatuhTempo, type Pengingat } from '../../domain/pelacakan/pengingat/jatuh-tempo';
import { pengingatTercatat, type JenisPengingat } from '../../domain/pelacakan/pengingat/kunci';
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
import { bukaSpreadsheet, tautanTabBernama } from '../../gateways/sheets/spreadsheet';
import { TEMPLAT } from '../../domain/templat';
import { wajibTimSakip } from '../../domain/pengaturan/wewenang';
import { emailPengguna } from '../../gateways/script/session';
import { AKSI_ESKALASI, AKSI_PENGINGAT } from '../../domain/pelacakan/aksi-log';
import { konteksPelacakan, langkahAksi } from '../../domain/pelacakan/langkah-aksi';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HANDLER_PEMICU_PENGINGAT = 'pemicuPengingatPerJam';
const PENGGUNA_SISTEM = 'sistem (pengingat otomatis)';

/**
 * The hourly reminder run: for each cycle, emails the late people of every running step that has passed its target
 * (for a step carried unit by unit, only those whose part is open), and once it has run over twice its target the
 * people above them (Pengaturan's ATASAN block), each once per step and putaran (see domain/pelacakan/pengingat),
 * within the remaining daily email quota and in working time only.
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

/** Reminds and escalates what is due in one cycle; returns the quota left. */
function pengingatSiklus(ss: Spreadsheet, kuota: number, hasil: HasilPengingat): number {
  const tabLog = TEMPLAT.lembarPelacakan.log;
  const isi = bacaTabLog(ss, tabLog);
  const pengaturan = bacaPengaturanSiklus(ss);
  const { langkah: steps, penyunting } = konteksPelacakan(pengaturan);
  const siapa = pelaksanaTerbuka(pengaturan, isi.baris);
  const dasar = {
    steps,
    states: deriveStepStates(steps, isi.events),
    kalender: pengaturan.kalender,
    sekarang: Date.now(),
    penerima: (step: SopStep, jenis: JenisPengingat) => {
      const s = siapa(step);
      const orang = jenis === 'eskalasi' ? atasanDari(pengaturan, s.orang) : s.orang;
      return { email: orang.map((o) => o.email), terbuka: s.bagian?.map((b) => `${b.kode} – ${b.nama}`) ?? [] };
    },
  };
  const keputusan = (['pengingat', 'eskalasi'] as const).map((jenis) =>
    pengingatJatuhTempo({ ...dasar, jenis, tercatat: pengingatTercatat(isi.baris, jenis) }),
  );
  const spreadsheetId = ss.getId();
  const muat: Pengingat[] = [];
  for (const k of keputusan) {
    for (const p of k.tanpaPenerima) hasil.tanpaPenerima.push({ spreadsheetId, kunci: p.kunci });
    for (const p of k.kirim) {
      if (p.penerima.length > kuota) {
        hasil.ditunda += 1;
        continue;
      }
      kuota -= p.penerima.length;
      muat.push(p);
    }
  }
  if (muat.length === 0) return kuota;

  const tautan = tautanLangkah(ss, siapa);
  const kiriman: Kiriman[] = muat.map((p) => ({
    kunci: p.kunci,
    surel: { to: p.penerima, ...susunEmailPengingat(p, { namaSiklus: ss.getName(), tautan: tautan(p.step) }) },
    klaim: barisPengingat('dijadwalkan', p, `Kepada ${daftar(p)}.`, ''),
    terkirim: barisPengingat('dikirim', p, `Terkirim kepada ${daftar(p)}.`, '/dikirim'),
    gagal: (alasan) => barisPengingat('gagal', p, `Gagal dikirim kepada ${daftar(p)}: ${alasan}`, '/gagal'),
  }));
  const kirim = kirimTercatat(ss, penyunting, kiriman);
  tambahkanKeLog(ss, tabLog, kirim.baris, penyunting);
  catatHasilKirim(spreadsheetId, kirim, hasil);
  return kuota;
}

interface Pelaksana {
  orang: Orang[];
  /** the open parts of a step carried unit by unit; null for a step carried as a whole */
  bagian: BagianTerbuka[] | null;
}

/**
 * Who is late on a step: for the sign-off and the data collection (found from the SOP data: the step sahkanUnit
 * finishes, and the other steps of the Peringatan SOP) only those whose part is still open, else the step's pelaksana.
 */
function pelaksanaTerbuka(pengaturan: Pengaturan, log: readonly BarisLog[]): (step: SopStep) => Pelaksana {
  const pengesahan = langkahAksi('sahkanUnit');
  const per = {
    pengesahan,
    pengumpulan: TEMPLAT.lembarPelacakan.peringatan.langkah.filter((no) => no !== pengesahan),
  };
  return (step) => {
    const bagian = bagianTerbuka(step.no, per, pengaturan, log);
    return bagian
      ? { orang: bagian.flatMap((b) => b.orang), bagian }
      : { orang: orangPelaksana(pengaturan, step), bagian };
  };
}

/** The tab a step's mail links to: the late unit's form when one unit is late, else the Pelacakan SOP tab. */
function tautanLangkah(ss: Spreadsheet, siapa: (step: SopStep) => Pelaksana): (step: SopStep) => Tautan {
  const pelacakan = TEMPLAT.pelacakan.nama;
  return (step) => {
    const bagian = siapa(step).bagian;
    const nama = bagian?.length === 1 ? namaTabFormulir(bagian[0].kode) : pelacakan;
    return { teks: `Tab ${nama}`, url: tautanTabBernama(ss, nama) };
  };
}

function daftar(p: Pengingat): string {
  return p.penerima.join(', ');
}

const AKSI = { pengingat: AKSI_PENGINGAT, eskalasi: AKSI_ESKALASI };

function barisPengingat(
  hasil: keyof typeof AKSI_PENGINGAT,
  p: Pengingat,
  rincian: string,
  akhiranId: string,
): BarisLog {
  return barisLog(
    { oleh: PENGGUNA_SISTEM, at: Date.now(), langkah: p.langkah },
    AKSI[p.jenis][hasil],
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
