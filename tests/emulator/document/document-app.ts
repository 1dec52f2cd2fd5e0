import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';
import { FakeDriveUser, exportName } from '../drive/drive-app';
import { enumOf, MIME_TYPES } from '../drive/enums';
import { DRIVE_ERRORS, driveFiles, idFromUrl, listedEditors, listedViewers, type Role } from '../drive/registry';
import { FakeBlob } from '../services/blob';
import { spendDailyQuota } from '../services/daily-quota';
import { ATTRIBUTE_NAMES } from './attributes';
import { FakeBody, FakeFooterSection, FakeHeaderSection } from './elements';
import { newParagraph } from './model';
import type { DocContext } from './node';
import { documents, DOCUMENT_ERRORS, type OpenDocument } from './store';

/**
 * DocumentApp and Document. Opening, creating, saving and exporting are Docs round trips (cost 'docs'); sharing goes
 * to Drive ('drive'); element edits are batched by Apps Script and cost nothing until saveAndClose ('local').
 * https://developers.google.com/apps-script/reference/document/document-app
 */

const DOCUMENT_CALLS: CallTable = {
  cost: 'local',
  methods: {
    docs: ['create', 'openById', 'openByUrl', 'saveAndClose', 'getAs', 'getBlob'],
    drive: [
      'addEditor',
      'addEditors',
      'removeEditor',
      'removeEditors',
      'getEditors',
      'addViewer',
      'addViewers',
      'removeViewer',
      'removeViewers',
      'getViewers',
      'setName',
    ],
  },
  needsFullAuth: ['create', 'openById', 'openByUrl'],
};

type Email = string | GoogleAppsScript.Base.User;

function emailOf(who: Email): string {
  return typeof who === 'string' ? who : who.getEmail();
}

export class FakeDocument extends Fake implements FakeOf<GoogleAppsScript.Document.Document> {
  readonly typeName = 'Document';
  static override readonly calls = DOCUMENT_CALLS;
  private readonly ctx: DocContext;

  constructor(world: World, open: OpenDocument) {
    super();
    this.ctx = { world, open };
  }

  private get open(): OpenDocument {
    return this.ctx.open;
  }

  private get drive() {
    return driveFiles(this.ctx.world);
  }

  private live(): OpenDocument {
    if (this.open.closed) throw new Error(DOCUMENT_ERRORS.closed);
    return this.open;
  }

  getId(): string {
    return this.open.id;
  }

  getName(): string {
    return this.drive.require(this.open.id).name;
  }

  setName(name: string): FakeDocument {
    const user = this.drive.actingUser();
    if (!this.drive.canEdit(this.open.id, user)) throw new Error(DOCUMENT_ERRORS.accessDenied);
    this.drive.require(this.open.id).name = name;
    this.drive.touch(this.open.id);
    return this;
  }

  getUrl(): string {
    return `https://docs.google.com/open?id=${this.open.id}`;
  }

  getBody(): FakeBody {
    this.live();
    return new FakeBody(this.ctx, null);
  }

  getHeader(): FakeHeaderSection | null {
    const header = this.live().data.header;
    return header ? new FakeHeaderSection(this.ctx, header) : null;
  }

  /** Adds the header section if there is none (it starts with one empty paragraph). */
  addHeader(): FakeHeaderSection {
    const open = this.live();
    if (!open.data.header) {
      documents(this.ctx.world).recordEdit(open);
      open.data.header = { children: [newParagraph()] };
    }
    return new FakeHeaderSection(this.ctx, open.data.header);
  }

  getFooter(): FakeFooterSection | null {
    const footer = this.live().data.footer;
    return footer ? new FakeFooterSection(this.ctx, footer) : null;
  }

  addFooter(): FakeFooterSection {
    const open = this.live();
    if (!open.data.footer) {
      documents(this.ctx.world).recordEdit(open);
      open.data.footer = { children: [newParagraph()] };
    }
    return new FakeFooterSection(this.ctx, open.data.footer);
  }

  /**
   * Saves the open copy and closes it; using it afterwards throws.
   * https://developers.google.com/apps-script/reference/document/document#saveAndClose()
   */
  saveAndClose(): void {
    documents(this.ctx.world).save(this.open);
  }

  /**
   * The saved document as PDF: edits not yet saved are not in it (save first, as with any Drive export).
   * https://developers.google.com/apps-script/reference/document/document#getAs(String)
   */
  getAs(contentType: string): FakeBlob {
    const exported = this.drive.exportAs(this.open.id, contentType);
    return new FakeBlob(exported.bytes, exported.contentType, exportName(this.getName(), exported.contentType));
  }

  getBlob(): FakeBlob {
    return this.getAs(MIME_TYPES.PDF);
  }

