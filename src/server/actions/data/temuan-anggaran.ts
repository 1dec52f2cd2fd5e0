import { temuanAnggaran } from '../../domain/data/anggaran/temuan-anggaran';
import { rumusTautanSel } from '../../domain/data/temuan/tautan-sel';
import { posisiKolom, rentangKolomIsian } from '../../domain/layout';
import type { Pengaturan } from '../../domain/pengaturan/types';
import { TEMPLAT } from '../../domain/templat';
import { hapusSorot, sorotSel } from '../../gateways/sheets/formulir-highlight';
import type { BarisTemuan } from '../../gateways/sheets/temuan-tab';
import type { TabAnggaran } from '../../gateways/sheets/anggaran-tab';
import { warnaPerSel } from './temuan-unit';

/**
 * The Anggaran tab's findings as Temuan rows linked to their cells, its input cells highlighted anew (the old
 * highlights cleared first). Nothing when the cycle has no budget or no Anggaran tab (started before it existed).
 */
export function periksaTabAnggaran(p: Pengaturan, tab: TabAnggaran | null): BarisTemuan[] {
  const tataLetak = TEMPLAT.anggaran;
  if (!p.anggaran.length || !tab) return [];
  const { sheet, baris } = tab;
  const kolom = (judul: string) => posisiKolom(tataLetak, tataLetak.kolom.find((k) => k.judul === judul)!.isi);
  const temuan = temuanAnggaran(tataLetak, p.anggaran, baris).map((t) => ({ ...t, kolom: kolom(t.column) }));
  const isian = rentangKolomIsian(tataLetak).flatMap(([c, n]) => Array.from({ length: n }, (_, i) => c + i));
  hapusSorot(sheet, isian, Math.max(...baris.map((b) => b.rowNumber), 1));
  sorotSel(sheet, warnaPerSel(temuan.filter((t) => t.row >= 2 && isian.includes(t.kolom))));
  return temuan.map(({ kolom: c, ...t }) => ({
    ...t,
    lokasi: rumusTautanSel(sheet.getSheetId(), sheet.getName(), t.row, c),
  }));
}
