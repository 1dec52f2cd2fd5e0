/** What the server hands the sidebar. Plain data only: google.script.run cannot carry Date objects. */
export interface RingkasanLangkah {
  no: number;
  uraian: string;
  pelaksana: string;
  targetMenit: number;
}

export interface RingkasanPanel {
  judul: string;
  periode: string;
  langkah: RingkasanLangkah[];
}
