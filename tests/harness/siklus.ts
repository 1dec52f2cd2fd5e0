/**
 * The one cycle fixture of the integration tests, the bench and the local run: the office's SAKIP workbook, opened by
 * a person (onOpen), and a cycle started from its menu "Mulai siklus baru…" as that person does it — the period typed,
 * the units confirmed, the time of the Kepala's disposisi typed — through the built Code.js in the emulator. Options
 * say what a test needs beyond that; the handle calls the script as a person, typed by the server's signatures.
 */
import { kunciPeriode, parsePeriode } from '../../src/server/domain/siklus/periode';
import { pengaturanBawaan } from '../../src/server/domain/pengaturan/bawaan';
import { pengaturanKeBaris } from '../../src/server/domain/pengaturan/blok-pengaturan';
import { type Pengaturan } from '../../src/server/domain/pengaturan/types';
import type { StepEvent } from '../../src/server/domain/pelacakan/kejadian-langkah';
import { METADATA_SIKLUS } from '../../src/server/gateways/sheets/cycle-spreadsheet';
import { World } from '../emulator';
import type { AuthModeName } from '../emulator/core/world';
import { spreadsheetStore } from '../emulator/spreadsheet/model';
import { answerUi, type ButtonName, type UiAnswer } from '../emulator/spreadsheet/ui';
import { agu, JAM, ORANG, pengaturanUkuran, siklusSebelumnya, SOP } from './kantor';
import { barisKejadian, bacaLog, idLog, TAB_LOG, tulisLog, type BarisLog } from './log';
import {
  bersamaan,
  jalankan,
  type Argumen,
  type ArgumenEndpoint,
  type Eksekusi,
  type Endpoint,
  type Hasil,
  type NamaFungsi,
  type Tugas,
} from './panggil';
import { LoadedScript } from './script';

export interface OpsiSiklus {
  /** when the world's clock starts (epoch ms); default Rabu 12 Agustus 2026 08.30 WIB */
  jam?: number;
  /** who opens the workbook and makes the cycle (its files are theirs); default the Sek. Tim Sakip */
  oleh?: string;
  /** the period typed: "Tahunan 2026", "Triwulan I 2026" … "Triwulan IV 2026" (any form the add-in reads) */
  periode?: string;
  /** the Kepala's disposisi (step 1) typed once the units are confirmed; default "08.00-08.10" */
  disposisi?: string;
  /** the form deadline typed into Pengaturan ("Batas pengisian (WIB)") once the cycle exists; default: left empty */
  batas?: string;
  /** units and indicators: the default settings grown or cut to `unit` units of `perUnit` indicators, from an
   * earlier cycle of the office (Triwulan I 2026) that the new cycle takes its settings and forms from */
  ukuran?: { unit: number; perUnit: number };
  /** people the cycle spreadsheet is shared with by its owner (as distributing the forms does) */
  penyunting?: readonly string[];
  /** people the office workbook is shared with */
  penyuntingBukuKerja?: readonly string[];
  /** every edit a person makes fires the spreadsheet's installable onEdit triggers, as in Sheets */
  pemicuEdit?: boolean;
  /** false: the workbook only; the test starts its cycles with mulaiSiklus */
  mulai?: boolean;
  /**
   * Independent of the cycle builder (and installing no trigger): a bare cycle spreadsheet made by the test, with the
   * default Pengaturan, shared with the office's people and registered in the workbook; with `log` an empty Log tab.
   */
  tanpaMenu?: { log?: boolean };
}

/** The answers a person gives to "Mulai siklus baru…" after typing the period. */
export interface JawabanMenu {
  oleh?: string;
  /** the unit confirmation; null: not answered (the period's cycle exists, or the run stops before) */
  konfirmasi?: 'YES' | 'NO' | null;
  /** the disposisi time typed after YES; null: not answered */
  disposisi?: string | null;
  /** answers queued after those, for a run that asks again */
  cadangan?: (ButtonName | UiAnswer)[];
  authMode?: AuthModeName;
}

