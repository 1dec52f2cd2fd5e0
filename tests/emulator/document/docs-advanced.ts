import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';
import { driveFiles } from '../drive/registry';
import { MIME_TYPES } from '../drive/enums';
import {
  BODY_START,
  placeBlocks,
  placedParagraphs,
  placedTables,
  structuralElements,
  type Placed,
} from './api-structure';
import type { AlignmentName, DocData } from './model';
import { documents } from './store';

/**
 * The Docs advanced service (Docs API v1) as the global `Docs`: Documents.get and Documents.batchUpdate on a saved
 * document, with just the requests the add-in sends — pinTableHeaderRows, updateTableRowStyle and
 * updateParagraphStyle, each validated as the reference describes it; any other request is refused as not emulated
 * rather than ignored. The batch is atomic: "If any request is not valid, then the entire request will fail and
 * nothing will be applied."
 * https://developers.google.com/apps-script/advanced/docs
 * https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request
 *
 * The API works on the saved document (what saveAndClose wrote), so a script calls it after saving. Under the
 * documents scope it reaches every document the user may open. Failures read as Apps Script reports a failed API call
 * ("API call to docs.documents.batchUpdate failed with error: …", the form of the Drive service); the words after the
 * colon for invalid requests are the emulator's, naming the request as the API does ("requests[2]").
 */

type Request = Record<string, unknown>;

const DOCS_API_ERRORS = {
  call: (method: string, message: string) => `API call to docs.${method} failed with error: ${message}`,
  notFound: 'Requested entity was not found.',
  permission: 'The caller does not have permission',
  invalid: (i: number, kind: string, why: string) => `Invalid requests[${i}].${kind}: ${why}`,
} as const;

class DocsApiError extends Error {}

/** The fields of each style the emulator models; a listed field outside these is refused as not emulated. */
const ROW_STYLE_FIELDS = new Set(['preventOverflow', 'minRowHeight']);
const PARAGRAPH_STYLE_FIELDS = new Set(['keepWithNext', 'alignment']);
/**
 * ParagraphStyle.alignment: START, CENTER, END, JUSTIFIED (and ALIGNMENT_UNSPECIFIED, which inherits), as the
 * paragraph's HorizontalAlignment in a left-to-right document.
 * https://developers.google.com/docs/api/reference/rest/v1/documents#alignment
 */
const ALIGNMENTS: Readonly<Record<string, AlignmentName | null>> = {
  ALIGNMENT_UNSPECIFIED: null,
  START: 'LEFT',
  CENTER: 'CENTER',
  END: 'RIGHT',
  JUSTIFIED: 'JUSTIFY',
};
const EMULATED = new Set(['pinTableHeaderRows', 'updateTableRowStyle', 'updateParagraphStyle']);

export class FakeDocsDocuments
  extends FakeService
  implements FakeOf<GoogleAppsScript.Docs.Collection.DocumentsCollection>
{
  readonly typeName = 'DocumentsCollection';
  static override readonly calls: CallTable = { cost: 'docs', needsFullAuth: true };

  /** The document's body content with its indices; `optionalArgs` (fields, tabs) are not emulated. */
  get(documentId: string, optionalArgs?: object): GoogleAppsScript.Docs.Schema.Document {
    return this.request('documents.get', () => {
      if (optionalArgs && Object.keys(optionalArgs).length)
        throw new Error('Emulator: documents.get optional arguments are not emulated');
      const data = this.saved(documentId, false);
      return {
        documentId,
        title: driveFiles(this.world).get(documentId)!.name,
        body: { content: [{ endIndex: BODY_START, sectionBreak: {} }, ...structuralElements(this.place(data))] },
      } as GoogleAppsScript.Docs.Schema.Document;
    });
  }

  batchUpdate(
    resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest,
    documentId: string,
  ): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    return this.request('documents.batchUpdate', () => {
      const data = structuredClone(this.saved(documentId, true));
      const requests = (resource?.requests ?? []) as Request[];
      // the emulated requests change styles, never text, so the indices are placed once for the whole batch
      const placed = new Placement(this.place(data));
      requests.forEach((request, i) => this.apply(placed, request, i));
      documents(this.world).replaceSaved(documentId, data);
      return { documentId, replies: requests.map(() => ({})) };
    });
  }

  private request<T>(method: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      // eslint-disable-next-line preserve-caught-error -- Apps Script surfaces only the reworded message, no cause
      if (e instanceof DocsApiError) throw new Error(DOCS_API_ERRORS.call(method, e.message));
      throw e;
    }
  }

  private saved(id: string, forEdit: boolean): DocData {
    const drive = driveFiles(this.world);
    const user = drive.actingUser();
    const item = drive.get(id);
    if (!item || item.mimeType !== MIME_TYPES.GOOGLE_DOCS || item.trashed || !drive.canView(id, user))
      throw new DocsApiError(DOCS_API_ERRORS.notFound);
    if (forEdit && !drive.canEdit(id, user)) throw new DocsApiError(DOCS_API_ERRORS.permission);
    return documents(this.world).savedData(id);
  }

  private place(data: DocData): Placed[] {
    return placeBlocks(data.body.children, BODY_START);
  }

  private apply(placed: Placement, request: Request, i: number): void {
    const kinds = Object.keys(request ?? {});
    if (kinds.length !== 1) throw new DocsApiError(`Invalid requests[${i}]: exactly one kind of request must be set.`);
    const [kind] = kinds;
    if (!EMULATED.has(kind)) throw new Error(`Emulator: the Docs request ${kind} is not emulated`);
    const body = request[kind] as Record<string, unknown>;
    const bad = (why: string) => new DocsApiError(DOCS_API_ERRORS.invalid(i, kind, why));
    if (kind === 'updateParagraphStyle') return updateParagraphStyle(placed, body, bad);
    const table = tableAt(placed.blocks, body.tableStartLocation, bad);
    if (kind === 'pinTableHeaderRows') {
      const count = body.pinnedHeaderRowsCount ?? 0;
      if (!Number.isInteger(count) || (count as number) < 0 || (count as number) > table.rows.length)
        throw bad(`pinnedHeaderRowsCount must be between 0 and the table's ${table.rows.length} rows.`);
      table.data.pinnedHeaderRows = count as number;
      return;
    }
    updateTableRowStyle(table, body, bad);
  }
}

