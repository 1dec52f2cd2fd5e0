/**
 * SOP steps 9–11 on the latest version of the Dokumen Pengukuran Kinerja: correction by the Kepala (commenter access
 * and one mail), approval (one mail with the Doc and PDF links) and signing (recorded; the document becomes read-only).
 * Each action records its own Log row (id per version, so a retried click adds nothing) and stamps its step; step
 * numbers come from sheets-templates/aksi-langkah.json.
 *
 * Drive access: under the drive.file scope the add-in reaches a file only for the person it created it for, so the
 * actions that change sharing (kirimUntukKoreksi, catatPenandatanganan) are done by the member of the Tim SAKIP who
 * generated the version; the Log names the signatory and who recorded it. The add-in never draws a signature.
 */
import { deriveStepStates } from '../../domain/pelacakan/status-langkah';
import {
  barisAksiVersi,
  dokumenTercatat,
  idBarisDokumen,
  urlDoc,
  urlPdf,
  type DokumenTercatat,
} from '../../domain/dokumen/catatan-dokumen';
import type { IsiSurel } from '../../domain/surel/susun-surel';
import { surelKoreksi, surelPersetujuan, type DokumenSurel } from '../../domain/dokumen/surel-dokumen';
import { pelaksanaLangkah } from '../../domain/pengaturan/peran';
import { type Orang } from '../../domain/pengaturan/types';
import { barisLog, type BarisLog } from '../../domain/pelacakan/log';
import { formatWaktuLokal } from '../../domain/format/tanggal';
import { jadikanHanyaBaca, pastikanAkses } from '../../gateways/drive/files';
import { denganKunci } from '../../gateways/lock';
import { pastikanKuotaSurel, kirimTercatat } from '../../gateways/mail';
import { emailPengguna } from '../../gateways/script/session';
import { TEMPLAT, type AksiBerlangkah } from '../../domain/templat';
import { kejadianTuntas, langkahAksi, konteksPelacakan, type Kejadian } from '../../domain/pelacakan/langkah-aksi';
import { wajibPelaksana, wajibTimSakip } from '../../domain/pengaturan/wewenang';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { AKSI_DOKUMEN } from '../../domain/pelacakan/aksi-log';
import { bacaSiklusDokumen, type SiklusDokumen } from '../../gateways/sheets/cycle-read';

/** Plain data for google.script.run. */
export interface HasilAksiDokumen {
  berubah: boolean;
  pesan: string;
}

type CaraTandaTangan = 'TTE' | 'basah';
export interface Penandatanganan {
  cara: CaraTandaTangan;
  /** link to the signed PDF (scanned paper or the TTE file) */
  tautanPdf: string;
}

const CARA: Record<CaraTandaTangan, string> = {
  TTE: 'tanda tangan elektronik tersertifikasi (TTE)',
  basah: 'tanda tangan basah di atas kertas',
};

/** Step 9 starts: the Kepala may comment on the document and read its PDF, and gets the link once (Tim SAKIP). */
export function kirimUntukKoreksi(spreadsheetId: string): HasilAksiDokumen {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const s = bacaSiklusDokumen(spreadsheetId);
    wajibTimSakip(s.p, oleh, 'mengirim dokumen untuk dikoreksi');
    const no = langkahAksi('kirimUntukKoreksi');
    const d = versiTerakhir(s);
    const kepala = pelaksana(s, no);
    pastikanAksesPembuat(s, d, oleh);
    pastikanAkses(d.docId, kepala.email, 'commenter');
    pastikanAkses(d.pdfId, kepala.email, 'reader');
    return kirimSekali(s, d, oleh, {
      aksi: AKSI_DOKUMEN.dikirimKoreksi,
      no,
      kepada: kepala,
      untuk: 'dikoreksi',
      surel: surelKoreksi(surelDari(s, d), kepala.nama, namaOrang(s, oleh)),
      kejadian: (nowMs) => kejadianMulai(s, no, oleh, nowMs),
    });
  });
}

/** Step 9 finishes: the correction is done (the Kepala or Tim SAKIP), with an optional note. */
export function koreksiSelesai(spreadsheetId: string, catatan?: string): HasilAksiDokumen {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const s = bacaSiklusDokumen(spreadsheetId);
    const no = langkahAksi('koreksiSelesai');
    wajibPelaksana(s.p, oleh, no, 'mencatat koreksi selesai');
    const d = versiTerakhir(s);
    const catatanBersih = typeof catatan === 'string' ? catatan.trim() : '';
    return catatSekali(
      s,
      'koreksiSelesai',
      AKSI_DOKUMEN.koreksiSelesai,
      d,
      oleh,
      (waktu) =>
        `Koreksi ${d.nama} selesai, dicatat oleh ${namaOrang(s, oleh)} pada ${waktu}` +
        (catatanBersih ? `: ${catatanBersih}` : '.'),
    );
  });
}

