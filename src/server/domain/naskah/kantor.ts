import type { Pengaturan } from '../pengaturan/types';
import { TEMPLAT } from '../templat';
import { checkKop, PERINGATAN_ALAMAT_CONTOH, type KopSurat } from './kop';
import { signerBlock, type Penandatangan } from './penandatangan';

/** Office data for documents (sheets-templates/kantor.json or the Pengaturan tab). */
export interface Kantor {
  kop: KopSurat;
  /** place written before the date: "Purwokerto" */
  tempat: string;
  penandatangan: Penandatangan;
}

export type KantorResult = { ok: true; kantor: Kantor; peringatan: string[] } | { ok: false; alasan: string[] };

/** Checks office data read from JSON: kop lines present, tempat, and a signer with a valid NIP. */
export function readKantor(data: unknown): KantorResult {
  const raw = (data ?? {}) as Partial<Record<keyof Kantor, unknown>>;
  const kop = textFields(raw.kop, ['pemerintah', 'alamat', 'kontak']) as Partial<KopSurat>;
  const instansi = (raw.kop as { instansi?: unknown } | undefined)?.instansi;
  const kantor: Kantor = {
    kop: {
      pemerintah: kop.pemerintah ?? '',
      instansi: Array.isArray(instansi) ? instansi.filter((l): l is string => typeof l === 'string') : [],
      alamat: kop.alamat ?? '',
      ...(kop.kontak ? { kontak: kop.kontak } : {}),
      ...((raw.kop as { alamatContoh?: unknown } | undefined)?.alamatContoh === true ? { alamatContoh: true } : {}),
    },
    tempat: typeof raw.tempat === 'string' ? raw.tempat.trim() : '',
    penandatangan: textFields(raw.penandatangan, ['jabatan', 'nama', 'pangkat', 'nip']) as unknown as Penandatangan,
  };

  const alasan = checkKop(kantor.kop);
  if (!kantor.tempat) alasan.push('Data kantor: tempat (kota) pembuatan dokumen kosong.');
  const signer = signerBlock(kantor.penandatangan);
  if (!signer.ok) alasan.push(...signer.alasan);
  if (alasan.length > 0) return { ok: false, alasan };
  return { ok: true, kantor, peringatan: kantor.kop.alamatContoh ? [PERINGATAN_ALAMAT_CONTOH] : [] };
}

function textFields(source: unknown, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const record = (source ?? {}) as Record<string, unknown>;
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  return out;
}

/** The kop of sheets-templates/kantor.json, with the address and contact line of Pengaturan when given. */
export function kopSurat(p: Pengaturan): KopSurat {
  const kantor = readKantor(TEMPLAT.kantor);
  if (!kantor.ok) throw new Error(`sheets-templates/kantor.json: ${kantor.alasan.join(' ')}`);
  const { kop } = kantor.kantor;
  const alamat = p.dokumen?.alamatKop;
  const kontak = p.dokumen?.kontakKop ?? (alamat ? undefined : kop.kontak);
  return {
    pemerintah: kop.pemerintah,
    instansi: kop.instansi,
    alamat: alamat ?? kop.alamat,
    ...(kontak ? { kontak } : {}),
    ...(!alamat && kop.alamatContoh ? { alamatContoh: true } : {}),
    ...(p.dokumen?.logoKop ? { logo: p.dokumen.logoKop } : {}),
  };
}
