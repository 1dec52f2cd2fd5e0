import { deriveStepStates } from '../../domain/pelacakan/status-langkah';
import { labelPeriode } from '../../domain/siklus/periode';
import { localMs } from '../../domain/zona-waktu';
import {
  barisAksiVersi,
  dokumenTercatat,
  idBarisDokumen,
  namaDokumen,
  rincianDokumen,
  urlDoc,
  urlPdf,
  versiBerikutnya,
  versiUlangan,
  type DokumenTercatat,
} from '../../domain/dokumen/catatan-dokumen';
import { formatWaktuLokal } from '../../domain/format/tanggal';
import { kolomPeriode, masukanDokumen } from '../../domain/dokumen/dari-rekap';
import { tataHalaman } from '../../domain/naskah/halaman';
import type { DocumentModel } from '../../domain/naskah/model';
import { blokTabel, nilaiPenanda, PENANDA_TABEL, penandaTakDikenal } from '../../domain/dokumen/penanda';
import { buildDokumenPengukuranKinerja } from '../../domain/dokumen/pengukuran-kinerja';
import { barisLog, type BarisLog } from '../../domain/pelacakan/log';
import { unitDisahkan } from '../../domain/data/validasi/pengesahan';
import { aturHalaman, isiTemplat } from '../../gateways/docs/render';
import { denganKunci } from '../../gateways/lock';
import { emailPengguna } from '../../gateways/script/session';
import { rekapTerkini } from '../data/rekap';
import { langkahAksi, konteksPelacakan } from '../../domain/pelacakan/langkah-aksi';
import { rekanTimSakip, wajibTimSakip } from '../../domain/pengaturan/wewenang';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { buatDokumenDenganPdf, tulisDenganKop } from '../../gateways/docs/new-document';
import { AKSI_DOKUMEN } from '../../domain/pelacakan/aksi-log';
import { bacaSiklusDokumen, SiklusDokumen } from '../../gateways/sheets/cycle-read';
import { kopSurat } from '../../domain/naskah/kantor';
import { sidikSha256 } from '../../gateways/script/digest';

/** Plain data for google.script.run. */
export interface HasilDokumen {
  versi: number;
  nama: string;
  urlDokumen: string;
  urlPdf: string;
  pesan: string;
  /** things to fix that did not stop the document (the kop's example address, units not signed off) */
  peringatan: string[];
}

/**
 * Dokumen Pengukuran Kinerja, by a member of the Tim SAKIP: built from the current Rekap (refused when the Rekap tab
 * is not up to date with the forms), checked before anything is created (signatory's NIP, kop, data), written into a
 * new Google Doc in the cycle's year folder, saved and closed, then exported to PDF beside it, both shared with the
 * Tim SAKIP and recorded in the Log as version N ('dokumen-dibuat-vN'). Generating again makes version N+1 and keeps
 * the earlier ones.
 *
 * Validation gate (SOP step 7): when some units are signed off by their Kabid and others are not, the document is
 * refused, naming the units; when no unit uses the sign-off at all, it is made with a warning.
 *
 * Resumable: the version is decided by the Log alone, so a run that stopped before recording version N makes version
 * N again; files named as version N found in Drive at that point are its leftovers and go to the trash first. A run
 * that stopped after recording it is answered, when asked again soon with the same content, with that
 * version (versiUlangan) rather than a second Doc and PDF.
 */
export function buatDokumenPengukuranKinerja(spreadsheetId: string): HasilDokumen {
  const oleh = emailPengguna();
  return denganKunci(() => {
    const s = bacaSiklusDokumen(spreadsheetId);
    wajibTimSakip(s.p, oleh, 'membuat Dokumen Pengukuran Kinerja');
    tolakBilaSudahDitandatangani(s);
    const peringatan = periksaPengesahan(s);
    const nowMs = new Date().getTime();
    const { model, peringatan: catatanModel } = modelDokumen(s);
    peringatan.push(...catatanModel);

    const templatId = s.p.dokumen?.templatId;
    const sidik = sidikSha256(JSON.stringify([model, s.p.dokumen ?? null]), 8);
    const ulangan = versiUlangan(s.log, sidik, nowMs);
    if (ulangan) {
      // the run that made it may have stopped before drawing Pelacakan
      tulisKejadian(s.ss, konteksPelacakan(s.p), [], nowMs);
      const { nama } = ulangan.dokumen;
      return hasilDokumen(
        ulangan.dokumen,
        `${nama} sudah dibuat${ulangan.oleh === oleh ? '' : ` oleh ${ulangan.oleh}`} pada ` +
          `${formatWaktuLokal(ulangan.waktu)} dari data yang sama; tidak dibuat versi baru.`,
        peringatan,
      );
    }
    const versi = versiBerikutnya(s.log);
    const nama = namaDokumen(labelPeriode(s.periode), versi);
    // in the year folder the add-in made for this person (the cycle's, for whoever started the cycle)
    const dibuat = buatDokumenDenganPdf({
      nama,
      tahun: s.periode.tahun,
      templat: templatId
        ? { id: templatId, apa: 'Templat dokumen (tab "Pengaturan" blok UMUM, baris "Templat dokumen", kolom "Nilai")' }
        : undefined,
      tulis: templatId
        ? (body) => isiTemplatDokumen(body, s, model)
        : tulisDenganKop(model.blocks, tataHalaman(model.page, s.p.dokumen), s.p.dokumen?.logoKop),
      rekan: rekanTimSakip(s.p, oleh),
    });
    peringatan.push(...dibuat.isi);
    const dokumen: DokumenTercatat = { versi, nama, docId: dibuat.docId, pdfId: dibuat.pdfId, sidik };

    const baris: BarisLog = barisLog(
      { oleh, at: nowMs },
      AKSI_DOKUMEN.dibuat,
      idBarisDokumen(AKSI_DOKUMEN.dibuat, versi),
      rincianDokumen(dokumen),
    );
    tulisKejadian(s.ss, konteksPelacakan(s.p), [], nowMs, [baris]);
    return hasilDokumen(
      dokumen,
      `${nama} dibuat beserta PDF-nya di folder "Pengukuran Kinerja ${s.periode.tahun}".`,
      peringatan,
    );
  });
}

