type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The meeting of a cycle as the add-in keeps it: its calendar event and when and where it takes place. */
export interface RapatTersimpan {
  /** the event's iCalUID in its organiser's default calendar */
  eventId: string;
  mulaiMs: number;
  selesaiMs: number;
  tempat: string;
  /** who created the event (its calendar is theirs) */
  penyelenggara: string;
}

/** Developer metadata of the cycle spreadsheet: the machine-readable record beside the Log's row for people. */
const METADATA_RAPAT = 'pengukuran-kinerja.rapat';

export function bacaRapat(ss: Spreadsheet): RapatTersimpan | null {
  const [ada] = ss.createDeveloperMetadataFinder().withKey(METADATA_RAPAT).find();
  if (!ada) return null;
  const r = JSON.parse(ada.getValue() ?? 'null') as Partial<RapatTersimpan> | null;
  if (!r || typeof r.eventId !== 'string' || typeof r.mulaiMs !== 'number' || typeof r.selesaiMs !== 'number') {
    throw new Error(`Catatan rapat di spreadsheet "${ss.getName()}" rusak (metadata ${METADATA_RAPAT}).`);
  }
  return r as RapatTersimpan;
}

export function simpanRapat(ss: Spreadsheet, rapat: RapatTersimpan): void {
  ss.addDeveloperMetadata(METADATA_RAPAT, JSON.stringify(rapat));
}

export interface AcaraRapat {
  judul: string;
  mulaiMs: number;
  selesaiMs: number;
  tempat: string;
  deskripsi: string;
  tamu: readonly string[];
}

/**
 * The event in the caller's default calendar with this title and start, if an earlier run created it and stopped
 * before recording it: found, not made twice.
 */
export function cariAcaraRapat(a: AcaraRapat): string | null {
  const ada = CalendarApp.getDefaultCalendar()
    .getEvents(new Date(a.mulaiMs), new Date(a.selesaiMs))
    .find((e) => e.getTitle() === a.judul && e.getStartTime().getTime() === a.mulaiMs);
  return ada ? ada.getId() : null;
}

/**
 * Creates the event in the caller's default calendar and lets Google Calendar mail the invitations (sendInvites), so
 * the guests get one invitation they can accept, and no second mail from the add-in.
 */
export function buatAcaraRapat(a: AcaraRapat): string {
  return CalendarApp.getDefaultCalendar()
    .createEvent(a.judul, new Date(a.mulaiMs), new Date(a.selesaiMs), {
      description: a.deskripsi,
      location: a.tempat,
      guests: a.tamu.join(','),
      sendInvites: true,
    })
    .getId();
}
