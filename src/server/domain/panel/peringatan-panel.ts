import { PERINGATAN_ALAMAT_CONTOH, type KopSurat } from '../naskah/kop';
import type { Pengaturan } from '../pengaturan/types';

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
    ...(contoh.length
      ? [
          `${contoh.length} dari ${p.orang.length} orang di Pengaturan (blok ORANG DAN PERAN) masih beralamat contoh ` +
            `(${DOMAIN_CONTOH}); surel kepada mereka tidak akan sampai. Ganti dengan alamat sebenarnya.`,
        ]
      : []),
  ];
}

/** Each Log row whose seal does not hold (domain/pelacakan/segel-log.ts), named by sheet row, with what to do. */
export function peringatanLog(tab: string, tidakSah: readonly { nomor: number; aksi: string }[]): string[] {
  return tidakSah.map(
    (t) =>
      `Tab "${tab}" baris ${t.nomor}: baris "${t.aksi}" tanpa segel add-in (diketik atau diubah tangan), tidak dipakai. ` +
      'Periksa siapa yang mengetiknya (Riwayat versi) dan ulangi aksinya dari panel bila perlu.',
  );
}