function hasilDokumen(d: DokumenTercatat, pesan: string, peringatan: string[]): HasilDokumen {
  return { versi: d.versi, nama: d.nama, urlDokumen: urlDoc(d.docId), urlPdf: urlPdf(d.pdfId), pesan, peringatan };
}

/**
 * The office's template, filled: placeholders, the tables at {{tabel}}, and the paper and margins of Pengaturan when
 * set there (the template's own otherwise); its kop is the template's. Returns a warning naming placeholders the
 * add-in does not fill, and the layout of the inserted tables.
 */
function isiTemplatDokumen(body: GoogleAppsScript.Document.Body, s: SiklusDokumen, model: DocumentModel) {
  const { kertas, marginCm } = s.p.dokumen ?? {};
  if (kertas || marginCm) {
    const mendatar = body.getPageWidth() > body.getPageHeight();
    const ukuran = kertas ?? 'A4';
    aturHalaman(body, tataHalaman({ size: ukuran, orientation: mendatar ? 'landscape' : 'portrait' }, { marginCm }));
  }
  const nilai = nilaiPenanda(model, {
    periode: labelPeriode(s.periode),
    instansi: s.p.namaInstansi,
    tempat: s.p.tempat,
    tanggal: tanggalDokumen(s.p),
    tahun: s.periode.tahun,
  });
  const { teks, tataLetak } = isiTemplat(body, nilai, PENANDA_TABEL, blokTabel(model));
  const sisa = penandaTakDikenal(teks, Object.keys(nilai));
  const isi = sisa.length
    ? [`Templat dokumen memuat penanda yang tidak dikenal add-in: ${sisa.map((n) => `{{${n}}}`).join(', ')}.`]
    : [];
  return { isi, tataLetak };
}

/** A signed version stays the cycle's document until step 11 is reopened (from the sidebar, with a reason). */
function tolakBilaSudahDitandatangani(s: SiklusDokumen): void {
  const semua = dokumenTercatat(s.log);
  const terakhir = semua[semua.length - 1];
  const no = langkahAksi('catatPenandatanganan');
  const langkah = deriveStepStates(konteksPelacakan(s.p).langkah, s.events).find((x) => x.no === no);
  if (terakhir && barisAksiVersi(s.log, AKSI_DOKUMEN.ditandatangani, terakhir.versi) && langkah?.status === 'selesai') {
    throw new Error(
      `${terakhir.nama} sudah ditandatangani (langkah ${no} selesai); versi baru tidak dibuat. ` +
        `Bila memang perlu diganti, buka kembali langkah ${no} di panel dengan alasannya, lalu buat dokumen lagi.`,
    );
  }
}

/** Refuses a half-validated cycle; warns when the Kabid sign-off is not used at all. */
function periksaPengesahan(s: SiklusDokumen): string[] {
  const belum = s.p.unitKerja.filter((u) => !unitDisahkan(s.log, u.kode)).map((u) => u.kode);
  if (belum.length === 0) return [];
  if (belum.length < s.p.unitKerja.length) {
    throw new Error(
      `Dokumen belum dapat dibuat: unit ${belum.join(', ')} belum disahkan Kabid (langkah 7). ` +
        'Minta Kabid unit tersebut memvalidasi dan mengesahkan tab formulirnya.',
    );
  }
  return ['Belum ada unit yang disahkan Kabid (langkah 7): dokumen dibuat dari Rekap tanpa pengesahan.'];
}

/** The date the Kepala set in Pengaturan (00.00 WIB of that day), or null: left blank for the signing. */
function tanggalDokumen(p: SiklusDokumen['p']): Date | null {
  const iso = p.dokumen?.tanggalDokumen;
  if (!iso) return null;
  const [tahun, bulan, hari] = iso.split('-').map(Number);
  return new Date(localMs(tahun, bulan, hari));
}

/** The document's content from the Rekap and Pengaturan; every problem (NIP, kop, data) refused at once. */
function modelDokumen(s: SiklusDokumen): { model: DocumentModel; peringatan: string[] } {
  const rekap = rekapTerkini(s.ss, s.p);
  const hasil = buildDokumenPengukuranKinerja(
    masukanDokumen(
      rekap,
      {
        kop: kopSurat(s.p),
        periode: labelPeriode(s.periode),
        ...kolomPeriode(s.periode),
        namaUnit: new Map(s.p.unitKerja.map((u) => [u.kode, u.nama])),
        skala: s.p.skala,
        tempat: s.p.tempat,
        tanggal: tanggalDokumen(s.p),
        tahun: s.periode.tahun,
        penandatangan: s.p.penandatangan,
      },
      rekap.anggaran,
    ),
  );
  if (!hasil.ok) {
    throw new Error(
      `Dokumen Pengukuran Kinerja belum dapat dibuat (tidak ada yang dibuat):\n${hasil.alasan.map((a) => `- ${a}`).join('\n')}\n` +
        'Perbaiki di tab Pengaturan (blok PENANDATANGAN) atau pada formulir unit, lalu coba lagi.',
    );
  }
  return { model: hasil.document, peringatan: hasil.peringatan };
}
