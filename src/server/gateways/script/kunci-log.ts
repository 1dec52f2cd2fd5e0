/**
 * The key the Log's seals are made with (domain/pelacakan/segel-log.ts): a random id kept in the script properties,
 * which belong to the add-in's project and which the people using the add-in cannot read
 * (https://developers.google.com/apps-script/guides/properties#comparison_of_property_stores). Made once, under the
 * script lock so that two first writes at the same moment agree on one key; read once per execution.
 */
export const PROPERTI_KUNCI_LOG = 'pengukuran-kinerja.kunci-segel-log';

let kunci: string | null = null;

export function kunciSegelLog(): string {
  if (kunci) return kunci;
  const properti = PropertiesService.getScriptProperties();
  kunci = properti.getProperty(PROPERTI_KUNCI_LOG);
  if (kunci) return kunci;
  const lock = LockService.getScriptLock();
  lock.waitLock(10000);
  try {
    kunci = properti.getProperty(PROPERTI_KUNCI_LOG) ?? Utilities.getUuid();
    properti.setProperty(PROPERTI_KUNCI_LOG, kunci);
  } finally {
    lock.releaseLock();
  }
  return kunci;
}
