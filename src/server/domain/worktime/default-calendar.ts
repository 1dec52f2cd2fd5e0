import kalenderKerja from '../../../../sheets-templates/kalender-kerja.json';
import { WorkingCalendar } from './calendar';
import { parseWorkingCalendar } from './calendar-schema';

/** The national default calendar shipped in sheets-templates/kalender-kerja.json, checked on load. */
export function defaultWorkingCalendar(): WorkingCalendar {
  return parseWorkingCalendar(kalenderKerja, 'sheets-templates/kalender-kerja.json');
}
