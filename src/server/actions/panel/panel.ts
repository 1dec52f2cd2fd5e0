/**
 * The sidebar's view of the active spreadsheet: read only (no lock), four reads whatever the number of steps: the
 * cycle marker, the Pengaturan tab, the Log tab and the Rekap tab (its completeness summary).
 */
import type { AksiPanel, PanelBukanSiklus, PanelSiklus, Pengguna } from '../../../shared/api';
import { deriveStepStates } from '../../domain/pelacakan/status-langkah';
import { labelPeriode, parsePeriode } from '../../domain/siklus/periode';
import { formatHariTanggalJam } from '../../domain/format/tanggal';
import { bolehBertindak, peranOrang } from '../../domain/pengaturan/peran';
import type { Pengaturan } from '../../domain/pengaturan/types';
import { adalahTimSakip, bolehLihatSemuaUnit } from '../../domain/pengaturan/wewenang';
import { terapkanPelaksana } from '../../domain/pelacakan/proyeksi';
import { langkahBeraksi } from '../../domain/pelacakan/langkah-aksi';
import { bacaTabLog } from '../../gateways/sheets/log-tab';
import { bacaPengaturanSiklus } from '../../gateways/sheets/pengaturan-tab';
import { bacaKelengkapanTabRekap } from '../../gateways/sheets/rekap-tab';
import { bacaTandaSiklus, type TandaSiklus } from '../../gateways/sheets/cycle-metadata';
import type { BarisLog } from '../../domain/pelacakan/log';
import { pesanRekapUsang } from '../../domain/data/rekap/rekap-usang';
import { peringatanDataContoh, peringatanLog, peringatanPelaksana } from '../../domain/panel/peringatan-panel';
import { kopSurat } from '../../domain/naskah/kantor';
import { namaTabFormulir } from '../../domain/layout';
import { TEMPLAT } from '../../domain/templat';
import { aksiSiklusYangBoleh } from '../../domain/panel/aksi-siklus';
import { susunPanelSiklus } from '../../domain/panel/isi-panel';
import { emailPenggunaBilaAda } from '../../gateways/script/session';
import { spreadsheetAktif } from '../../gateways/sheets/spreadsheet';
import { lengkapiPanel } from '../../domain/panel/lengkapi-panel';
import { folderSiklus, unitKabidSaya } from './bacaan-panel';

const SARAN_MULAI = 'lewat menu Ekstensi › Pengukuran Kinerja › Mulai siklus baru';

function tanpaPanel(email: string, pesan: string, saran: string): PanelBukanSiklus {
  return { jenis: 'bukan-siklus', pengguna: { email, nama: '', peran: [], timSakip: false }, pesan, saran };
}

function pengguna(p: Pengaturan, email: string): Pengguna {
  const orang = p.orang.find((o) => o.email.trim().toLowerCase() === email.toLowerCase());
  return { email, nama: orang?.nama ?? '', peran: peranOrang(p, email), timSakip: orang?.timSakip ?? false };
}

/**
 * Outside the Tim SAKIP, a step an action stamps is finished by that action's card, not by hand: one Kabid finishing
 * step 7 would close it for every unit.
 */
function tanpaSelesaiBeraksi(aksi: AksiPanel[]): AksiPanel[] {
  const beraksi = langkahBeraksi();
  return aksi.filter((a) => a.jenis !== 'selesai' || !beraksi.has(a.no));
}

/** What the settings still lack: the Tim SAKIP's to mend, so only they are told; a broken Log is everyone's concern. */
function peringatanPengaturan(pengaturan: Pengaturan, langkah: Parameters<typeof peringatanPelaksana>[1]): string[] {
  return [...peringatanDataContoh(pengaturan, kopSurat(pengaturan)), ...peringatanPelaksana(pengaturan, langkah)];
}

function rekapUsang(tanda: TandaSiklus, log: readonly BarisLog[]): string | undefined {
  const diubah = tanda.formulirDiubah;
  return pesanRekapUsang(diubah && { tab: diubah.tab ?? namaTabFormulir(diubah.unit), waktu: diubah.waktu }, log);
}

export function panelSiklus(): PanelSiklus {
  const email = emailPenggunaBilaAda();
  const ss = spreadsheetAktif();
  const tanda = ss ? bacaTandaSiklus(ss) : null;
  const periode = tanda ? parsePeriode(tanda.kunci) : null;
  if (!ss || !tanda || !periode?.ok) {
    return tanpaPanel(
      email,
      'Spreadsheet ini bukan spreadsheet siklus Pengukuran Kinerja.',
      `Buka spreadsheet siklusnya, atau buat siklus baru ${SARAN_MULAI}.`,
    );
  }
  if (!tanda.siap) {
    return tanpaPanel(
      email,
      `Siklus ${labelPeriode(periode.periode)} belum selesai disiapkan.`,
      `Jalankan lagi Mulai siklus baru untuk periode yang sama (${SARAN_MULAI}): persiapannya dilanjutkan dari yang tertunda.`,
    );
  }

  const sop = TEMPLAT.sop;
  const pengaturan = bacaPengaturanSiklus(ss);
  const langkah = terapkanPelaksana(sop.steps, pengaturan.pelaksanaLangkah);
  const { baris, events, tidakSah } = bacaTabLog(ss, TEMPLAT.lembarPelacakan.log);
  const ditutup = tanda.ditutup ? new Date(tanda.ditutup) : null;
  const states = deriveStepStates(langkah, events);
  const panel = susunPanelSiklus({
    spreadsheetId: ss.getId(),
    judul: sop.header.judul,
    periode: labelPeriode(periode.periode),
    langkah,
    states,
    kalender: pengaturan.kalender,
    sekarang: Date.now(),
    pengguna: pengguna(pengaturan, email),
    // a closed cycle is archived read-only: nothing is left to do in it
    boleh: (no) => !ditutup && email !== '' && bolehBertindak(pengaturan, sop, email, no),
    kelengkapan: bacaKelengkapanTabRekap(ss, TEMPLAT.rekap),
    aksiSiklus: ditutup ? [] : aksiSiklusYangBoleh({ pengaturan, sop, email, log: baris, states }),
  });
  if (!adalahTimSakip(pengaturan, email)) panel.aksi = tanpaSelesaiBeraksi(panel.aksi);
  const usang = rekapUsang(tanda, baris);
  const peringatan = [
    ...(!ditutup && adalahTimSakip(pengaturan, email) ? peringatanPengaturan(pengaturan, langkah) : []),
    ...peringatanLog(TEMPLAT.lembarPelacakan.log.nama, tidakSah ?? []),
  ];
  const lengkap = lengkapiPanel(panel, {
    pengaturan,
    log: baris,
    folder: folderSiklus(ss, ditutup !== null),
    unitKabid: unitKabidSaya(ss, pengaturan, email, peringatan),
  });
  const denganRekap = {
    ...lengkap,
    ...(usang ? { rekapUsang: usang } : {}),
    ...(peringatan.length ? { peringatan } : {}),
    ...(bolehLihatSemuaUnit(pengaturan, email) ? { trenSemuaUnit: true } : {}),
  };
  return ditutup
    ? { ...denganRekap, ditutup: `Siklus ditutup dan diarsipkan ${formatHariTanggalJam(ditutup)}.` }
    : denganRekap;
}
