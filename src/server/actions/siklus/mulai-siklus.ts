import { type Periode, kunciPeriode, labelPeriode } from '../../domain/siklus/periode';
import { namaTabFormulir } from '../../domain/layout';
import { barisIsianFormulir, indikatorPKUnit } from '../../domain/formulir/isian-formulir';
import { type Pengaturan } from '../../domain/pengaturan/types';
import { isiPetunjuk } from '../../domain/siklus/petunjuk';
import { kabidUnit, timSakip } from '../../domain/pengaturan/peran';
import { pengaturanBawaan } from '../../domain/pengaturan/bawaan';
import {
  type SiklusTerbuka,
  bukaSiklusTerdaftarUntukMulai,
  namaSpreadsheetSiklus,
  sisaSiklusTerhenti,
  susunTab,
  catatSiklusSetahun,
  tandaiSiap,
  tandaiSiklus,
} from '../../gateways/sheets/cycle-spreadsheet';
import { siapkanTabFormulir } from '../../gateways/sheets/formulir-tab';
import { denganKunci } from '../../gateways/lock';
import {
  bacaTabPengaturan,
  rapikanTabPengaturan,
  TAB_PENGATURAN,
  tabKosong,
  tulisTabPengaturan,
} from '../../gateways/sheets/pengaturan-tab';
import { daftarSiklus } from '../../gateways/script/cycle-registry';
import { tandaiBukuKerja } from '../../gateways/sheets/register-nomor-tab';
import { segelSiklus } from '../../gateways/sheets/cycle-registered';
import { tulisTab } from '../../gateways/sheets/tab-writer';
import { siapkanTabAnggaran } from '../../gateways/sheets/anggaran-tab';
import { tulisTabUsulan } from '../../gateways/sheets/perubahan-target-tab';
import { penulisTabUsulan } from '../../domain/data/perubahan-target/usulan';
import { bacaTabLog } from '../../gateways/sheets/log-tab';
import { masukkanKeFolderTahun } from '../../gateways/drive/year-folder';
import { cariBerkasBernama } from '../../gateways/drive/files';
import { bagikanSebagaiEditor } from '../../gateways/sheets/sharing';
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { konteksPelacakan, type Kejadian } from '../../domain/pelacakan/langkah-aksi';
import { pemegangPelaksana } from '../../domain/pelacakan/pengingat/penerima';
import { barisLog, type BarisLog } from '../../domain/pelacakan/log';
import type { RentangWaktu } from '../../domain/pelacakan/waktu-lampau';
import { lindungiTab } from '../../gateways/sheets/protection';
import { denganTataLetakSekaligus } from '../../gateways/sheets/tata-letak-sekaligus';
import { TEMPLAT, PENGATURAN_CAPAIAN_BAWAAN } from '../../domain/templat';
import { buatSpreadsheet } from '../../gateways/sheets/spreadsheet';
import { AKSI_SIKLUS } from '../../domain/pelacakan/aksi-log';
import { wajibPelaksana } from '../../domain/pengaturan/wewenang';
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface HasilMulaiSiklus {
  spreadsheetId: string;
  url: string;
  nama: string;
  /** false when the period already had a cycle, which is opened instead of making a second one */
  baru: boolean;
}

/** What starting a period's cycle will do, worked out before anything is created (and before the user confirms). */
export interface RencanaSiklus {
  periode: Periode;
  /** "Triwulan II Tahun 2026" */
  judul: string;
  /** the period's cycle, already complete: it is opened, nothing is created */
  sudahAda: HasilMulaiSiklus | null;
  /** the settings a new cycle starts with: the previous cycle's Pengaturan tab, or the defaults */
  pengaturan: Pengaturan;
}

/**
 * Reads the registry and the previous cycle; creates nothing. The period's registered cycle, opened again, gets the
 * seal it lacks when it was started before cycles were sealed (gateways/sheets/cycle-registered.ts).
 */
