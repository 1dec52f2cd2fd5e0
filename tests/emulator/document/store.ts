import { REAL_ERRORS } from '../core/faults';
import type { World } from '../core/world';
import { MIME_TYPES } from '../drive/enums';
import { textToPdf } from '../drive/pdf';
import { driveFiles, type DriveItem } from '../drive/registry';
import { documentPlainText, newDocument, type DocData } from './model';

/**
 * Saved and open documents. A script works on its own copy of a document, opened by create / openById; the copy
 * becomes the saved document (what other executions, Drive exports and .docx export see) at saveAndClose() or when
 * the execution ends, as Apps Script does:
 * "The saveAndClose() method is automatically invoked at the end of script execution for each open editable
 * Document. A closed Document can't be edited."
 * https://developers.google.com/apps-script/reference/document/document#saveAndClose()
 */

export const DOCUMENT_ERRORS = {
  closed: 'Document is closed, its contents cannot be updated.',
  missing: "Document is missing (perhaps it was deleted, or you don't have read access?)",
  accessDenied: 'Access denied: DocumentApp.',
  lastParagraph: "Can't remove the last paragraph in a document section.",
  tooManyChanges: REAL_ERRORS.docsTooManyChanges,
  childIndex: (index: number) => `Child index (${index}) must be less than the number of child elements.`,
  /**
   * Inserting past the end; the words after the index are what gas-fakes' test run on Apps Script matches
   * (https://github.com/brucemcpherson/gas-fakes/blob/main/test/testdocsnext.js, "Error conditions").
   */
  insertIndex: (index: number) => `Child index (${index}) must be less than or equal to the number of child elements.`,
  /** Appending or inserting an element that is still in a document (same test file, "already attached"). */
  attached: 'Element must be detached.',
} as const;

/**
 * Element edits allowed on one open document before Docs refuses with "Too many changes applied before saving
 * document". Google publishes no number; reports put it at tens of thousands of small edits, so the emulator uses
 * 20,000 (settable per world to test the failure).
 */
const DEFAULT_MAX_CHANGES_BEFORE_SAVE = 20_000;

export interface OpenDocument {
  readonly id: string;
  readonly execution: number;
  data: DocData;
  closed: boolean;
  changes: number;
  /** the acting user may edit; a viewer's copy refuses edits */
  readonly editable: boolean;
}

export class DocumentStore {
  maxChangesBeforeSave = DEFAULT_MAX_CHANGES_BEFORE_SAVE;
  private readonly saved = new Map<string, DocData>();
  private readonly openByExecution = new Map<number, Map<string, OpenDocument>>();

  constructor(private readonly world: World) {
    const drive = driveFiles(world);
    drive.handleType(MIME_TYPES.GOOGLE_DOCS, {
      exportAs: (item, contentType) => (contentType === MIME_TYPES.PDF ? this.pdfOf(item) : null),
      copy: (sourceId, copyId) => this.saved.set(copyId, structuredClone(this.savedData(sourceId))),
    });
    world.onExecutionEnd((execution) => {
      for (const open of this.openByExecution.get(execution.id)?.values() ?? []) {
        if (!open.closed && open.editable) this.save(open);
      }
      this.openByExecution.delete(execution.id);
    });
  }

  /** A new Google Doc in the acting user's Drive, open for the current execution. */
  create(name: string): OpenDocument {
    const item = driveFiles(this.world).register({ name, mimeType: MIME_TYPES.GOOGLE_DOCS, byApp: true });
    this.saved.set(item.id, newDocument());
    return this.open(item.id);
  }

  /** The current execution's open copy of the document, opening it from the saved version if needed. */
  open(id: string): OpenDocument {
    const drive = driveFiles(this.world);
    const user = drive.actingUser();
    const item = drive.get(id);
    if (!item || item.mimeType !== MIME_TYPES.GOOGLE_DOCS || !drive.canView(id, user)) {
      throw new Error(DOCUMENT_ERRORS.missing);
    }
    const execution = this.world.execution.id;
    const mine = this.openByExecution.get(execution) ?? new Map<string, OpenDocument>();
    this.openByExecution.set(execution, mine);
    const known = mine.get(id);
    if (known && !known.closed) return known;
    const open: OpenDocument = {
      id,
      execution,
      data: structuredClone(this.savedData(id)),
      closed: false,
      changes: 0,
      editable: drive.canEdit(id, user),
    };
    mine.set(id, open);
    return open;
  }

  /** saveAndClose(): the open copy becomes the saved document. */
  save(open: OpenDocument): void {
    if (open.closed) throw new Error(DOCUMENT_ERRORS.closed);
    open.closed = true;
    if (open.changes === 0) return;
    this.saved.set(open.id, structuredClone(open.data));
    driveFiles(this.world).touch(open.id);
  }

  /** Counts one element edit; refuses edits on closed or read-only copies and past the change limit. */
  recordEdit(open: OpenDocument): void {
    if (open.closed) throw new Error(DOCUMENT_ERRORS.closed);
    if (!open.editable) throw new Error(DOCUMENT_ERRORS.accessDenied);
    if (open.changes >= this.maxChangesBeforeSave) throw new Error(DOCUMENT_ERRORS.tooManyChanges);
    open.changes += 1;
  }

  /** An edit made on the saved document itself (the Docs API's batchUpdate). */
  replaceSaved(id: string, data: DocData): void {
    this.savedData(id);
    this.saved.set(id, data);
    driveFiles(this.world).touch(id);
  }

  /** The saved content (what other executions see), for tests and exporters. */
  savedData(id: string): DocData {
    const data = this.saved.get(id);
    if (!data) throw new Error(DOCUMENT_ERRORS.missing);
    return data;
  }

  pdfOf(item: DriveItem): { bytes: Buffer; contentType: string } {
    const data = this.savedData(item.id);
    return {
      bytes: textToPdf(documentPlainText(data), { width: data.page.width, height: data.page.height }),
      contentType: MIME_TYPES.PDF,
    };
  }
}

/** The world's documents. */
export function documents(world: World): DocumentStore {
  return world.store('documents', () => new DocumentStore(world));
}
