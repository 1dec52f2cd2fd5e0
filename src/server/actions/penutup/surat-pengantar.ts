/**
 * SOP step 12: the Surat Pengantar that goes with the signed Dokumen Pengukuran Kinerja — numbered from the office's
 * register, rendered by the shared Docs renderer into a Google Doc in the cycle's year folder, saved and closed, then
 * exported to PDF beside it, recorded in the Log, and the step stamped. Made once per cycle: asking again returns it.
 *
 * Resumable: the number is issued (and recorded) before anything is created, so a re-run gets the same number; files
 * named as the letter found at that point are leftovers of the interrupted run (nothing recorded points to them) and
 * go to the trash before the letter is made again.
 */
import { labelPeriode } from '../../domain/siklus/periode';
import { urlDoc, urlPdf, versiBertandaTangan } from '../../domain/dokumen/catatan-dokumen';
import { tataHalaman } from '../../domain/naskah/halaman';
import type { DocumentModel } from '../../domain/naskah/model';
import { buildSuratPengantar } from '../../domain/penutup/surat-pengantar';
import { barisLog, type BarisLog } from '../../domain/pelacakan/log';
import { denganKunci } from '../../gateways/lock';
import { bacaTabLog } from '../../gateways/sheets/log-tab';
import { emailPengguna } from '../../gateways/script/session';
import { TEMPLAT } from '../../domain/templat';
import { kejadianTuntas, langkahAksi, konteksPelacakan } from '../../domain/pelacakan/langkah-aksi';
import { rekanTimSakip, wajibTimSakip } from '../../domain/pengaturan/wewenang';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { catatNomor, judulDokumenSiklus, nomorSuratPengantar } from './nomor-surat';
import { buatDokumenDenganPdf, tulisDenganKop } from '../../gateways/docs/new-document';
import { AKSI_BERKAS } from '../../domain/pelacakan/aksi-log';
import { bacaSiklusDokumen, type SiklusDokumen } from '../../gateways/sheets/cycle-read';
import { kopSurat } from '../../domain/naskah/kantor';

/** Who the letter goes to: "Kepada Yth. {kepada}" … "di {di}". */
export interface TujuanSurat {
  kepada: string;
  di: string;
}

/** Plain data for google.script.run. */
export interface HasilSuratPengantar {
  nomor: string;
  nama: string;
  urlDokumen: string;
  urlPdf: string;
  berubah: boolean;
  pesan: string;
  peringatan: string[];
}

const POLA_SURAT = /Dokumen: (\S+) PDF: (\S+)$/;

