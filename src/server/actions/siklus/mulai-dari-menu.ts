/**
 * "Mulai siklus baru…" from the menu (SOP steps 1–2): the period asked, the units confirmed, the Kepala's disposisi
 * time asked, then the cycle made (or the existing one reopened), the hourly reminder installed, the sidebar shown.
 */
import { parsePeriode } from '../../domain/siklus/periode';
import { emailPengguna } from '../../gateways/script/session';
import { spreadsheetAktif } from '../../gateways/sheets/spreadsheet';
import { konfirmasiUnit, mintaPeriode, mintaWaktuDisposisi, tampilkanPesan } from '../../gateways/ui/prompts';
import { tampilkanPanel } from '../../gateways/ui/sidebar';
import { pasangPemicuPengingat } from '../pelacakan/pengingat';
import { mulaiSiklus, rencanakanSiklus } from './mulai-siklus';

const JUDUL = 'Pengukuran Kinerja';

export function mulaiSiklusDariMenu(): void {
  // touches the document first: in AuthMode.NONE this throws before the user is asked anything
  const aktif = spreadsheetAktif();
  const jawaban = mintaPeriode();
  if (jawaban === null) return;
  const periode = parsePeriode(jawaban);
  if (!periode.ok) {
    tampilkanPesan('Periode tidak dikenali', periode.reason);
    return;
  }
  const pembuat = emailPengguna();
  const rencana = rencanakanSiklus(periode.periode, pembuat);
  if (!rencana.sudahAda && !konfirmasiUnit(`Siklus ${rencana.judul}`, rencana.pengaturan.unitKerja)) {
    aktif.toast('Siklus baru dibatalkan; tidak ada yang dibuat.', JUDUL);
    return;
  }
  const disposisi = rencana.sudahAda ? null : mintaWaktuDisposisi();
  if (disposisi === undefined) return;
  const hasil = rencana.sudahAda ?? mulaiSiklus(rencana, { pembuat, nowMs: Date.now(), disposisi });
  pasangPemicuPengingat();
  aktif.toast(
    hasil.baru ? `Spreadsheet "${hasil.nama}" dibuat.` : `Siklus ini sudah ada: "${hasil.nama}" dibuka kembali.`,
    JUDUL,
  );
  tampilkanPanel();
}
