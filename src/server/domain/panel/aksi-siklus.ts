/**
 * The cycle's actions this person may take now, for the sidebar: read from the Log rows and settings the panel has
 * read already (no service call). The server actions check every rule again; this only decides which cards to show,
 * so a card is offered when the Log says the action is due and the person's role carries it.
 */
import type { AksiSiklus, EndpointAksiSiklus } from '../../../shared/api';
import type { StepState } from '../pelacakan/kejadian-langkah';
import { statusFormulirUnit, type StatusFormulirUnit } from '../formulir/status-distribusi';
import { barisAksiVersi, dokumenTercatat, idBarisDokumen, type DokumenTercatat } from '../dokumen/catatan-dokumen';
import { namaTabFormulir } from '../layout';
import { bolehBertindak, kabidUnit } from '../pengaturan/peran';
import { normalkan } from '../pengaturan/blok-tab';
import type { Pengaturan } from '../pengaturan/types';
import type { SopTemplate } from '../sop/types';
import type { BarisLog } from '../pelacakan/log';
import { unitDisahkan } from '../data/validasi/pengesahan';
import { langkahAksi } from '../pelacakan/langkah-aksi';
import {
  AKSI_BERKAS,
  AKSI_DOKUMEN,
  AKSI_RAPAT,
  AKSI_REKAP,
  AKSI_SERAH_TERIMA,
  ID_NOMOR_SURAT_PENGANTAR,
} from '../pelacakan/aksi-log';
import { AksiBerlangkah } from '../templat';

export interface BahanAksiSiklus {
  pengaturan: Pengaturan;
  sop: SopTemplate;
  /** the caller, '' when hidden */
  email: string;
  /** every Log row, in sheet order */
  log: readonly BarisLog[];
  /** one state per step (deriveStepStates) */
  states: readonly StepState[];
}

const PETUNJUK_VALIDASI =
  'Validasi setiap baris dengan mengetik "Valid" atau "Perlu perbaikan" di kolom Validasi pada tab formulir; ' +
  'add-in mencatatnya otomatis. Sahkan setelah semua baris terisi Valid.';

/** What the rules read, digested once from the settings, the Log and the step states. */
interface Keadaan {
  bahan: BahanAksiSiklus;
  /** the caller's email, normalised */
  saya: string;
  timSakip: boolean;
  /** the caller may act on the action's SOP step (its pelaksana or the Tim SAKIP) */
  boleh(aksi: AksiBerlangkah): boolean;
  /** the action's SOP step is finished, also when finished by hand (the work done another way) */
  langkahSelesai(aksi: AksiBerlangkah): boolean;
  uraianLangkah(aksi: AksiBerlangkah): string;
  tercatat(aksi: string): boolean;
  unit: StatusFormulirUnit[];
  diserahkan: boolean;
  rekapDisusun: boolean;
  /** the latest version of the document, if any */
  dokumen?: DokumenTercatat;
  /** the action is recorded for the latest version */
  sudah(aksi: string): boolean;
  ditandatangani: boolean;
}

function keadaan(bahan: BahanAksiSiklus): Keadaan {
  const { pengaturan: p, sop, email, log } = bahan;
  const saya = normalkan(email);
  const versi = dokumenTercatat(log);
  const dokumen = versi[versi.length - 1];
  const sudah = (aksi: string) => dokumen !== undefined && barisAksiVersi(log, aksi, dokumen.versi) !== undefined;
  const tercatat = (aksi: string) => log.some((b) => b.aksi === aksi);
  return {
    bahan,
    saya,
    timSakip: p.orang.some((o) => o.timSakip && normalkan(o.email) === saya),
    boleh: (aksi) => bolehBertindak(p, sop, email, langkahAksi(aksi)),
    langkahSelesai: (aksi) => bahan.states.find((s) => s.no === langkahAksi(aksi))?.status === 'selesai',
    uraianLangkah: (aksi) => sop.steps.find((s) => s.no === langkahAksi(aksi))?.uraian ?? '',
    tercatat,
    unit: p.unitKerja.map((u) => statusFormulirUnit(log, u.kode)),
    diserahkan: tercatat(AKSI_SERAH_TERIMA.diserahkan),
    rekapDisusun: tercatat(AKSI_REKAP),
    ...(dokumen ? { dokumen } : {}),
    sudah,
    ditandatangani: sudah(AKSI_DOKUMEN.ditandatangani),
  };
}

function kartu(
  endpoint: EndpointAksiSiklus,
  label: string,
  uraian: string,
  tambahan: Pick<AksiSiklus, 'kode' | 'kirimUlang'> = {},
): AksiSiklus {
  return { kunci: tambahan.kode ? `${endpoint}-${tambahan.kode}` : endpoint, endpoint, label, uraian, ...tambahan };
}