/** Sidebar (Tim SAKIP): makes the cycle's Surat Pengantar, or returns the one made before. */
export function buatSuratPengantar(spreadsheetId: string, tujuan: TujuanSurat): HasilSuratPengantar {
  const oleh = emailPengguna();
  const kepada = typeof tujuan?.kepada === 'string' ? tujuan.kepada.trim() : '';
  const di = typeof tujuan?.di === 'string' ? tujuan.di.trim() : '';
  if (!kepada || !di) {
    throw new Error('Isi tujuan surat: "Kepada Yth." dan "di" (tempat tujuan) tidak boleh kosong.');
  }
  return denganKunci(() => {
    const s = bacaSiklusDokumen(spreadsheetId);
    wajibTimSakip(s.p, oleh, 'membuat surat pengantar');
    const ada = s.log.find((b) => b.aksi === AKSI_BERKAS.suratPengantar);
    if (ada) {
      // a run ended after its Log write may not have drawn Pelacakan: draw it from the Log
      tulisKejadian(s.ss, konteksPelacakan(s.p), [], new Date().getTime());
      return hasilTercatat(ada);
    }
    const dokumen = versiBertandaTangan(s.log);

    const nowMs = new Date().getTime();
    // every problem of the letter's content is refused before a number is issued
    modelSurat(s, '…', nowMs, { kepada, di });
    const nomor = nomorSuratPengantar(s.ss, s.p, oleh, nowMs);
    catatNomor(s.ss, s.p, nomor, oleh, nowMs);
    const { model, peringatan } = modelSurat(s, nomor.nomor, nomor.tanggal, { kepada, di });

    const nama = `Surat Pengantar ${nomor.nomor} – ${labelPeriode(s.periode)}`;
    const { docId, pdfId, isi } = buatDokumenDenganPdf({
      nama,
      tahun: s.periode.tahun,
      tulis: tulisDenganKop(model.blocks, tataHalaman(model.page, s.p.dokumen), s.p.dokumen?.logoKop),
      rekan: rekanTimSakip(s.p, oleh),
    });

    const no = langkahAksi('buatSuratPengantar');
    const baris: BarisLog = barisLog(
      { oleh, at: nowMs, langkah: no },
      AKSI_BERKAS.suratPengantar,
      AKSI_BERKAS.suratPengantar,
      `Surat Pengantar nomor ${nomor.nomor} kepada ${kepada} di ${di}, menyertai ${dokumen.nama}. Dokumen: ${urlDoc(docId)} PDF: ${urlPdf(pdfId)}`,
    );
    const konteks = konteksPelacakan(s.p);
    const { events } = bacaTabLog(s.ss, TEMPLAT.log);
    tulisKejadian(s.ss, konteks, kejadianTuntas(konteks, events, no, oleh, nomor.tanggal, nowMs), nowMs, [baris]);
    return {
      ...hasilTercatat(baris),
      berubah: true,
      pesan: `${nama} dibuat beserta PDF-nya.`,
      peringatan: [...peringatan, ...isi],
    };
  });
}

function modelSurat(
  s: SiklusDokumen,
  nomor: string,
  tanggal: number,
  tujuan: TujuanSurat,
): { model: DocumentModel; peringatan: string[] } {
  const judul = judulDokumenSiklus(s.ss);
  const tembusan = s.p.tembusan ?? [];
  const hasil = buildSuratPengantar({
    bentuk: s.p.dokumen?.bentukSurat ?? 'surat pengantar',
    kop: kopSurat(s.p),
    tempat: s.p.tempat,
    tanggal: new Date(tanggal),
    nomor,
    hal: `Penyampaian ${judul}`,
    kepada: { yth: tujuan.kepada, di: tujuan.di },
    items: [
      {
        naskah: `${judul} (asli, telah ditandatangani)`,
        jumlah: 1,
        keterangan: 'Untuk dipergunakan sebagaimana mestinya.',
      },
      ...(tembusan.length
        ? [
            {
              naskah: `Salinan ${judul} untuk ${daftarKata(tembusan)}`,
              jumlah: tembusan.length,
              keterangan: 'Sebagai tembusan.',
            },
          ]
        : []),
    ],
    tembusan,
    penandatangan: s.p.penandatangan,
  });
  if (!hasil.ok) {
    throw new Error(
      `Surat pengantar belum dapat dibuat (tidak ada berkas yang dibuat):\n${hasil.alasan.map((a) => `- ${a}`).join('\n')}\n` +
        'Perbaiki di tab Pengaturan (blok PENANDATANGAN atau UMUM), lalu coba lagi.',
    );
  }
  return { model: hasil.document, peringatan: hasil.peringatan };
}

/** "A, B dan C" */
function daftarKata(daftar: readonly string[]): string {
  return daftar.length < 2 ? daftar.join('') : `${daftar.slice(0, -1).join(', ')} dan ${daftar[daftar.length - 1]}`;
}

function hasilTercatat(baris: BarisLog): HasilSuratPengantar {
  const nomor = /nomor (\S+)/.exec(baris.rincian)?.[1] ?? '';
  const [, urlDokumen = '', urlBerkasPdf = ''] = POLA_SURAT.exec(baris.rincian) ?? [];
  return {
    nomor,
    nama: `Surat Pengantar ${nomor}`,
    urlDokumen,
    urlPdf: urlBerkasPdf,
    berubah: false,
    pesan: `Surat pengantar nomor ${nomor} sudah dibuat sebelumnya.`,
    peringatan: [],
  };
}
