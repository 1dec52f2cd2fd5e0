import { PERINGATAN_ALAMAT_CONTOH, PERINGATAN_TANPA_LOGO, type KopSurat } from '../naskah/kop';
import { normalkan } from '../pengaturan/blok-tab';
import type { Pengaturan } from '../pengaturan/types';
import { uraianTidakUtuh, type LogTidakUtuh } from '../pelacakan/periksa-segel';

/** The domain of the shipped example addresses (sheets-templates/pengaturan-bawaan.json). */
const DOMAIN_CONTOH = '@contoh.go.id';

/**
 * What in the cycle's settings is still the shipped example, said in the sidebar before a document or a mail goes
 * out with it: the kop's address, and people whose address is an example one (their mails would reach no one).
 */
export function peringatanDataContoh(p: Pengaturan, kop: KopSurat): string[] {
  const contoh = p.orang.filter((o) => o.email.trim().toLowerCase().endsWith(DOMAIN_CONTOH));
  return [
    ...(kop.alamatContoh ? [PERINGATAN_ALAMAT_CONTOH] : []),
    ...(kop.logo || p.dokumen?.templatId ? [] : [PERINGATAN_TANPA_LOGO]),
    ...(contoh.length
      ? [
          `${contoh.length} dari ${p.orang.length} orang di Pengaturan (blok ORANG DAN PERAN) masih beralamat contoh ` +
            `(${DOMAIN_CONTOH}); surel kepada mereka tidak akan sampai. Ganti dengan alamat sebenarnya.`,
        ]
      : []),
  ];
}

/** Each place where the Log is not as the add-in wrote it (domain/pelacakan/periksa-segel.ts), with what to do. */
export function peringatanLog(tab: string, tidakUtuh: readonly LogTidakUtuh[]): string[] {
  return tidakUtuh.map(
    (t) =>
      `Tab "${tab}" baris ${t.nomor}: ${uraianTidakUtuh(t)}. ` +
      'Periksa siapa yang mengubahnya (Riwayat versi), pulihkan versi sebelumnya bila perlu, dan ulangi aksinya dari panel.',
  );
}

/**
 * Each step whose pelaksana role nobody holds in ORANG DAN PERAN (someone left, a role renamed): only the Tim SAKIP
 * can record it until the role is given to someone. A warning, not a refusal: the cycle goes on meanwhile.
 */
export function peringatanPelaksana(p: Pengaturan, langkah: readonly { no: number; pelaksana: string }[]): string[] {
  const dipegang = new Set(p.orang.flatMap((o) => o.peran.map(normalkan)));
  return langkah
    .filter((l) => l.pelaksana.trim() && !dipegang.has(normalkan(l.pelaksana)))
    .map(
      (l) =>
        `Langkah ${l.no}: peran "${l.pelaksana}" tidak dipegang siapa pun di Pengaturan (blok ORANG DAN PERAN); ` +
        'hanya Tim SAKIP yang dapat mencatatnya sampai peran itu diberikan kepada seseorang.',
    );
}
