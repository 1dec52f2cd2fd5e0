/**
 * The sidebar's view of the active spreadsheet: read only (no lock), three reads whatever the number of steps: the
 * cycle marker, the Pengaturan tab and the Log tab.
 */
import type { PanelBukanSiklus, PanelSiklus, Pengguna } from '../../shared/api';
import { deriveStepStates } from '../domain/cycle/step-state';
import { labelPeriode, parsePeriode } from '../domain/cycle/period';
import { bolehBertindak, peranOrang } from '../domain/settings/peran';
import type { Pengaturan } from '../domain/settings/types';
import { terapkanPelaksana } from '../domain/tracking/proyeksi';
import { muatTemplatPelacakan } from '../domain/tracking/templat';
import { bacaTabLog } from '../gateways/log-tab';
import { bacaPengaturanSiklus } from '../gateways/pengaturan-siklus';
import { bacaKunciSiklus } from '../gateways/siklus-aktif';
import { TEMPLAT } from '../templates';
import { susunPanelSiklus } from './panel-isi';

function bukanSiklus(email: string): PanelBukanSiklus {
  return {
    jenis: 'bukan-siklus',
    pengguna: { email, nama: '', peran: [], timSakip: false },
    pesan: 'Spreadsheet ini bukan spreadsheet siklus Pengukuran Kinerja.',
    saran:
      'Buka spreadsheet siklusnya, atau buat siklus baru lewat menu Ekstensi › Pengukuran Kinerja › Mulai siklus baru.',
  };
}

function pengguna(p: Pengaturan, email: string): Pengguna {
  const orang = p.orang.find((o) => o.email.trim().toLowerCase() === email.toLowerCase());
  return { email, nama: orang?.nama ?? '', peran: peranOrang(p, email), timSakip: orang?.timSakip ?? false };
}

export function panelSiklus(): PanelSiklus {
  const email = Session.getActiveUser().getEmail();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const kunci = ss ? bacaKunciSiklus(ss) : null;
  const periode = kunci ? parsePeriode(kunci) : null;
  if (!ss || !periode?.ok) return bukanSiklus(email);

  const sop = TEMPLAT.sop;
  const pengaturan = bacaPengaturanSiklus(ss);
  const langkah = terapkanPelaksana(sop.steps, pengaturan.pelaksanaLangkah);
  const { events } = bacaTabLog(ss, muatTemplatPelacakan(sop).log);
  return susunPanelSiklus({
    spreadsheetId: ss.getId(),
    judul: sop.header.judul,
    periode: labelPeriode(periode.periode),
    langkah,
    states: deriveStepStates(langkah, events),
    kalender: pengaturan.kalender,
    sekarang: Date.now(),
    pengguna: pengguna(pengaturan, email),
    boleh: (no) => email !== '' && bolehBertindak(pengaturan, sop, email, no),
  });
}