export function rencanakanSiklus(periode: Periode, pembuat: string): RencanaSiklus {
  const registri = daftarSiklus();
  const kunci = kunciPeriode(periode);
  const id = registri.cari(kunci);
  const ada = id ? bukaSiklusTerdaftarUntukMulai(id, kunci) : null;
  if (ada?.siap) segelSiklus(ada.ss);
  const judul = labelPeriode(periode);
  const sudahAda = ada?.siap ? hasil(ada.ss, false) : null;
  const lalu = sudahAda ? null : registri.sebelum(kunci);
  const ssLalu = lalu ? bukaSiklusTerdaftarUntukMulai(lalu.spreadsheetId, lalu.kunci) : null;
  let pengaturan = pengaturanBawaan(TEMPLAT.sop);
  if (ssLalu?.siap) {
    const sheet = ssLalu.ss.getSheetByName(TAB_PENGATURAN);
    const baca = sheet ? bacaTabPengaturan(sheet) : null;
    if (baca && !baca.ok) {
      const galat = baca.galat.map((g) => g.pesan).join('\n');
      throw new Error(`Pengaturan siklus sebelumnya (${ssLalu.ss.getName()}) belum benar:\n${galat}`);
    }
    if (baca?.ok) pengaturan = baca.pengaturan;
  }
  pengaturan = ssLalu?.siap
    ? pastikanTimSakip(pengaturan, pembuat, ssLalu.ss.getName())
    : denganPembuat(pengaturan, pembuat);
  // the start is recorded as the creator's start of step 2: refused now, before anything is created or registered
  const langkahKedua = konteksPelacakan(pengaturan).langkah[1];
  if (!sudahAda && langkahKedua) wajibPelaksana(pengaturan, pembuat, langkahKedua.no, 'memulai siklus baru');
  return { periode, judul, sudahAda, pengaturan };
}

/** A new cycle of an office that already has one is started by its Tim SAKIP, as its Pengaturan lists them. */
function pastikanTimSakip(p: Pengaturan, pembuat: string, asal: string): Pengaturan {
  if (timSakip(p).some((o) => o.email.toLowerCase() === pembuat)) return p;
  throw new Error(
    `${pembuat} tidak tercantum sebagai Tim SAKIP di tab Pengaturan siklus "${asal}". Siklus baru dimulai oleh Tim SAKIP.`,
  );
}

/**
 * The office's first cycle starts from the defaults, whose people are examples: whoever starts it joins the Tim SAKIP
 * as Sek. Tim Sakip, so that the creation can be recorded, and fixes the rest in the Pengaturan tab.
 */
function denganPembuat(p: Pengaturan, pembuat: string): Pengaturan {
  if (p.orang.some((o) => o.email.toLowerCase() === pembuat)) return p;
  const sekretarisTim = TEMPLAT.sop.steps[1]?.pelaksana ?? '';
  const baru = {
    nama: pembuat,
    email: pembuat,
    peran: [sekretarisTim],
    unit: '',
    timSakip: true,
    jabatan: '',
    pangkat: '',
    nip: '',
  };
  return { ...p, orang: [baru, ...p.orang] };
}

function hasil(ss: Spreadsheet, baru: boolean): HasilMulaiSiklus {
  return { spreadsheetId: ss.getId(), url: ss.getUrl(), nama: ss.getName(), baru };
}

/**
 * Creates the cycle spreadsheet of a period, or opens the existing one. Resumable: the new spreadsheet's id is
 * recorded right after it is created, every later step is idempotent (tabs found by name, settings and unit rows
 * written only into empty tabs, formats and protections set, not added), and the "siap" tag is set last.
 */