/** Step 3 (Tim SAKIP): the forms still to send, and a resend where a send stopped half-way. */
function aksiDistribusi(k: Keadaan): AksiSiklus[] {
  if (!k.timSakip) return [];
  const belum = k.unit.filter((u) => u.terkirim === null && !u.belumPasti).map((u) => u.kode);
  return [
    ...(belum.length
      ? [
          kartu(
            'kirimFormulir',
            'Kirim formulir ke unit',
            `Belum terkirim ke ${belum.length} unit: ${belum.join(', ')}. Unit yang sudah menerima tidak dikirimi lagi.`,
          ),
        ]
      : []),
    ...k.unit
      .filter((u) => u.belumPasti)
      .map((u) =>
        kartu(
          'kirimUlangFormulir',
          `Kirim ulang Form ${u.kode}`,
          'Pengiriman sebelumnya terhenti di tengah jalan: kirim ulang bila unit belum menerimanya.',
          { kode: u.kode },
        ),
      ),
  ];
}

/** Steps 4 and 5: the invitation by its pelaksana, then the meeting held by the Kepala. */
function aksiRapat(k: Keadaan): AksiSiklus[] {
  const hasil: AksiSiklus[] = [];
  const diundang = k.tercatat(AKSI_RAPAT.diundang);
  if (k.boleh('undangRapat') && !diundang && !k.langkahSelesai('undangRapat')) {
    hasil.push(kartu('undangRapat', 'Undang rapat', k.uraianLangkah('undangRapat')));
  }
  if (k.boleh('rapatSelesai') && diundang && !k.tercatat(AKSI_RAPAT.selesai) && !k.langkahSelesai('rapatSelesai')) {
    hasil.push(
      kartu('rapatSelesai', 'Rapat selesai', 'Catat bahwa rapat pembahasan sudah dilaksanakan, beserta catatannya.'),
    );
  }
  return hasil;
}

/** Step 7 (a Kabid, for their own unit): from the form's arrival until it is signed off or the data handed over. */
function aksiKabid(k: Keadaan): AksiSiklus[] {
  const { pengaturan: p, log } = k.bahan;
  return k.unit
    .filter((u) => normalkan(kabidUnit(p, u.kode)?.email) === k.saya)
    .filter((u) => u.terkirim !== null && !k.diserahkan && !unitDisahkan(log, u.kode))
    .flatMap((u) => [
      ...(u.selesaiDiisi === null
        ? [
            kartu(
              'tandaiSelesaiDiisi',
              `Tandai Form ${u.kode} selesai diisi`,
              `Isian tab "${namaTabFormulir(u.kode)}" sudah lengkap dan siap divalidasi; dicatat di Log.`,
              { kode: u.kode },
            ),
          ]
        : []),
      kartu('sahkanUnit', `Sahkan Form ${u.kode}`, PETUNJUK_VALIDASI, { kode: u.kode }),
    ]);
}

/** Steps 6 to 8: consolidating and checking while the units fill in, then the hand-over once all are signed off. */
function aksiData(k: Keadaan): AksiSiklus[] {
  const hasil: AksiSiklus[] = [];
  const adaTerkirim = k.unit.some((u) => u.terkirim !== null);
  if (k.timSakip && adaTerkirim && !k.ditandatangani) {
    hasil.push(
      kartu('konsolidasi', 'Susun Rekap', 'Menghimpun isian semua formulir unit ke tab Rekap; formulir hanya dibaca.'),
    );
  }
  if (k.timSakip && adaTerkirim && !k.diserahkan) {
    hasil.push(
      kartu(
        'validasiData',
        'Periksa isian',
        'Memeriksa isian semua formulir unit; temuannya ditulis di tab Temuan dan selnya ditandai.',
      ),
    );
  }
  const semuaDisahkan = k.unit.every((u) => unitDisahkan(k.bahan.log, u.kode));
  if (k.boleh('serahkanKePetugasData') && k.rekapDisusun && !k.diserahkan && semuaDisahkan) {
    hasil.push(
      serahTerhenti(k.bahan.log)
        ? kartu(
            'serahkanKePetugasData',
            'Kirim ulang data ke petugas data',
            'Penyerahan sebelumnya terhenti di tengah jalan: tanyakan ke petugas data, kirim ulang bila belum diterima.',
            { kirimUlang: true },
          )
        : kartu('serahkanKePetugasData', 'Serahkan data ke petugas data', k.uraianLangkah('serahkanKePetugasData')),
    );
  }
  return hasil;
}

/**
 * Steps 9 to 11 on the latest version: made by the Tim SAKIP; sent for correction and the signing recorded by the
 * member who generated it (only they may change its sharing); the correction and the approval by their pelaksana.
 */
