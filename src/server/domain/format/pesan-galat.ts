/** The text of a thrown value: an Error's message (also an Apps Script error object, which may not be an Error). */
export function pesanGalat(e: unknown): string {
  return e instanceof Error || (e as Error)?.message ? (e as Error).message : String(e);
}