  private share(who: Email | string[], role: Exclude<Role, 'owner'>, add: boolean): FakeDocument {
    if (!this.drive.canEdit(this.open.id, this.drive.actingUser())) throw new Error(DRIVE_ERRORS.accessDenied);
    for (const email of Array.isArray(who) ? who : [emailOf(who)]) {
      if (add) this.drive.addRole(this.open.id, email, role);
      else this.drive.removeRole(this.open.id, email, role);
    }
    return this;
  }

  addEditor(who: Email): FakeDocument {
    return this.share(who, 'editor', true);
  }
  addEditors(emails: string[]): FakeDocument {
    return this.share(emails, 'editor', true);
  }
  addViewer(who: Email): FakeDocument {
    return this.share(who, 'viewer', true);
  }
  addViewers(emails: string[]): FakeDocument {
    return this.share(emails, 'viewer', true);
  }
  removeEditor(who: Email): FakeDocument {
    return this.share(who, 'editor', false);
  }
  removeViewer(who: Email): FakeDocument {
    return this.share(who, 'viewer', false);
  }
  /** Hierarchical roles: the editors include the owner, the viewers everyone (registry.ts, listedEditors). */
  getEditors(): FakeDriveUser[] {
    return listedEditors(this.drive.require(this.open.id)).map((e) => new FakeDriveUser(e));
  }
  getViewers(): FakeDriveUser[] {
    return listedViewers(this.drive.require(this.open.id)).map((e) => new FakeDriveUser(e));
  }
}

export class FakeDocumentApp extends FakeService implements FakeOf<GoogleAppsScript.Document.DocumentApp> {
  readonly typeName = 'DocumentApp';
  static override readonly calls = DOCUMENT_CALLS;
  readonly Attribute = enumOf<typeof GoogleAppsScript.Document.Attribute>(ATTRIBUTE_NAMES);
  readonly ElementType = enumOf<typeof GoogleAppsScript.Document.ElementType>([
    'BODY_SECTION',
    'COMMENT_SECTION',
    'DATE',
    'DOCUMENT',
    'EQUATION',
    'EQUATION_FUNCTION',
    'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
    'EQUATION_SYMBOL',
    'FOOTER_SECTION',
    'FOOTNOTE',
    'FOOTNOTE_SECTION',
    'HEADER_SECTION',
    'HORIZONTAL_RULE',
    'INLINE_DRAWING',
    'INLINE_IMAGE',
    'LIST_ITEM',
    'PAGE_BREAK',
    'PARAGRAPH',
    'PERSON',
    'RICH_LINK',
    'TABLE',
    'TABLE_CELL',
    'TABLE_OF_CONTENTS',
    'TABLE_ROW',
    'TEXT',
    'UNSUPPORTED',
  ]);
  readonly GlyphType = enumOf<typeof GoogleAppsScript.Document.GlyphType>([
    'BULLET',
    'HOLLOW_BULLET',
    'SQUARE_BULLET',
    'NUMBER',
    'LATIN_UPPER',
    'LATIN_LOWER',
    'ROMAN_UPPER',
    'ROMAN_LOWER',
  ]);
  readonly HorizontalAlignment = enumOf<typeof GoogleAppsScript.Document.HorizontalAlignment>([
    'LEFT',
    'CENTER',
    'RIGHT',
    'JUSTIFY',
  ]);
  readonly ParagraphHeading = enumOf<typeof GoogleAppsScript.Document.ParagraphHeading>([
    'NORMAL',
    'HEADING1',
    'HEADING2',
    'HEADING3',
    'HEADING4',
    'HEADING5',
    'HEADING6',
    'TITLE',
    'SUBTITLE',
  ]);
  readonly TextAlignment = enumOf<typeof GoogleAppsScript.Document.TextAlignment>([
    'NORMAL',
    'SUPERSCRIPT',
    'SUBSCRIPT',
  ]);
  readonly VerticalAlignment = enumOf<typeof GoogleAppsScript.Document.VerticalAlignment>(['BOTTOM', 'CENTER', 'TOP']);

  create(name: string): FakeDocument {
    spendDailyQuota(this.world, 'documentsCreated', this.world.execution.effectiveUser);
    return new FakeDocument(this.world, documents(this.world).create(name));
  }

  openById(id: string): FakeDocument {
    return new FakeDocument(this.world, documents(this.world).open(id));
  }

  openByUrl(url: string): FakeDocument {
    const id = idFromUrl(url);
    if (!id) throw new Error(DOCUMENT_ERRORS.missing);
    return this.openById(id);
  }

  /** The add-on runs in a spreadsheet: no document is bound to it. */
  getActiveDocument(): FakeDocument | null {
    return null;
  }
}
