/**
 * What the panel adds to a cycle's state for the person reading it: people by name and jabatan, the cycle's files,
 * the latest history, and a Kabid's own unit. Pure: the reads are the caller's.
 */
import type { PanelSiklusAktif, UnitKabidPanel } from '../../../shared/api';
import type { BarisLog } from '../pelacakan/log';
import type { Pengaturan } from '../pengaturan/types';
import { berkasDariLog } from './berkas-panel';
import { orangPanel } from './orang-panel';
import { riwayatDariLog } from './riwayat-panel';

export interface TambahanPanel {
  pengaturan: Pengaturan;
  log: readonly BarisLog[];
  /** the folder holding the cycle spreadsheet (the archive once closed), when Drive says */
  folder: { url: string; arsip: boolean } | null;
  unitKabid: readonly UnitKabidPanel[];
}

export function lengkapiPanel(panel: PanelSiklusAktif, t: TambahanPanel): PanelSiklusAktif {
  const saya = orangPanel(t.pengaturan, panel.pengguna.email);
  const berkas = berkasDariLog(t.log, t.folder);
  const riwayat = riwayatDariLog(t.log, t.pengaturan);
  return {
    ...panel,
    pengguna: { ...panel.pengguna, jabatan: panel.pengguna.nama ? saya.jabatan : '' },
    langkah: panel.langkah.map((l) => (l.oleh ? { ...l, olehOrang: orangPanel(t.pengaturan, l.oleh) } : l)),
    ...(berkas.length ? { berkas } : {}),
    ...(riwayat.length ? { riwayat } : {}),
    ...(t.unitKabid.length ? { unitKabid: t.unitKabid.map((u) => ({ ...u })) } : {}),
  };
}