/** Who calls an endpoint: a person, or a person at a WIB time (the clock is set first) in a cycle (default: this). */
export type Pemanggil = string | { oleh: string; pada?: number; di?: string };

/** `user` calling at WIB time `pada` (the clock is set first). */
export const oleh = (user: string, pada?: number): Pemanggil => ({ oleh: user, pada });

/** The script's services, as the test uses them directly (as a person in Sheets or Docs would). */
type Globals = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
};
type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PERIODE = 'Triwulan II 2026';
const DISPOSISI = '08.00-08.10';

export class Siklus {
  readonly world: World;
  readonly script: LoadedScript;
  /** the office's SAKIP workbook, where the menu is used and the cycles are registered */
  readonly bukuKerja: string;
  /** who made the cycle: its files are theirs */
  readonly pemilik: string;
  /** the cycle spreadsheet (the first one started) */
  id = '';
  /** the script's services (SpreadsheetApp, DocumentApp ...), for what a person does by hand */
  get g(): Globals {
    return this.script.context as unknown as Globals;
  }

  constructor(opsi: OpsiSiklus = {}) {
    this.world = new World(opsi.jam ?? agu(12, 8, 30));
    this.script = new LoadedScript(this.world);
    this.pemilik = opsi.oleh ?? ORANG.sekTim;
    const editor = opsi.penyuntingBukuKerja ?? [];
    this.bukuKerja = this.world.run({ user: this.pemilik }, () => {
      const ss = this.g.SpreadsheetApp.create('Buku Kerja SAKIP');
      if (editor.length) ss.addEditors([...editor]);
      return ss.getId();
    });
    if (opsi.tanpaMenu) this.id = this.buatTanpaMenu(opsi.tanpaMenu.log === true);
    else this.bukaBukuKerja(opsi);
    if (opsi.batas !== undefined) this.aturPengaturan('Batas pengisian (WIB)', opsi.batas);
    if (opsi.penyunting) this.sebagai(this.pemilik, (ss) => ss.addEditors([...opsi.penyunting!]));
    if (opsi.pemicuEdit) this.script.fireEditTriggers();
  }

  private bukaBukuKerja(opsi: OpsiSiklus): void {
    if (opsi.ukuran) {
      const p = pengaturanUkuran(opsi.ukuran.unit, opsi.ukuran.perUnit);
      siklusSebelumnya(this.script, this.pemilik, this.bukuKerja, p, '2026-TW1');
    }
    // opening the workbook runs onOpen as the simple trigger it is: AuthMode.LIMITED for an add-on already used here
    // (https://developers.google.com/apps-script/reference/script/auth-mode)
    this.jalankan('onOpen', { user: this.pemilik, activeSpreadsheetId: this.bukuKerja, authMode: 'LIMITED' });
    if (opsi.mulai !== false) this.mulaiSiklus(opsi.periode ?? PERIODE, { disposisi: opsi.disposisi ?? DISPOSISI });
  }

  /** The cycle spreadsheet a test makes itself, as mulaiSiklus registers one (see OpsiSiklus.tanpaMenu). */
  private buatTanpaMenu(denganLog: boolean): string {
    const p = pengaturanBawaan(SOP);
    return this.world.run({ user: this.pemilik, activeSpreadsheetId: this.bukuKerja }, () => {
      const ss = this.g.SpreadsheetApp.create('Pengukuran Kinerja Triwulan II Tahun 2026');
      const pertama = ss.getSheets()[0];
      if (denganLog) {
        pertama.setName(TAB_LOG.nama);
        pertama.getRange(1, 1, 1, TAB_LOG.kolom.length).setValues([TAB_LOG.kolom.map((k) => k.judul)]);
      }
      const baris = pengaturanKeBaris(p, SOP);
      // plain-text cells, so "07:30" stays the text the Pengaturan reader expects rather than becoming a time
      (denganLog ? ss.insertSheet('Pengaturan') : pertama.setName('Pengaturan'))
        .getRange(1, 1, baris.length, baris[0].length)
        .setNumberFormat('@')
        .setValues(baris as unknown[][]);
      ss.addEditors(p.orang.map((o) => o.email).filter((e) => e !== this.pemilik));
      this.g.PropertiesService.getDocumentProperties().setProperty('siklus:2026-TW2', ss.getId());
      // the seal mulaiSiklus writes (gateways/sheets/cycle-registered.ts)
      const { PROJECT } = this.g.SpreadsheetApp.DeveloperMetadataVisibility;
      ss.addDeveloperMetadata('pengukuran-kinerja.segel', ss.getId(), PROJECT);
      return ss.getId();
    });
  }