/** Step 10: the Sekretaris (or Tim SAKIP) sends the document to the Kepala for approval, once per version. */
export function kirimUntukPersetujuan(spreadsheetId: string): HasilAksiDokumen {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const s = bacaSiklusDokumen(spreadsheetId);
    const no = langkahAksi('kirimUntukPersetujuan');
    wajibPelaksana(s.p, oleh, no, 'mengirim dokumen untuk persetujuan');
    const d = versiTerakhir(s);
    const kepala = pelaksana(s, langkahAksi('catatPenandatanganan'));
    return kirimSekali(s, d, oleh, {
      aksi: AKSI_DOKUMEN.dikirimPersetujuan,
      no,
      kepada: kepala,
      untuk: 'persetujuan',
      surel: surelPersetujuan(surelDari(s, d), kepala.nama, namaOrang(s, oleh)),
      kejadian: (nowMs) => kejadianTuntas(konteksPelacakan(s.p), s.events, no, oleh, nowMs, nowMs),
    });
  });
}

interface Kiriman {
  aksi: string;
  no: number;
  kepada: Orang;
  /** "dikoreksi", "persetujuan" */
  untuk: string;
  surel: IsiSurel;
  kejadian: (nowMs: number) => Kejadian[];
}

/**
 * One mail per version, claimed in the Log before it goes out (kirimTercatat), with the step events beside its
 * outcome. A re-run sends nothing again; it only records the step events a stopped run left out. A mail that failed
 * or whose outcome is unknown is reported, not resent: the link is in the message for sending by hand.
 */
function kirimSekali(s: SiklusDokumen, d: DokumenTercatat, oleh: string, k: Kiriman): HasilAksiDokumen {
  const id = idBarisDokumen(k.aksi, d.versi);
  const nowMs = new Date().getTime();
  const konteks = konteksPelacakan(s.p);
  const klaim = barisAksiVersi(s.log, k.aksi, d.versi);
  if (klaim) {
    const kejadian = k.kejadian(nowMs);
    // also with nothing new: a run ended after its Log write may not have drawn Pelacakan
    tulisKejadian(s.ss, konteks, kejadian, nowMs);
    const terkirim = s.log.some((b) => b.id === `${id}/dikirim`);
    return {
      berubah: kejadian.length > 0,
      pesan: terkirim
        ? `${d.nama} sudah dikirim kepada ${k.kepada.nama} untuk ${k.untuk}.`
        : `Email ${k.untuk} kepada ${k.kepada.nama} sebelumnya gagal atau tidak pasti terkirim (lihat Log); ` +
          `kirimkan tautannya langsung: ${urlDoc(d.docId)}`,
    };
  }
  pastikanKuotaSurel(1, `pengiriman dokumen untuk ${k.untuk}`);
  const baris = (akhiran: string, rincian: string): BarisLog =>
    barisLog({ oleh, at: nowMs, langkah: k.no }, k.aksi, `${id}${akhiran}`, rincian);
  const { email, nama } = k.kepada;
  const hasil = kirimTercatat(s.ss, konteks.penyunting, [
    {
      kunci: email,
      surel: { to: [email], ...k.surel },
      klaim: baris('', `${d.nama} dikirim kepada ${nama} (${email}) untuk ${k.untuk}.`),
      terkirim: baris('/dikirim', `terkirim kepada ${email}.`),
      gagal: (alasan) => baris('/gagal', `email ke ${email} gagal: ${alasan}`),
    },
  ]);
  tulisKejadian(s.ss, konteks, k.kejadian(nowMs), nowMs, hasil.baris);
  const gagal = hasil.gagal[0]?.alasan;
  return {
    berubah: true,
    pesan: gagal
      ? `Email ${k.untuk} kepada ${nama} gagal dikirim: ${gagal}. Kirimkan tautannya langsung: ${urlDoc(d.docId)}`
      : `${d.nama} dikirim kepada ${nama} untuk ${k.untuk}.`,
  };
}

/**
 * Step 11: records that the signatory signed the latest version (TTE or on paper) with the signed PDF's link, and
 * makes the Google Doc and its PDF read-only for everyone but their owner. Recorded by the Tim SAKIP member who
 * generated the version, on the signatory's behalf (see the module comment).
 */
