/**
 * The cycle's actions this person may take now, for the sidebar: read from the Log rows and settings the panel has
 * read already (no service call). The server actions check every rule again; this only decides which cards to show,
 * so a card is offered when the Log says the action is due and the person's role carries it.
 */
import type { AksiSiklus, EndpointAksiSiklus } from '../../shared/api';
import { AKSI_BERKAS } from '../domain/arsip/berkas-siklus';
import type { StepState } from '../domain/cycle/step-events';
import { statusFormulirUnit } from '../domain/distribusi/status';
import { AKSI_DOKUMEN, barisAksiVersi, dokumenTercatat, idBarisDokumen } from '../domain/documents/catatan-dokumen';
import { namaTabFormulir } from '../domain/layout';
import { bolehBertindak, kabidUnit } from '../domain/settings/peran';
import { normalkan } from '../domain/settings/blok-tab';
import type { Pengaturan } from '../domain/settings/types';
import type { SopTemplate } from '../domain/sop/types';
import type { BarisLog } from '../domain/tracking/log';
import { unitDisahkan } from '../domain/validation/pengesahan';
import { langkahAksi, type AksiBerlangkah } from './aksi-langkah';
import { AKSI_REKAP } from './konsolidasi';
import { ID_NOMOR_SURAT_PENGANTAR } from './penomoran';
import { AKSI_RAPAT } from './rapat';
import { AKSI_SERAH_TERIMA } from './serah-terima';

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