  /**
   * "Mulai siklus baru…" from the workbook's menu: the period typed, then the answers (by default the units confirmed
   * and the disposisi typed). The cycle spreadsheet of the period, or null when there is none.
   */
  readonly mulaiSiklus = (periode: string = PERIODE, jawab: JawabanMenu = {}): string | null => {
    const konfirmasi = jawab.konfirmasi === undefined ? 'YES' : jawab.konfirmasi;
    const disposisi = konfirmasi === 'YES' && jawab.disposisi !== null ? (jawab.disposisi ?? DISPOSISI) : null;
    answerUi(
      this.world,
      { button: 'OK', text: periode },
      ...(konfirmasi ? [konfirmasi] : []),
      ...(disposisi === null ? [] : [{ button: 'OK' as const, text: disposisi }]),
      ...(jawab.cadangan ?? []),
    );
    const oleh = jawab.oleh ?? this.pemilik;
    this.jalankan('menuMulaiSiklusBaru', { user: oleh, activeSpreadsheetId: this.bukuKerja, authMode: jawab.authMode });
    const dibaca = parsePeriode(periode);
    const id = dibaca.ok ? (this.berkasSiklus(kunciPeriode(dibaca.periode))[0]?.id ?? null) : null;
    if (id && !this.id) this.id = id;
    return id;
  };

  /** The spreadsheets tagged as cycles (of period `kunci`, e.g. "2026-TW2"), read from the emulator's store. */
  readonly berkasSiklus = (kunci?: string) =>
    [...spreadsheetStore(this.world).files.values()].filter((f) =>
      f.developerMetadata.some((m) => m.key === METADATA_SIKLUS && (kunci === undefined || m.value === kunci)),
    );

  /** The one spreadsheet tagged as the cycle of period `kunci`; an error when there is none or more than one. */
  readonly siklusPeriode = (kunci: string) => {
    const ada = this.berkasSiklus(kunci);
    if (ada.length !== 1) throw new Error(`${ada.length} spreadsheet bertanda siklus ${kunci}, bukan satu.`);
    return ada[0];
  };

  /** One execution of a top-level function of Code.js (menu, trigger, panelSiklus), typed by its signature. */
  readonly jalankan = <F extends NamaFungsi>(fn: F, eksekusi: Eksekusi, ...args: Argumen<F>): Hasil<F> =>
    jalankan(this.script, fn, eksekusi, ...args);

  /** One google.script.run call of the sidebar on the cycle, as `siapa`, typed by the endpoint's signature. */
  readonly panggil = <F extends Endpoint>(fn: F, siapa: Pemanggil, ...args: ArgumenEndpoint<F>): Hasil<F> => {
    const { oleh, pada, di = this.id } = typeof siapa === 'string' ? { oleh: siapa } : siapa;
    if (pada !== undefined) this.world.clock.set(pada);
    const semua = [di, ...args] as unknown as Argumen<F>;
    return jalankan(this.script, fn, { user: oleh, activeSpreadsheetId: di }, ...semua);
  };

  /** Executions run truly at once (the script lock decides who waits), each with its typed outcome. */
  readonly bersamaan = <T extends readonly Tugas[]>(...semua: T) => bersamaan(this.script, ...semua);

  /** `fn` on the cycle spreadsheet (or `di`) opened by `oleh`, as one execution. */
  readonly sebagai = <T>(oleh: string, fn: (ss: Ss) => T, di: string = this.id): T =>
    this.world.run({ user: oleh, activeSpreadsheetId: di }, () => fn(this.g.SpreadsheetApp.openById(di)));

