import { surelSerahTerima } from '../../domain/formulir/surel-formulir';
import { tautanTab } from '../../domain/surel/susun-surel';
import { normalkan } from '../../domain/pengaturan/blok-tab';
import { type Orang, type Pengaturan } from '../../domain/pengaturan/types';
import { JUDUL_BLOK } from '../../domain/pengaturan/blok-pengaturan';
import { barisLog, type BarisLog } from '../../domain/pelacakan/log';
import { unitDisahkan } from '../../domain/data/validasi/pengesahan';
import { formatWaktuLokal } from '../../domain/format/tanggal';
import { denganKunci } from '../../gateways/lock';
import { bacaTabLog } from '../../gateways/sheets/log-tab';
import { pastikanKuotaSurel, kirimTercatat } from '../../gateways/mail';
import { bacaPengaturanSiklus, TAB_PENGATURAN } from '../../gateways/sheets/pengaturan-tab';
import { emailPengguna } from '../../gateways/script/session';
import { TEMPLAT } from '../../domain/templat';
import { kejadianTuntas, langkahAksi, konteksPelacakan } from '../../domain/pelacakan/langkah-aksi';
import { wajibPelaksana } from '../../domain/pengaturan/wewenang';
import { bukaSiklusKantor } from '../../gateways/sheets/cycle-registered';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { AKSI_REKAP, AKSI_SERAH_TERIMA } from '../../domain/pelacakan/aksi-log';
import type { HasilAksi } from '../../../shared/api';

const ID_DISERAHKAN = 'data-diserahkan';

/**
 * Step 8 (its pelaksana or the Tim SAKIP), once every unit is signed off by its Kabid ('unit-disahkan' in the Log)
 * and the Rekap is consolidated: mails the data officer the Rekap tab's link, once, and records step 8 as done. The
 * data officer is whoever holds, in Pengaturan, the role the SOP's step 8 names as its recipient ("Menyampaikan data
 * kinerja kepada Kasubbid Data"). A send that stopped half-way is not repeated unless `kirimUlang` is asked for.
 */
export function serahkanKePetugasData(spreadsheetId: string, kirimUlang = false): HasilAksi {
  const oleh = emailPengguna();
  const ss = bukaSiklusKantor(spreadsheetId);
  return denganKunci(() => {
    const p = bacaPengaturanSiklus(ss);
    const no = langkahAksi('serahkanKePetugasData');
    wajibPelaksana(p, oleh, no, 'menyerahkan data kepada petugas data');
    const log = bacaTabLog(ss, TEMPLAT.log);
    const sudah = log.baris.find((b) => b.id === ID_DISERAHKAN);
    if (sudah) {
      // a run ended after its Log write may not have drawn Pelacakan: draw it from the Log
      tulisKejadian(ss, konteksPelacakan(p), [], Date.now());
      return { berubah: false, pesan: `Data sudah diserahkan pada ${formatWaktuLokal(sudah.waktu)}: ${sudah.rincian}` };
    }
    const klaim = klaimSebelumnya(p, log.baris, kirimUlang);
    const petugas = petugasData(p, no);
    pastikanKuotaSurel(petugas.length, 'penyerahan data');
    const rekap = ss.getSheetByName(TEMPLAT.rekap.nama);
    if (!rekap) throw new Error(`Tab "${TEMPLAT.rekap.nama}" tidak ada di spreadsheet "${ss.getName()}".`);
    const nowMs = Date.now();
    const ke = klaim.length + 1;
    const kepada = petugas.map((o) => o.email.trim().toLowerCase());
    const baris = (aksi: string, id: string, rincian: string): BarisLog =>
      barisLog({ oleh, at: nowMs, langkah: no }, aksi, id, rincian);
    const konteks = konteksPelacakan(p);
    const nama = petugas.map((o) => o.nama || o.email).join(', ');
    const hasil = kirimTercatat(ss, konteks.penyunting, [
      {
        kunci: ID_DISERAHKAN,
        surel: {
          to: kepada,
          ...surelSerahTerima(
            { namaSiklus: ss.getName() },
            nama,
            tautanTab(ss.getUrl(), rekap.getSheetId()),
            p.unitKerja,
          ),
        },
        klaim: baris(AKSI_SERAH_TERIMA.dijadwalkan, `${ID_DISERAHKAN}-klaim-${ke}`, `kepada ${kepada.join(', ')}.`),
        terkirim: baris(AKSI_SERAH_TERIMA.diserahkan, ID_DISERAHKAN, `Tautan tab Rekap dikirim kepada ${nama}.`),
        gagal: (alasan) => baris(AKSI_SERAH_TERIMA.gagal, `${ID_DISERAHKAN}-gagal-${ke}`, `gagal dikirim: ${alasan}`),
      },
    ]);
    const mulai = klaim[0]?.waktu ?? nowMs;
    const kejadian = hasil.terkirim.length ? kejadianTuntas(konteks, log.events, no, oleh, mulai, nowMs) : [];
    tulisKejadian(ss, konteks, kejadian, nowMs, hasil.baris);
    if (hasil.gagal.length) throw new Error(`Email kepada petugas data gagal dikirim: ${hasil.gagal[0].alasan}`);
    return { berubah: true, pesan: `Data diserahkan kepada ${nama}. Langkah ${no} selesai.` };
  });
}

