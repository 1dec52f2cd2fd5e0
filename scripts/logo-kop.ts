/**
 * Draws the example logo of the local run (scripts/local-run/logo-kop.png): a shield in green with a gold rim and a
 * gold five-pointed star, 120 × 144 px, written by a small PNG encoder (RGBA, one zlib stream). It stands in for the
 * logo an office keeps in a Google Doc (Pengaturan, "Logo kop"); it is no real emblem. `npx tsx scripts/logo-kop.ts`
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const W = 120;
const H = 144;
type Rgba = [number, number, number, number];
const HIJAU: Rgba = [0, 104, 55, 255];
const EMAS: Rgba = [230, 178, 30, 255];
const BENING: Rgba = [255, 255, 255, 0];

/** Inside the shield: straight sides down to 55 % of the height, then a curve to the point at the bottom. */
function diPerisai(x: number, y: number, susut: number): boolean {
  const kiri = susut;
  const kanan = W - 1 - susut;
  const atas = susut;
  const bahu = H * 0.55;
  if (y < atas || x < kiri || x > kanan) return false;
  if (y <= bahu) return true;
  const t = (y - bahu) / (H - 1 - susut - bahu);
  if (t > 1) return false;
  const setengah = ((kanan - kiri) / 2) * Math.sqrt(1 - t * t);
  return Math.abs(x - W / 2) <= setengah;
}

/** Inside a five-pointed star centred at (cx, cy) with outer radius r (even-odd test on its ten vertices). */
function diBintang(x: number, y: number, cx: number, cy: number, r: number): boolean {
  const titik = Array.from({ length: 10 }, (_, i) => {
    const sudut = -Math.PI / 2 + (i * Math.PI) / 5;
    const jari = i % 2 === 0 ? r : r * 0.4;
    return [cx + jari * Math.cos(sudut), cy + jari * Math.sin(sudut)];
  });
  let dalam = false;
  for (let i = 0, j = titik.length - 1; i < titik.length; j = i++) {
    const [xi, yi] = titik[i];
    const [xj, yj] = titik[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) dalam = !dalam;
  }
  return dalam;
}

function warna(x: number, y: number): Rgba {
  if (!diPerisai(x, y, 0)) return BENING;
  if (!diPerisai(x, y, 6)) return EMAS;
  return diBintang(x, y, W / 2, H * 0.42, 34) ? EMAS : HIJAU;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function potongan(jenis: string, isi: Buffer): Buffer {
  const panjang = Buffer.alloc(4);
  panjang.writeUInt32BE(isi.length);
  const badan = Buffer.concat([Buffer.from(jenis, 'ascii'), isi]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(badan));
  return Buffer.concat([panjang, badan, crc]);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(H, 4);
ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter, no interlace
const baris = Array.from({ length: H }, (_, y) =>
  Buffer.from([0, ...Array.from({ length: W }, (_, x) => warna(x, y)).flat()]),
);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  potongan('IHDR', ihdr),
  potongan('IDAT', deflateSync(Buffer.concat(baris))),
  potongan('IEND', Buffer.alloc(0)),
]);
writeFileSync(join(__dirname, 'local-run', 'logo-kop.png'), png);