export function aksiSiklusYangBoleh(bahan: BahanAksiSiklus): AksiSiklus[] {
  const { pengaturan: p, sop, email, log } = bahan;
  const saya = normalkan(email);
  // a closed cycle is archived read-only
  if (!saya || log.some((b) => b.aksi === AKSI_BERKAS.ditutup)) return [];
  const timSakip = p.orang.some((o) => o.timSakip && normalkan(o.email) === saya);
  const boleh = (aksi: AksiBerlangkah) => bolehBertindak(p, sop, email, langkahAksi(aksi));
  const uraianLangkah = (aksi: AksiBerlangkah) => sop.steps.find((s) => s.no === langkahAksi(aksi))?.uraian ?? '';
  const tercatat = (aksi: string) => log.some((b) => b.aksi === aksi);
  // a step finished by hand (the work done another way) needs its action no more
  const langkahSelesai = (aksi: AksiBerlangkah) =>
    bahan.states.find((s) => s.no === langkahAksi(aksi))?.status === 'selesai';
  const hasil: AksiSiklus[] = [];
  const tawarkan = (
    syarat: boolean,
    endpoint: EndpointAksiSiklus,
    label: string,
    uraian: string,
    tambahan: Pick<AksiSiklus, 'kode' | 'kirimUlang'> = {},
  ) => {
    const kunci = tambahan.kode ? `${endpoint}-${tambahan.kode}` : endpoint;
    if (syarat) hasil.push({ kunci, endpoint, label, uraian, ...tambahan });
  };

  const unit = p.unitKerja.map((u) => ({ kode: u.kode, status: statusFormulirUnit(log, u.kode) }));
  const belumTerkirim = unit.filter((u) => u.status.terkirim === null && !u.status.belumPasti).map((u) => u.kode);
  const adaTerkirim = unit.some((u) => u.status.terkirim !== null);
  const diserahkan = tercatat(AKSI_SERAH_TERIMA.diserahkan);
  const rekapDisusun = tercatat(AKSI_REKAP);
  const versi = dokumenTercatat(log);
  const d = versi[versi.length - 1];
  const sudah = (aksi: string) => d !== undefined && barisAksiVersi(log, aksi, d.versi) !== undefined;
  const pembuatDokumen =
    d !== undefined &&
    normalkan(log.find((b) => b.id === idBarisDokumen(AKSI_DOKUMEN.dibuat, d.versi))?.pengguna) === saya;
  const ditandatangani = sudah(AKSI_DOKUMEN.ditandatangani);

  tawarkan(
    timSakip && belumTerkirim.length > 0,
    'kirimFormulir',
    'Kirim formulir ke unit',
    `Belum terkirim ke ${belumTerkirim.length} unit: ${belumTerkirim.join(', ')}. Unit yang sudah menerima tidak dikirimi lagi.`,
  );
  for (const u of unit.filter((x) => timSakip && x.status.belumPasti)) {
    tawarkan(
      true,
      'kirimUlangFormulir',
      `Kirim ulang Form ${u.kode}`,
      'Pengiriman sebelumnya terhenti di tengah jalan: kirim ulang bila unit belum menerimanya.',
      { kode: u.kode },
    );
  }
  tawarkan(
    boleh('undangRapat') && !tercatat(AKSI_RAPAT.diundang) && !langkahSelesai('undangRapat'),
    'undangRapat',
    'Undang rapat',
    uraianLangkah('undangRapat'),
  );
  tawarkan(
    boleh('rapatSelesai') &&
      tercatat(AKSI_RAPAT.diundang) &&
      !tercatat(AKSI_RAPAT.selesai) &&
      !langkahSelesai('rapatSelesai'),
    'rapatSelesai',
    'Rapat selesai',
    'Catat bahwa rapat pembahasan sudah dilaksanakan, beserta catatannya.',
  );
  // a Kabid's own unit, from the form's arrival until it is signed off (or the data handed over)
  for (const u of unit) {
    const kabidnya = normalkan(kabidUnit(p, u.kode)?.email) === saya;
    if (!kabidnya || u.status.terkirim === null || diserahkan || unitDisahkan(log, u.kode)) continue;
    tawarkan(
      u.status.selesaiDiisi === null,
      'tandaiSelesaiDiisi',
      `Tandai Form ${u.kode} selesai diisi`,
      `Isian tab "${namaTabFormulir(u.kode)}" sudah lengkap dan siap divalidasi; dicatat di Log.`,
      { kode: u.kode },
    );
    tawarkan(true, 'sahkanUnit', `Sahkan Form ${u.kode}`, PETUNJUK_VALIDASI, { kode: u.kode });
  }
  tawarkan(
    timSakip && adaTerkirim && !ditandatangani,
    'konsolidasi',
    'Susun Rekap',
    'Menghimpun isian semua formulir unit ke tab Rekap; formulir hanya dibaca.',
  );
  tawarkan(
    timSakip && adaTerkirim && !diserahkan,
    'validasiData',
    'Periksa isian',
    'Memeriksa isian semua formulir unit; temuannya ditulis di tab Temuan dan selnya ditandai.',
  );
  const serahBelumPasti = serahTerhenti(log);
  tawarkan(
    boleh('serahkanKePetugasData') && rekapDisusun && !diserahkan && unit.every((u) => unitDisahkan(log, u.kode)),
    'serahkanKePetugasData',
    serahBelumPasti ? 'Kirim ulang data ke petugas data' : 'Serahkan data ke petugas data',
    serahBelumPasti
      ? 'Penyerahan sebelumnya terhenti di tengah jalan: tanyakan ke petugas data, kirim ulang bila belum diterima.'
      : uraianLangkah('serahkanKePetugasData'),
    serahBelumPasti ? { kirimUlang: true } : {},
  );
  tawarkan(
    timSakip && rekapDisusun && !ditandatangani,
    'buatDokumenPengukuranKinerja',
    d ? `Buat Dokumen Pengukuran Kinerja versi ${d.versi + 1}` : 'Buat Dokumen Pengukuran Kinerja',
    'Dari tab Rekap saat ini: Google Doc dan PDF di folder tahun siklus.',
  );
  if (d) {
    tawarkan(
      pembuatDokumen && !sudah(AKSI_DOKUMEN.dikirimKoreksi) && !ditandatangani,
      'kirimUntukKoreksi',
      'Kirim untuk koreksi',
      `${d.nama}: ${uraianLangkah('kirimUntukKoreksi')}`,
    );
    tawarkan(
      boleh('koreksiSelesai') && sudah(AKSI_DOKUMEN.dikirimKoreksi) && !sudah(AKSI_DOKUMEN.koreksiSelesai),
      'koreksiSelesai',
      'Koreksi selesai',
      `${d.nama}: catat bahwa koreksi sudah selesai.`,
    );
    tawarkan(
      boleh('kirimUntukPersetujuan') && sudah(AKSI_DOKUMEN.koreksiSelesai) && !sudah(AKSI_DOKUMEN.dikirimPersetujuan),
      'kirimUntukPersetujuan',
      'Kirim untuk persetujuan',
      `${d.nama}: ${uraianLangkah('kirimUntukPersetujuan')}`,
    );
    tawarkan(
      pembuatDokumen && sudah(AKSI_DOKUMEN.dikirimPersetujuan) && !ditandatangani,
      'catatPenandatanganan',
      'Catat penandatanganan',
      `${d.nama}: setelah ditandatangani, catat caranya dan tautan PDF bertanda tangan. Dokumen lalu hanya dapat dibaca.`,
    );
  }
  const adaSurat = tercatat(AKSI_BERKAS.suratPengantar);
  tawarkan(
    timSakip && d !== undefined && !adaSurat && !log.some((b) => b.id === ID_NOMOR_SURAT_PENGANTAR),
    'mintaNomorSurat',
    'Minta nomor surat',
    'Nomor surat pengantar dari Register Nomor Surat, sekali untuk siklus ini.',
  );
  tawarkan(
    timSakip && ditandatangani && !adaSurat,
    'buatSuratPengantar',
    'Buat surat pengantar',
    uraianLangkah('suratPengantar'),
  );
  tawarkan(
    timSakip && ditandatangani && !langkahSelesai('salinan'),
    'buatSalinan',
    'Buat salinan',
    'Satu PDF dokumen bertanda tangan untuk setiap penerima tembusan di tab Pengaturan.',
  );
  tawarkan(
    timSakip && ditandatangani,
    'arsipkanSiklus',
    'Arsipkan siklus',
    'Semua berkas siklus dipindahkan ke folder arsip dan hanya dapat dibaca; siklus ditutup.',
  );
  return hasil;
}

/** A hand-over claimed and never answered (no send and no failure recorded after it): resent only on request. */
function serahTerhenti(log: readonly BarisLog[]): boolean {
  const klaim = log.map((b) => b.aksi).lastIndexOf(AKSI_SERAH_TERIMA.dijadwalkan);
  const sesudah = log.slice(klaim + 1).map((b) => b.aksi);
  return klaim >= 0 && !sesudah.includes(AKSI_SERAH_TERIMA.gagal) && !sesudah.includes(AKSI_SERAH_TERIMA.diserahkan);
}