/**
 * Refuses a hand-over before every unit is signed off and the Rekap exists, or one that stopped half-way unless a
 * resend is asked for; the earlier claims otherwise.
 */
function klaimSebelumnya(p: Pengaturan, log: readonly BarisLog[], kirimUlang: boolean): BarisLog[] {
  const belum = p.unitKerja.filter((u) => !unitDisahkan(log, u.kode)).map((u) => u.kode);
  if (belum.length) {
    throw new Error(`Data belum dapat diserahkan: unit ${belum.join(', ')} belum disahkan Kabid (langkah 7).`);
  }
  if (!log.some((b) => b.aksi === AKSI_REKAP)) {
    throw new Error(`Data belum dapat diserahkan: tab "${TEMPLAT.rekap.nama}" belum disusun (jalankan Konsolidasi).`);
  }
  const klaim = log.filter((b) => b.aksi === AKSI_SERAH_TERIMA.dijadwalkan);
  const terakhir = log.lastIndexOf(klaim[klaim.length - 1]);
  const gagalSesudah = log.slice(terakhir + 1).some((b) => b.aksi === AKSI_SERAH_TERIMA.gagal);
  if (klaim.length && !gagalSesudah && !kirimUlang) {
    throw new Error(
      `Penyerahan data ${formatWaktuLokal(klaim[klaim.length - 1].waktu)} terhenti di tengah jalan sehingga belum pasti ` +
        'diterima: tanyakan ke petugas data, lalu kirim ulang bila perlu.',
    );
  }
  return klaim;
}

/** The holders of the role step `no` names as its recipient: the longest role of Pengaturan its text mentions. */
function petugasData(p: Pengaturan, no: number): Orang[] {
  const step = TEMPLAT.sop.steps.find((s) => s.no === no);
  const uraian = normalkan(step?.uraian ?? '');
  const pelaksana = normalkan(p.pelaksanaLangkah[no] ?? step?.pelaksana ?? '');
  const peran = [...new Set(p.orang.flatMap((o) => o.peran.map(normalkan)))]
    .filter((r) => r && r !== pelaksana && uraian.includes(r))
    .sort((a, b) => b.length - a.length)[0];
  const pemegang = peran ? p.orang.filter((o) => o.email.trim() && o.peran.some((r) => normalkan(r) === peran)) : [];
  if (!pemegang.length) {
    throw new Error(
      `Tab ${TAB_PENGATURAN}, blok ${JUDUL_BLOK.orang}, kolom "Peran": belum ada orang dengan peran penerima langkah ${no} ` +
        `("${step?.uraian ?? ''}").`,
    );
  }
  return pemegang;
}