  /**
   * The office's logo kept as `oleh` keeps it: a Google Doc holding the image (PNG bytes), shared with the given
   * colleagues as readers. Returns the Doc's address, as it is pasted into Pengaturan ("Logo kop").
   */
  readonly dokumenLogo = (oleh: string, png: Uint8Array, pembaca: readonly string[] = []): string =>
    this.world.run({ user: oleh }, () => {
      const { DocumentApp, Utilities, DriveApp } = this.g;
      const doc = DocumentApp.create('Logo Pemerintah Kabupaten');
      const bytes = Array.from(png, (b) => (b > 127 ? b - 256 : b));
      doc
        .getBody()
        .getChild(0)
        .asParagraph()
        .appendInlineImage(Utilities.newBlob(bytes, 'image/png', 'logo.png'));
      doc.saveAndClose();
      for (const email of pembaca) DriveApp.getFileById(doc.getId()).addViewer(email);
      return `https://docs.google.com/document/d/${doc.getId()}/edit`;
    });

  /** The values of a tab as its owner reads them (header row first); [] when the tab does not exist. */
  readonly nilai = (tab: string, di: string = this.id): unknown[][] =>
    this.sebagai(this.pemilik, (ss) => ss.getSheetByName(tab)?.getDataRange().getValues() ?? [], di);

  /** The Log's rows by field (BarisLog), as the owner reads them. */
  readonly log = (di: string = this.id): BarisLog[] => bacaLog(this.script, di, this.pemilik);

  /** The Log's row ids, in order. */
  readonly idLog = (di: string = this.id): string[] => idLog(this.log(di));

  /** Rows appended to the Log by the owner, as the actions write them. */
  readonly tulisLog = (baris: readonly BarisLog[], di: string = this.id): void =>
    tulisLog(this.script, di, this.pemilik, baris);

  /** A step event appended to the Log as the tracking actions write it (id "uji-1", "uji-2" ... unless given). */
  readonly catat = (event: Omit<StepEvent, 'id'> & { id?: string }): void =>
    this.tulisLog([barisKejadian({ ...event, id: event.id ?? `uji-${++this.dicatat}` })]);
  private dicatat = 0;

  /** Types `nilai` as the owner into the value cell (column B) of the Pengaturan row labelled `label`. */
  readonly aturPengaturan = (label: string, nilai: string): void =>
    this.sebagai(this.pemilik, (ss) => {
      const sheet = ss.getSheetByName('Pengaturan')!;
      const baris = sheet
        .getRange('A:A')
        .getValues()
        .findIndex((r) => r[0] === label);
      sheet.getRange(baris + 1, 2).setValue(nilai);
    });

  /** Rewrites the Pengaturan tab as the owner: the default settings changed by `ubah`, as plain-text cells. */
  readonly tulisPengaturan = (ubah: (p: Pengaturan) => void, di: string = this.id): Pengaturan => {
    const p = pengaturanBawaan(SOP);
    ubah(p);
    const baris = pengaturanKeBaris(p, SOP);
    this.sebagai(
      this.pemilik,
      (ss) => {
        const sheet = ss.getSheetByName('Pengaturan')!;
        sheet.clearContents();
        sheet
          .getRange(1, 1, baris.length, baris[0].length)
          .setNumberFormat('@')
          .setValues(baris as unknown[][]);
      },
      di,
    );
    return p;
  };

  /** Service round trips (not local calls) made by `fn`. */
  readonly panggilan = (fn: () => unknown): number => {
    const awal = this.world.calls.mark();
    fn();
    return this.world.calls.since(awal).filter((c) => c.costClass !== 'local').length;
  };

  /** Moves the clock hour by hour up to `sampai`, firing the due triggers at each hour as Apps Script would. */
  readonly jalankanSampai = (sampai: number): void => {
    while (this.world.clock.now() + JAM <= sampai) {
      this.world.clock.advance(JAM);
      this.script.fireDueTriggers();
    }
  };
}

/** A cycle of the office (see OpsiSiklus), made as a person makes it. */
export const buatSiklus = (opsi: OpsiSiklus = {}): Siklus => new Siklus(opsi);