function aksiDokumen(k: Keadaan): AksiSiklus[] {
  const hasil: AksiSiklus[] = [];
  const d = k.dokumen;
  if (k.timSakip && k.rekapDisusun && !k.ditandatangani) {
    hasil.push(
      kartu(
        'buatDokumenPengukuranKinerja',
        d ? `Buat Dokumen Pengukuran Kinerja versi ${d.versi + 1}` : 'Buat Dokumen Pengukuran Kinerja',
        'Dari tab Rekap saat ini: Google Doc dan PDF di folder tahun siklus.',
      ),
    );
  }
  if (!d) return hasil;
  const idDibuat = idBarisDokumen(AKSI_DOKUMEN.dibuat, d.versi);
  const pembuat = normalkan(k.bahan.log.find((b) => b.id === idDibuat)?.pengguna) === k.saya;
  if (pembuat && !k.sudah(AKSI_DOKUMEN.dikirimKoreksi) && !k.ditandatangani) {
    hasil.push(kartu('kirimUntukKoreksi', 'Kirim untuk koreksi', `${d.nama}: ${k.uraianLangkah('kirimUntukKoreksi')}`));
  }
  if (k.boleh('koreksiSelesai') && k.sudah(AKSI_DOKUMEN.dikirimKoreksi) && !k.sudah(AKSI_DOKUMEN.koreksiSelesai)) {
    hasil.push(kartu('koreksiSelesai', 'Koreksi selesai', `${d.nama}: catat bahwa koreksi sudah selesai.`));
  }
  const bolehSetuju = k.boleh('kirimUntukPersetujuan') && k.sudah(AKSI_DOKUMEN.koreksiSelesai);
  if (bolehSetuju && !k.sudah(AKSI_DOKUMEN.dikirimPersetujuan)) {
    hasil.push(
      kartu(
        'kirimUntukPersetujuan',
        'Kirim untuk persetujuan',
        `${d.nama}: ${k.uraianLangkah('kirimUntukPersetujuan')}`,
      ),
    );
  }
  if (pembuat && k.sudah(AKSI_DOKUMEN.dikirimPersetujuan) && !k.ditandatangani) {
    hasil.push(
      kartu(
        'catatPenandatanganan',
        'Catat penandatanganan',
        `${d.nama}: setelah ditandatangani, catat caranya dan tautan PDF bertanda tangan. Dokumen lalu hanya dapat dibaca.`,
      ),
    );
  }
  return hasil;
}

/** Steps 12 to 14 (Tim SAKIP): the number (reservable once a version exists), the letter, the copies, the archive. */
function aksiPenutup(k: Keadaan): AksiSiklus[] {
  if (!k.timSakip) return [];
  const hasil: AksiSiklus[] = [];
  const adaSurat = k.tercatat(AKSI_BERKAS.suratPengantar);
  const adaNomor = k.bahan.log.some((b) => b.id === ID_NOMOR_SURAT_PENGANTAR);
  if (k.dokumen && !adaSurat && !adaNomor) {
    hasil.push(
      kartu(
        'mintaNomorSurat',
        'Minta nomor surat',
        'Nomor surat pengantar dari Register Nomor Surat, sekali untuk siklus ini.',
      ),
    );
  }
  if (!k.ditandatangani) return hasil;
  if (!adaSurat) hasil.push(kartu('buatSuratPengantar', 'Buat surat pengantar', k.uraianLangkah('buatSuratPengantar')));
  if (!k.langkahSelesai('buatSalinan')) {
    hasil.push(
      kartu(
        'buatSalinan',
        'Buat salinan',
        'Satu PDF dokumen bertanda tangan untuk setiap penerima tembusan di tab Pengaturan.',
      ),
    );
  }
  hasil.push(
    kartu(
      'arsipkanSiklus',
      'Arsipkan siklus',
      'Semua berkas siklus dipindahkan ke folder arsip dan hanya dapat dibaca; siklus ditutup.',
    ),
  );
  return hasil;
}

/** The cards, in the order of the SOP; none for a person whose email is hidden, nor in a closed cycle. */
export function aksiSiklusYangBoleh(bahan: BahanAksiSiklus): AksiSiklus[] {
  // a closed cycle is archived read-only
  if (!normalkan(bahan.email) || bahan.log.some((b) => b.aksi === AKSI_BERKAS.ditutup)) return [];
  const k = keadaan(bahan);
  return [aksiDistribusi, aksiRapat, aksiKabid, aksiData, aksiDokumen, aksiPenutup].flatMap((aturan) => aturan(k));
}

/** A hand-over claimed and never answered (no send and no failure recorded after it): resent only on request. */
function serahTerhenti(log: readonly BarisLog[]): boolean {
  const klaim = log.map((b) => b.aksi).lastIndexOf(AKSI_SERAH_TERIMA.dijadwalkan);
  const sesudah = log.slice(klaim + 1).map((b) => b.aksi);
  return klaim >= 0 && !sesudah.includes(AKSI_SERAH_TERIMA.gagal) && !sesudah.includes(AKSI_SERAH_TERIMA.diserahkan);
}