/** "preventOverflow,minRowHeight" or "*" as field names; at least one is required. */
function fieldList(fields: unknown, known: ReadonlySet<string>, bad: (why: string) => Error): string[] {
  const names =
    typeof fields === 'string'
      ? fields
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean)
      : [];
  if (names.length === 0) throw bad("at least one field must be listed in 'fields' (use '*' to indicate all fields).");
  if (names.includes('*')) return [...known];
  const other = names.find((n) => !known.has(n));
  if (other) throw new Error(`Emulator: the style field ${other} is not emulated`);
  return names;
}

function tableAt(placed: readonly Placed[], location: unknown, bad: (why: string) => Error) {
  const { index, segmentId } = (location ?? {}) as { index?: unknown; segmentId?: unknown };
  if (segmentId) throw new Error('Emulator: tables in headers, footers or footnotes are not emulated');
  const table = placedTables(placed).find((t) => t.start === index);
  if (!table) throw bad(`tableStartLocation index ${String(index)} is not the start of a table.`);
  return table;
}

function updateTableRowStyle(
  table: ReturnType<typeof tableAt>,
  body: Record<string, unknown>,
  bad: (why: string) => Error,
): void {
  const fields = fieldList(body.fields, ROW_STYLE_FIELDS, bad);
  const indices = (body.rowIndices as unknown[] | undefined) ?? table.rows.map((_, r) => r);
  for (const r of indices)
    if (!Number.isInteger(r) || (r as number) < 0 || (r as number) >= table.rows.length)
      throw bad(`row index ${String(r)} is outside the table's ${table.rows.length} rows.`);
  const style = (body.tableRowStyle ?? {}) as { preventOverflow?: boolean; minRowHeight?: { magnitude?: number } };
  for (const r of indices as number[]) {
    const row = table.rows[r].data;
    if (fields.includes('preventOverflow')) row.preventOverflow = style.preventOverflow === true;
    if (fields.includes('minRowHeight')) row.minimumHeight = style.minRowHeight?.magnitude ?? null;
  }
}

/** Every paragraph the range touches takes the style ("overlapping paragraphs"), cells included. */
/** A batch's placed blocks, with every paragraph (cells included) in index order for range look-ups. */
class Placement {
  readonly paragraphs: Extract<Placed, { kind: 'paragraph' }>[];
  constructor(readonly blocks: readonly Placed[]) {
    this.paragraphs = placedParagraphs(blocks);
  }

  get end(): number {
    return this.blocks.length ? this.blocks[this.blocks.length - 1].end : BODY_START;
  }

  /** The paragraphs a range [start, end) overlaps, found by binary search. */
  overlapping(start: number, end: number): Extract<Placed, { kind: 'paragraph' }>[] {
    const all = this.paragraphs;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    const out = [];
    for (let i = lo; i < all.length && all[i].start < end; i++) out.push(all[i]);
    return out;
  }
}

function updateParagraphStyle(placed: Placement, body: Record<string, unknown>, bad: (why: string) => Error) {
  const fields = fieldList(body.fields, PARAGRAPH_STYLE_FIELDS, bad);
  const { startIndex, endIndex, segmentId } = (body.range ?? {}) as Record<string, unknown>;
  if (segmentId) throw new Error('Emulator: paragraphs in headers, footers or footnotes are not emulated');
  const segmentEnd = placed.end;
  if (!Number.isInteger(startIndex) || !Number.isInteger(endIndex) || (startIndex as number) >= (endIndex as number))
    throw bad('the range must have a start index before its end index.');
  if ((startIndex as number) < BODY_START) throw bad(`the range must start at index ${BODY_START} or later.`);
  if ((endIndex as number) > segmentEnd)
    throw bad(`Index ${String(endIndex)} must be less than the end index of the referenced segment, ${segmentEnd}.`);
  const style = (body.paragraphStyle ?? {}) as { keepWithNext?: boolean; alignment?: string };
  const alignment = style.alignment ?? 'ALIGNMENT_UNSPECIFIED';
  if (fields.includes('alignment') && !(alignment in ALIGNMENTS))
    throw bad(`invalid value for paragraph_style.alignment: "${alignment}".`);
  for (const p of placed.overlapping(startIndex as number, endIndex as number)) {
    if (fields.includes('keepWithNext')) p.data.keepWithNext = style.keepWithNext === true;
    if (fields.includes('alignment')) p.data.alignment = ALIGNMENTS[alignment];
  }
}

/** The global `Docs`: dependencies.enabledAdvancedServices in appsscript.json (serviceId "docs", v1). */
export class FakeDocsAdvanced extends Fake {
  readonly typeName = 'Docs';
  static override readonly calls: CallTable = { cost: 'local' };
  readonly Documents: FakeDocsDocuments;

  constructor(world: World) {
    super();
    this.Documents = new FakeDocsDocuments(world);
  }
}