export function catatPenandatanganan(spreadsheetId: string, ttd: Penandatanganan): HasilAksiDokumen {
  const oleh = emailPengguna();
  const cara = ttd?.cara;
  if (cara !== 'TTE' && cara !== 'basah') throw new Error('Cara penandatanganan harus "TTE" atau "basah".');
  const tautan = typeof ttd.tautanPdf === 'string' ? ttd.tautanPdf.trim() : '';
  if (!/^https:\/\/\S+$/.test(tautan)) {
    throw new Error(
      'Tautan PDF yang sudah ditandatangani harus berupa alamat https:// (misalnya tautan Google Drive).',
    );
  }
  return denganKunci(() => {
    const s = bacaSiklusDokumen(spreadsheetId);
    wajibTimSakip(s.p, oleh, 'mencatat penandatanganan dokumen');
    const d = versiTerakhir(s);
    pastikanAksesPembuat(s, d, oleh);
    jadikanHanyaBaca(d.docId);
    jadikanHanyaBaca(d.pdfId);
    const { penandatangan } = s.p;
    return catatSekali(
      s,
      'catatPenandatanganan',
      AKSI_DOKUMEN.ditandatangani,
      d,
      oleh,
      (waktu) =>
        `${d.nama} ditandatangani oleh ${penandatangan.nama} (${penandatangan.jabatan}) dengan ${CARA[cara]}; ` +
        `dicatat oleh ${namaOrang(s, oleh)} pada ${waktu}. PDF bertanda tangan: ${tautan}. ` +
        'Dokumen kini hanya dapat dibaca.',
    );
  });
}

/** A Log row for the version and the step finished, unless the row is there already. */
function catatSekali(
  s: SiklusDokumen,
  aksiLangkah: AksiBerlangkah,
  aksi: string,
  d: DokumenTercatat,
  oleh: string,
  rincian: (waktu: string) => string,
): HasilAksiDokumen {
  const ada = barisAksiVersi(s.log, aksi, d.versi);
  const nowMs = new Date().getTime();
  const konteks = konteksPelacakan(s.p);
  if (ada) {
    // a run ended after its Log write may not have drawn Pelacakan: draw it from the Log
    tulisKejadian(s.ss, konteks, [], nowMs);
    return { berubah: false, pesan: ada.rincian };
  }
  const no = langkahAksi(aksiLangkah);
  const baris: BarisLog = barisLog(
    { oleh, at: nowMs, langkah: no },
    aksi,
    idBarisDokumen(aksi, d.versi),
    rincian(formatWaktuLokal(nowMs)),
  );
  tulisKejadian(s.ss, konteks, kejadianTuntas(konteks, s.events, no, oleh, nowMs, nowMs), nowMs, [baris]);
  return { berubah: true, pesan: baris.rincian };
}

function kejadianMulai(s: SiklusDokumen, no: number, oleh: string, nowMs: number): Kejadian[] {
  const state = deriveStepStates(konteksPelacakan(s.p).langkah, s.events).find((x) => x.no === no);
  return state?.status === 'belum' ? [{ permintaan: { type: 'mulai', step: no }, oleh, at: nowMs }] : [];
}

function versiTerakhir(s: SiklusDokumen): DokumenTercatat {
  const semua = dokumenTercatat(s.log);
  const d = semua[semua.length - 1];
  if (!d) throw new Error('Dokumen Pengukuran Kinerja belum dibuat untuk siklus ini. Buat dokumen dahulu.');
  return d;
}

/** The person holding the step's pelaksana role (the Kepala for steps 9 and 11). */
function pelaksana(s: SiklusDokumen, no: number): Orang {
  const peran = pelaksanaLangkah(s.p, TEMPLAT.sop, no) ?? '';
  const o = s.p.orang.find((x) => x.peran.some((r) => r.toLowerCase() === peran.toLowerCase()) && x.email);
  if (!o)
    throw new Error(`Tab Pengaturan, blok ORANG DAN PERAN: belum ada orang dengan peran "${peran}" (langkah ${no}).`);
  return o;
}

/** Sharing a version can only be changed by whoever generated it (drive.file); others are told whom to ask. */
function pastikanAksesPembuat(s: SiklusDokumen, d: DokumenTercatat, oleh: string): void {
  const pembuat = s.log.find((b) => b.id === idBarisDokumen(AKSI_DOKUMEN.dibuat, d.versi))?.pengguna ?? '';
  if (pembuat.toLowerCase() !== oleh) {
    throw new Error(
      `Hanya ${namaOrang(s, pembuat)} (${pembuat}), yang membuat ${d.nama}, dapat mengubah aksesnya: izin Drive ` +
        'add-in ini terbatas pada berkas yang dibuatnya sendiri. Minta beliau menjalankan aksi ini.',
    );
  }
}

function namaOrang(s: SiklusDokumen, email: string): string {
  return s.p.orang.find((o) => o.email.toLowerCase() === email.toLowerCase())?.nama || email;
}

function surelDari(s: SiklusDokumen, d: DokumenTercatat): DokumenSurel {
  return { siklus: s.ss.getName(), nama: d.nama, urlDokumen: urlDoc(d.docId), urlPdf: urlPdf(d.pdfId) };
}
