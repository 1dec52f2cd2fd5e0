/**
 * The add-in's public surface. Every export becomes a top-level function of Code.js: simple triggers, menu handlers
 * and the endpoints the sidebar calls through google.script.run. Nothing else is global.
 */
import type { RingkasanPanel } from '../shared/api';
import { mulaiSiklus } from './actions/mulai-siklus';
import { parsePeriode } from './domain/cycle/period';
import { pasangMenu } from './gateways/menu';
import { tampilkanPanel } from './gateways/panel';
import { mintaPeriode } from './gateways/prompts';
import { TEMPLAT } from './templates';

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  pasangMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function menuMulaiSiklusBaru(): void {
  const jawaban = mintaPeriode();
  if (jawaban === null) return;
  const periode = parsePeriode(jawaban);
  const ui = SpreadsheetApp.getUi();
  if (!periode.ok) {
    ui.alert('Periode tidak dikenali', periode.reason, ui.ButtonSet.OK);
    return;
  }
  const hasil = mulaiSiklus(periode.periode);
  SpreadsheetApp.getActiveSpreadsheet().toast(
    hasil.baru ? `Spreadsheet "${hasil.nama}" dibuat.` : `Siklus ini sudah ada: "${hasil.nama}" dibuka kembali.`,
    'Pengukuran Kinerja',
  );
  tampilkanPanel();
}

export function menuBukaPanel(): void {
  tampilkanPanel();
}

export function panelRingkasan(): RingkasanPanel {
  const sop = TEMPLAT.sop;
  return {
    judul: sop.header.judul,
    periode: `SOP ${sop.header.nomor}`,
    langkah: sop.steps.map((s) => ({ no: s.no, uraian: s.uraian, pelaksana: s.pelaksana, targetMenit: s.waktuMenit })),
  };
}