export function mulaiSiklus(rencana: RencanaSiklus, awal: AwalSiklus): HasilMulaiSiklus {
  return denganKunci(() => {
    const registri = daftarSiklus();
    const kunci = kunciPeriode(rencana.periode);
    const id = registri.cari(kunci);
    let siklus: SiklusTerbuka | null = id ? bukaSiklusTerdaftarUntukMulai(id, kunci) : null;
    if (siklus?.siap) return hasil(siklus.ss, false);
    const pengaturan = (siklus && pengaturanTersimpan(siklus.ss)) || rencana.pengaturan;
    if (!siklus) {
      const nama = namaSpreadsheetSiklus(rencana.periode, pengaturan);
      const terdaftar = new Set(registri.semua().map((s) => s.spreadsheetId));
      const ss = sisaSiklusTerhenti(cariBerkasBernama(nama), terdaftar) ?? buatSpreadsheet(nama);
      registri.catat(kunci, ss.getId());
      siklus = { ss, bertanda: false, siap: false };
    }
    masukkanKeFolderTahun(siklus.ss.getId(), rencana.periode.tahun);
    tandaiSiklus(siklus, kunci);
    tandaiBukuKerja(siklus.ss);
    segelSiklus(siklus.ss);
    catatSiklusSetahun(siklus.ss, siklusLaluSetahun(registri.semua(), rencana.periode));
    const { ss } = siklus;
    // every tab's widths, frozen rows and protections in one Sheets API batch, before the "siap" tag
    denganTataLetakSekaligus(ss, () => {
      siapkanTab(ss, rencana, pengaturan);
      catatAwal(ss, pengaturan, rencana, awal);
    });
    tandaiSiap(ss);
    return hasil(siklus.ss, true);
  });
}

/** The registered cycles of the same year before this period, by period key. */
function siklusLaluSetahun(
  semua: { kunci: string; spreadsheetId: string }[],
  periode: Periode,
): Record<string, string> {
  const kini = kunciPeriode(periode);
  return Object.fromEntries(
    semua
      .filter((s) => s.kunci.startsWith(`${periode.tahun}-TW`) && s.kunci !== kini)
      .map((s) => [s.kunci, s.spreadsheetId]),
  );
}

/** Who starts the cycle, when, and when the Kepala's disposisi (step 1, on paper) took place, if it is known. */
export interface AwalSiklus {
  pembuat: string;
  nowMs: number;
  disposisi: RentangWaktu | null;
}

/**
 * The cycle's first Log rows, in one write: the creation itself, the Kepala's disposisi (step 1, recorded by the
 * creator for the holder of step 1's role) and the start of step 2 (preparing the form begins with this spreadsheet;
 * its pelaksana finishes it from the sidebar when the forms are ready). Skipped when an earlier run wrote them.
 */
function catatAwal(ss: Spreadsheet, p: Pengaturan, rencana: RencanaSiklus, awal: AwalSiklus): void {
  const konteks = konteksPelacakan(p);
  const [langkahAwal, langkahKedua] = konteks.langkah;
  const sudah = bacaTabLog(ss, TEMPLAT.log).baris.some((b) => b.id === AKSI_SIKLUS.dibuat);
  const kejadian: Kejadian[] = [];
  if (!sudah && awal.disposisi && langkahAwal) {
    const oleh = pemegangPelaksana(p, langkahAwal)[0] ?? awal.pembuat;
    const note = `dicatat oleh ${awal.pembuat} dari lembar disposisi`;
    kejadian.push(
      { permintaan: { type: 'mulai', step: langkahAwal.no, note }, oleh, at: awal.disposisi.mulai },
      { permintaan: { type: 'selesai', step: langkahAwal.no, note }, oleh, at: awal.disposisi.selesai },
    );
  }
  if (!sudah && langkahKedua) {
    kejadian.push({ permintaan: { type: 'mulai', step: langkahKedua.no }, oleh: awal.pembuat, at: awal.nowMs });
  }
  const dibuat: BarisLog = barisLog(
    { oleh: awal.pembuat, at: awal.nowMs },
    AKSI_SIKLUS.dibuat,
    AKSI_SIKLUS.dibuat,
    `Spreadsheet "${ss.getName()}" dibuat untuk ${rencana.judul}.`,
  );
  // the people who carry the SOP's steps work in the cycle from the start; unit staff get access with their forms
  bagikanSebagaiEditor(ss, konteks.penyunting);
  tulisKejadian(ss, konteks, kejadian, awal.nowMs, sudah ? [] : [dibuat]);
}

