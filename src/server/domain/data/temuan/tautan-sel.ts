import { hurufKolom } from '../../layout';

/**
 * A HYPERLINK formula that jumps to one cell of a tab ("#gid=<sheetId>&range=F7"), labelled "Form PSPFM!F7". The
 * label is a string literal inside the formula: its quotes are doubled, so no tab name can break out of it.
 */
export function rumusTautanSel(sheetId: number, namaTab: string, baris: number, kolom: number): string {
  const a1 = `${hurufKolom(kolom)}${baris}`;
  const label = `${namaTab}!${a1}`.replace(/"/g, '""');
  return `=HYPERLINK("#gid=${sheetId}&range=${a1}","${label}")`;
}

/** The tab a link of rumusTautanSel points into, read back from its label; '' for any other text. */
export function tabDariTautan(rumus: string): string {
  const label = /,"((?:[^"]|"")*)![A-Z]+\d+"\)$/.exec(rumus)?.[1];
  return label === undefined ? '' : label.replace(/""/g, '"');
}
