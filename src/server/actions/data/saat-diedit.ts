import { judulKolomFormulir } from '../../domain/data/validasi/baris-formulir';
import { GalatTataLetak, kodeUnitDariTab } from '../../domain/layout';
import { temuanTataLetak } from '../../domain/data/temuan/tata-letak-formulir';
import { rumusTautanSel } from '../../domain/data/temuan/tautan-sel';
import type { Kejadian } from '../../domain/pelacakan/langkah-aksi';
import { TEMPLAT } from '../../domain/templat';
import { denganKunci } from '../../gateways/lock';
import { emailPemilikPemicu } from '../../gateways/script/session';
import { wajibDariPemicu } from '../../gateways/script/triggers';
import { catatFormulirDiubah } from '../../gateways/sheets/cycle-metadata';
import { bacaSheetFormulirUnit } from '../../gateways/sheets/formulir-read';
import { bacaTabTemuan, type BarisTemuan, tulisTabTemuan } from '../../gateways/sheets/temuan-tab';
import { bacaTabAnggaran } from '../../gateways/sheets/anggaran-tab';
import { periksaTabAnggaran } from './temuan-anggaran';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
import { tulisKejadian } from '../pelacakan/catat-langkah';
import { pesanRekapUsang } from '../../domain/data/rekap/rekap-usang';
import { tandaiRekapUsang } from '../../gateways/sheets/rekap-tab';
import { urutanTemuan } from '../../domain/data/temuan/temuan';
import {
  bukaKembaliBilaPerlu,
  HANDLER_PEMICU_EDIT,
  muatSiklus,
  periksaUnit,
  type PeriksaanUnit,
  type Siklus,
  tulisUnit,
} from './siklus-validasi';
import { barisTemuan, pemeriksaIsian, sorotUlang, temuanUnit } from './temuan-unit';

/**
 * The installable onEdit trigger: an edit in a unit's form brings that unit's validation up to date at once, with
 * the typist (e.user) in the Log; its findings in the Temuan tab and its highlights are made anew from what the form
 * now holds (a filled realisasi loses its "belum diisi" at once); and the edit time is kept, so the sidebar and the
 * Rekap tab itself (red, with a note) say that the Rekap is older than the forms. Edits elsewhere cost nothing.
 */
export function saatDiedit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  wajibDariPemicu(HANDLER_PEMICU_EDIT, e);
  const sheet = e?.range?.getSheet();
  if (sheet?.getName() === TEMPLAT.anggaran.nama) return anggaranDiedit(sheet);
  const kode = sheet ? kodeUnitDariTab(sheet.getName()) : null;
  if (!sheet || !kode) return;
  const pengetik = e?.user?.getEmail?.().trim().toLowerCase() || null;
  denganKunci(() => {
    const s = muatSiklus(sheet.getParent(), emailPemilikPemicu());
    if (!s.p.unitKerja.some((x) => x.kode === kode)) return;
    catatFormulirDiubah(s.ss, kode, s.nowMs);
    tandaiBilaUsang(s, sheet.getName());
    const terbaca = periksaAtauLaporkan(s, kode, sheet, pengetik);
    if (!terbaca) return;
    const { dibaca, u } = terbaca;
    if (u.rek.tulis.length || u.rek.log.length) {
      const log = [...u.rek.log];
      const kejadian: Kejadian[] = [];
      bukaKembaliBilaPerlu(s, u, log, kejadian);
      tulisKejadian(s.ss, s.konteks, kejadian, s.nowMs, log);
      tulisUnit(u, u.rek.tulis);
    }
    perbaruiTemuanUnit(s, u, dibaca);
  });
}

/**
 * The unit's form read and its validation brought up to date; null when its header row lacks a column, which is then
 * the unit's one finding in Temuan (an edit to a header must not make the trigger fail unseen on every later edit).
 */
function periksaAtauLaporkan(s: Siklus, kode: string, sheet: Sheet, pengetik: string | null) {
  try {
    const dibaca = bacaSheetFormulirUnit(s.ss, kode);
    const u = periksaUnit(s, kode, pengetik, [], { sheet: dibaca.sheet, nilai: dibaca.isi.nilai as unknown[][] });
    return { dibaca, u };
  } catch (e) {
    if (!(e instanceof GalatTataLetak)) throw e;
    const lokasi = rumusTautanSel(sheet.getSheetId(), sheet.getName(), 1, 1);
    const temuan = temuanTataLetak(e, kode).map((t) => ({ ...t, lokasi }));
    gantiTemuan(s, (t) => t.unit === kode && t.tab !== TEMPLAT.anggaran.nama, temuan);
    return null;
  }
}

/**
 * An edit in the Anggaran tab: its findings and highlights made anew from what it now holds, and the edit time kept
 * (the Rekap's budget block is older than the tab).
 */
function anggaranDiedit(sheet: Sheet): void {
  denganKunci(() => {
    const s = muatSiklus(sheet.getParent(), emailPemilikPemicu());
    if (!s.p.anggaran.length) return;
    catatFormulirDiubah(s.ss, '', s.nowMs, sheet.getName());
    tandaiBilaUsang(s, sheet.getName());
    const temuan = periksaTabAnggaran(s.p, bacaTabAnggaran(s.ss));
    gantiTemuan(s, (t) => t.tab === sheet.getName(), temuan);
  });
}

/** The Rekap tab marked as older than the forms when a Rekap was consolidated before this edit. */
function tandaiBilaUsang(s: Siklus, tab: string): void {
  const pesan = pesanRekapUsang({ tab, waktu: s.nowMs }, s.log);
  if (pesan) tandaiRekapUsang(s.ss, TEMPLAT.rekap, pesan);
}

/** The unit's form rows of the Temuan tab replaced by its findings now; every other row kept in its order. */
function perbaruiTemuanUnit(s: Siklus, u: PeriksaanUnit, dibaca: ReturnType<typeof bacaSheetFormulirUnit>): void {
  const judulKolom = judulKolomFormulir(TEMPLAT.formulir);
  const periksa = pemeriksaIsian(s, judulKolom, new Map([[u.kode, dibaca]]));
  const temuan = temuanUnit(s, u, periksa, judulKolom);
  const milikUnit = (t: BarisTemuan) => t.unit === u.kode && t.tab !== TEMPLAT.anggaran.nama;
  // the highlights go before the Temuan rows they are undone from: a run cut off between the two leaves the old
  // rows, so its retry still finds the highlights to take away
  gantiTemuan(
    s,
    milikUnit,
    temuan.map((t) => barisTemuan(u, t)),
    (sebelumnya) => sorotUlang(u, sebelumnya.filter(milikUnit), temuan),
  );
}

/**
 * Rewrites the Temuan tab with `baru` in place of the rows `diganti` picks, in unit order; `sebelumTulis` gets the
 * rows before, ahead of the write.
 */
function gantiTemuan(
  s: Siklus,
  diganti: (t: BarisTemuan) => boolean,
  baru: readonly BarisTemuan[],
  sebelumTulis: (sebelumnya: BarisTemuan[]) => void = () => undefined,
): void {
  const sebelumnya = bacaTabTemuan(s.ss, TEMPLAT.temuan);
  const urutan = urutanTemuan(s.p.unitKerja.map((u) => u.kode));
  const semua = [...sebelumnya.filter((t) => !diganti(t)), ...baru].sort(urutan);
  sebelumTulis(sebelumnya);
  tulisTabTemuan(s.ss, TEMPLAT.temuan, semua);
}