/** The settings an interrupted run already wrote into the new spreadsheet, if any; refuses unreadable ones. */
function pengaturanTersimpan(ss: Spreadsheet): Pengaturan | null {
  const sheet = ss.getSheetByName(TAB_PENGATURAN);
  if (!sheet || tabKosong(sheet)) return null;
  const baca = bacaTabPengaturan(sheet);
  if (!baca.ok) throw new Error(baca.galat.map((g) => g.pesan).join('\n'));
  return baca.pengaturan;
}

function urutanTab(p: Pengaturan): string[] {
  return [
    TEMPLAT.petunjuk.nama,
    TEMPLAT.pelacakan.nama,
    TAB_PENGATURAN,
    ...p.unitKerja.map((u) => namaTabFormulir(u.kode)),
    ...(p.anggaran.length ? [TEMPLAT.anggaran.nama] : []),
    TEMPLAT.rekap.nama,
    TEMPLAT.temuan.nama,
    TEMPLAT.perubahanTarget.nama,
    TEMPLAT.log.nama,
  ];
}

function siapkanTab(ss: Spreadsheet, rencana: RencanaSiklus, p: Pengaturan): void {
  const tab = susunTab(ss, urutanTab(p));
  const ambil = (nama: string) => tab.get(nama) as { sheet: GoogleAppsScript.Spreadsheet.Sheet; baru: boolean };
  const sakip = timSakip(p).map((o) => o.email);
  const hanyaSakip = (nama: string) => lindungiTab(ambil(nama).sheet, sakip, `Tab ${nama}: hanya Tim SAKIP`);

  const pengaturan = ambil(TAB_PENGATURAN);
  if (pengaturan.baru || tabKosong(pengaturan.sheet)) tulisTabPengaturan(pengaturan.sheet, p, TEMPLAT.sop);
  rapikanTabPengaturan(pengaturan.sheet, p, TEMPLAT.sop);
  const namaTab = {
    pengaturan: TAB_PENGATURAN,
    pelacakan: TEMPLAT.pelacakan.nama,
    formulir: namaTabFormulir('KODE'),
    rekap: TEMPLAT.rekap.nama,
    temuan: TEMPLAT.temuan.nama,
    log: TEMPLAT.log.nama,
  };
  tulisTab(ss, TEMPLAT.petunjuk, isiPetunjuk(TEMPLAT.sop, p, `Pengukuran Kinerja ${rencana.judul}`, namaTab));
  for (const u of p.unitKerja) {
    const { sheet, baru } = ambil(namaTabFormulir(u.kode));
    const tulisIsi = baru || tabKosong(sheet);
    const indikator = indikatorPKUnit(p, u.kode);
    siapkanTabFormulir(sheet, TEMPLAT.formulir, barisIsianFormulir(TEMPLAT.formulir, indikator, rencana.periode), {
      tulisIsi,
      daftar: { satuanDikenal: PENGATURAN_CAPAIAN_BAWAAN.satuanDikenal },
      editorTerkunci: sakip,
      namaUnit: u.nama,
      validasi: { kode: u.kode, kabid: [kabidUnit(p, u.kode)?.email ?? ''] },
    });
  }
  if (p.anggaran.length) {
    const anggaran = ambil(TEMPLAT.anggaran.nama);
    siapkanTabAnggaran(anggaran.sheet, p, anggaran.baru || tabKosong(anggaran.sheet), sakip);
  }
  for (const layout of [TEMPLAT.rekap, TEMPLAT.temuan, TEMPLAT.log]) tulisTab(ss, layout, []);
  tulisTabUsulan(ss, [], penulisTabUsulan(p));
  // Log and Pelacakan are protected by the tracking, for everyone whose clicks write them
  for (const nama of [TEMPLAT.petunjuk.nama, TAB_PENGATURAN, TEMPLAT.rekap.nama, TEMPLAT.temuan.nama]) hanyaSakip(nama);
}
