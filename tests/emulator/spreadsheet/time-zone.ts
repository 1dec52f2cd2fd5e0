/**
 * Sheets keeps dates as wall-clock serial numbers in the spreadsheet's time zone; scripts see instants. A cell's date is
 * held here as "wall milliseconds": the local date and time in the spreadsheet zone, counted as if it were UTC. So a
 * Date written at 08:00 WIB reads back as the same instant, and after setSpreadsheetTimeZone the same wall time
 * (a different instant), as in Sheets.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in ms (Asia/Jakarta: +7 h). */
function zoneOffsetMs(timeZone: string, instantMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - (instantMs - (((instantMs % 1000) + 1000) % 1000));
}

export function instantToWall(timeZone: string, instantMs: number): number {
  return instantMs + zoneOffsetMs(timeZone, instantMs);
}

export function wallToInstant(timeZone: string, wallMs: number): number {
  const guess = wallMs - zoneOffsetMs(timeZone, wallMs);
  return wallMs - zoneOffsetMs(timeZone, guess);
}

const DAY_MS = 86_400_000;
/** 1899-12-30, day zero of spreadsheet serial numbers */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function wallToSerial(wallMs: number): number {
  return (wallMs - SERIAL_EPOCH_MS) / DAY_MS;
}

export function serialToWall(serial: number): number {
  return Math.round(serial * DAY_MS) + SERIAL_EPOCH_MS;
}
