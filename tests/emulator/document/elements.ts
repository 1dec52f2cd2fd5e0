import type { FakeOf } from '../core/fake-types';
import { signatureError } from '../core/signature';
import { asEnum } from '../drive/enums';
import { paragraphAttributes, paragraphPatch, pick, textPatch } from './attributes';
import {
  applyStyle,
  isParagraph,
  newCell,
  newParagraph,
  newTable,
  setText,
  type AlignmentName,
  type BlockData,
  type CellData,
  type HeadingName,
  type InlineBreak,
  type PageData,
  type ParagraphData,
  type RowData,
  type SectionData,
  type TableData,
} from './model';
import { DocNode, type DocContext } from './node';
import { DOCUMENT_ERRORS } from './store';
import { FakeInlineImage, imageDataOf } from './image';
import { FakeText, TextHolder, wholeParagraph, type ParagraphOwner } from './text';

/**
 * Document elements over the open copy's data. Each fake wraps one piece of data and its parent element; the data is
 * the truth, so several fakes for the same paragraph see the same content.
 * https://developers.google.com/apps-script/reference/document
 */

type Attributes = Record<string, unknown>;

function checkIndex(index: number, count: number, allowEnd: boolean): void {
  if (!Number.isInteger(index) || index < 0 || index > count || (index === count && !allowEnd)) {
    throw new Error(allowEnd ? DOCUMENT_ERRORS.insertIndex(index) : DOCUMENT_ERRORS.childIndex(index));
  }
}

/** An element the script gives to append or insert must not be in a document: removed, or never added. */
function assertDetached(element: DocNode, data: BlockData): void {
  if (FakeContainer.holds(DocNode.parentOf(element), data)) throw new Error(DOCUMENT_ERRORS.attached);
}

function applyTextAttributes(paragraphs: ParagraphData[], attributes: Attributes): void {
  const patch = textPatch(attributes);
  if (Object.keys(patch).length === 0) return;
  for (const p of paragraphs) {
    p.baseStyle = { ...p.baseStyle, ...patch };
    applyStyle(p, 0, p.text.length - 1, patch);
  }
}

/**
 * A paragraph or list item given by the script as text or as a detached element (a copy of its data is stored);
 * anything else fits no overload of the method (`wrongType`).
 */
function paragraphDataOf(given: unknown, kind: ParagraphData['kind'], wrongType: () => Error): ParagraphData {
  if (typeof given === 'string') return newParagraph(given, kind);
  if (!(given instanceof FakeParagraphBase)) throw wrongType();
  assertDetached(given, given.data);
  return { ...structuredClone(given.data), kind };
}

function tableDataOf(given: unknown): TableData {
  if (given === undefined || given === null) return newTable();
  if (Array.isArray(given)) return newTable(given as string[][]);
  if (!(given instanceof FakeTable)) throw new Error('Invalid argument: cells');
  assertDetached(given, given.data);
  return structuredClone(given.data);
}

// ------------------------------------------------------------------------------------------------ containers

/** Body, header, footer and table cell: an ordered list of blocks. */
abstract class FakeContainer extends TextHolder {
  /** the blocks, live */
  protected abstract blocks(): BlockData[];

  /** Whether `block` is one of the blocks of `parent` (a container), i.e. its element is attached. */
  static holds(parent: DocNode | null, block: BlockData): boolean {
    return parent instanceof FakeContainer && parent.blocks().includes(block);
  }

  /** The signature error of a method of this container given arguments that fit none of its overloads. */
  protected wrongArguments(method: string, args: readonly unknown[]): () => Error {
    return () => signatureError(`DocumentApp.${this.typeName}`, method, args);
  }

  /** The element for a block of this container. */
  protected wrap(block: BlockData): FakeParagraph | FakeListItem | FakeTable {
    if (!isParagraph(block)) return new FakeTable(this.ctx, this, block);
    return block.kind === 'listItem'
      ? new FakeListItem(this.ctx, this, block)
      : new FakeParagraph(this.ctx, this, block);
  }

  /** Every paragraph element inside, tables included, in reading order. */
  protected paragraphOwners(): ParagraphOwner[] {
    return this.blocks().flatMap((block) => {
      const element = this.wrap(block);
      return element instanceof FakeTable ? element.paragraphElements() : [element];
    });
  }

  private insertBlock<T extends BlockData>(index: number, block: T): FakeParagraph | FakeListItem | FakeTable {
    this.edit();
    const blocks = this.blocks();
    checkIndex(index, blocks.length, true);
    blocks.splice(index, 0, block);
    return this.wrap(block);
  }

  /** Removes a block; the last paragraph of a section cannot go. */
  removeBlock(block: BlockData): void {
    this.edit();
    const blocks = this.blocks();
    const index = blocks.indexOf(block);
    if (index < 0) throw new Error('Element is not a child of this element.');
    if (this.isSection() && index === blocks.length - 1 && isParagraph(block)) {
      throw new Error(DOCUMENT_ERRORS.lastParagraph);
    }
    blocks.splice(index, 1);
  }

  protected isSection(): boolean {
    return true;
  }

  getNumChildren(): number {
    this.read();
    return this.blocks().length;
  }

  getChild(childIndex: number): FakeParagraph | FakeListItem | FakeTable {
    this.read();
    checkIndex(childIndex, this.blocks().length, false);
    return this.wrap(this.blocks()[childIndex]);
  }

  getChildIndex(child: GoogleAppsScript.Document.Element): number {
    this.read();
    const data = (child as unknown as { data?: unknown }).data;
    const index = this.blocks().findIndex((b) => b === data);
    if (index < 0) throw new Error('Element is not a child of this element.');
    return index;
  }

  removeChild(child: GoogleAppsScript.Document.Element): this {
    const data = (child as unknown as { data?: BlockData }).data;
    if (!data) throw new Error('Invalid argument: child');
    this.removeBlock(data);
    return this;
  }

  appendParagraph(paragraph: string | GoogleAppsScript.Document.Paragraph): FakeParagraph {
    const data = paragraphDataOf(paragraph, 'paragraph', this.wrongArguments('appendParagraph', [paragraph]));
    return this.insertBlock(this.blocks().length, data) as FakeParagraph;
  }

  insertParagraph(childIndex: number, paragraph: string | GoogleAppsScript.Document.Paragraph): FakeParagraph {
    const data = paragraphDataOf(
      paragraph,
      'paragraph',
      this.wrongArguments('insertParagraph', [childIndex, paragraph]),
    );
    return this.insertBlock(childIndex, data) as FakeParagraph;
  }

  appendListItem(listItem: string | GoogleAppsScript.Document.ListItem): FakeListItem {
    const data = paragraphDataOf(listItem, 'listItem', this.wrongArguments('appendListItem', [listItem]));
    return this.insertBlock(this.blocks().length, data) as FakeListItem;
  }

  insertListItem(childIndex: number, listItem: string | GoogleAppsScript.Document.ListItem): FakeListItem {
    const data = paragraphDataOf(listItem, 'listItem', this.wrongArguments('insertListItem', [childIndex, listItem]));
    return this.insertBlock(childIndex, data) as FakeListItem;
  }

  /**
   * A table appended at the end of a document section is followed by a new empty paragraph, since a section ends
   * with a paragraph (https://github.com/brucemcpherson/gas-fakes/blob/main/test/testdocs.js, "Test appendTable",
   * run on Apps Script).
   */
  appendTable(cellsOrTable?: string[][] | GoogleAppsScript.Document.Table | null): FakeTable {
    const table = this.insertTable(this.blocks().length, cellsOrTable);
    if (this.isSection()) this.insertBlock(this.blocks().length, newParagraph());
    return table;
  }

  insertTable(childIndex: number, cellsOrTable?: string[][] | GoogleAppsScript.Document.Table | null): FakeTable {
    return this.insertBlock(childIndex, tableDataOf(cellsOrTable)) as FakeTable;
  }

  /** A horizontal rule goes in a new paragraph of its own. */
  appendHorizontalRule(): FakeInlineBreak {
    return this.insertHorizontalRule(this.blocks().length);
  }

  insertHorizontalRule(childIndex: number): FakeInlineBreak {
    return this.insertBreak(childIndex, 'HORIZONTAL_RULE');
  }

  protected insertBreak(childIndex: number, kind: InlineBreak): FakeInlineBreak {
    const paragraph = this.insertParagraph(childIndex, '');
    return paragraph.addBreak(kind);
  }

  getParagraphs(): (FakeParagraph | FakeListItem)[] {
    this.read();
    return this.paragraphOwners() as (FakeParagraph | FakeListItem)[];
  }

  /** Every inline image of the paragraphs inside, tables included, in reading order. */
  getImages(): FakeInlineImage[] {
    this.read();
    return this.paragraphOwners().flatMap((p) => (p as FakeParagraphBase).imageElements());
  }

  getListItems(): FakeListItem[] {
    this.read();
    return this.paragraphOwners().filter((p): p is FakeListItem => p instanceof FakeListItem);
  }

  getTables(): FakeTable[] {
    this.read();
    return this.blocks().flatMap((block) => {
      if (isParagraph(block)) return [];
      const table = this.wrap(block) as FakeTable;
      return [table, ...table.nestedTables()];
    });
  }

  /** A section is never empty: clearing leaves one empty paragraph. */
  clear(): this {
    this.edit();
    this.blocks().splice(0, this.blocks().length, newParagraph());
    return this;
  }

  setText(text: string): this {
    this.edit();
    const first = this.blocks().find(isParagraph) ?? newParagraph();
    setText(first, text);
    first.breaks = [];
    first.images = [];
    this.blocks().splice(0, this.blocks().length, first);
    return this;
  }

  setAttributes(attributes: Attributes): this {
    this.edit();
    applyTextAttributes(
      this.paragraphOwners().map((p) => p.data),
      attributes,
    );
    return this;
  }

  getAttributes(): Attributes {
    this.read();
    const first = this.paragraphOwners()[0];
    return first ? paragraphAttributes(first.data) : {};
  }
}

const PAGE_ATTRIBUTES: Readonly<Record<string, keyof PageData>> = {
  MARGIN_TOP: 'marginTop',
  MARGIN_BOTTOM: 'marginBottom',
  MARGIN_LEFT: 'marginLeft',
  MARGIN_RIGHT: 'marginRight',
  PAGE_WIDTH: 'width',
  PAGE_HEIGHT: 'height',
};

export class FakeBody extends FakeContainer implements FakeOf<GoogleAppsScript.Document.Body> {
  readonly typeName = 'Body';
  protected readonly elementType = 'BODY_SECTION';

  protected blocks(): BlockData[] {
    return this.ctx.open.data.body.children;
  }

  private get page(): PageData {
    return this.ctx.open.data.page;
  }

  private setPage(key: keyof PageData, points: number): this {
    this.edit();
    if (!(points >= 0)) throw new Error(`Invalid argument: ${key}`);
    this.page[key] = points;
    return this;
  }

  /** A page break goes in a new paragraph of its own. */
  appendPageBreak(): FakeInlineBreak {
    return this.insertPageBreak(this.blocks().length);
  }

  insertPageBreak(childIndex: number): FakeInlineBreak {
    return this.insertBreak(childIndex, 'PAGE_BREAK');
  }

  setMarginTop(points: number): this {
    return this.setPage('marginTop', points);
  }
  setMarginBottom(points: number): this {
    return this.setPage('marginBottom', points);
  }
  setMarginLeft(points: number): this {
    return this.setPage('marginLeft', points);
  }
  setMarginRight(points: number): this {
    return this.setPage('marginRight', points);
  }
  /** Points: A4 is 595.276 × 841.89, F4 (folio) 612 × 936 (PAGE_SIZES). */
  setPageWidth(points: number): this {
    return this.setPage('width', points);
  }
  setPageHeight(points: number): this {
    return this.setPage('height', points);
  }
  getMarginTop(): number {
    this.read();
    return this.page.marginTop;
  }
  getMarginBottom(): number {
    this.read();
    return this.page.marginBottom;
  }
  getMarginLeft(): number {
    this.read();
    return this.page.marginLeft;
  }
  getMarginRight(): number {
    this.read();
    return this.page.marginRight;
  }
  getPageWidth(): number {
    this.read();
    return this.page.width;
  }
  getPageHeight(): number {
    this.read();
    return this.page.height;
  }

  /** Text attributes for every paragraph, and margins / page size (MARGIN_TOP ..., PAGE_WIDTH, PAGE_HEIGHT). */
  override setAttributes(attributes: Attributes): this {
    super.setAttributes(attributes);
    for (const [key, value] of Object.entries(pick(attributes, PAGE_ATTRIBUTES))) {
      this.page[key as keyof PageData] = Number(value);
    }
    return this;
  }

  override getAttributes(): Attributes {
    return {
      ...super.getAttributes(),
      MARGIN_TOP: this.page.marginTop,
      MARGIN_BOTTOM: this.page.marginBottom,
      MARGIN_LEFT: this.page.marginLeft,
      MARGIN_RIGHT: this.page.marginRight,
      PAGE_WIDTH: this.page.width,
      PAGE_HEIGHT: this.page.height,
    };
  }
}

abstract class FakeSection extends FakeContainer {
  constructor(
    ctx: DocContext,
    private readonly section: SectionData,
  ) {
    super(ctx, null);
  }

  protected blocks(): BlockData[] {
    return this.section.children;
  }
}

export class FakeHeaderSection extends FakeSection implements FakeOf<GoogleAppsScript.Document.HeaderSection> {
  readonly typeName = 'HeaderSection';
  protected readonly elementType = 'HEADER_SECTION';
}

export class FakeFooterSection extends FakeSection implements FakeOf<GoogleAppsScript.Document.FooterSection> {
  readonly typeName = 'FooterSection';
  protected readonly elementType = 'FOOTER_SECTION';
}

// ------------------------------------------------------------------------------------------------ paragraphs

/** Paragraph and ListItem: text, paragraph attributes, and the page breaks / rules appended after the text. */
abstract class FakeParagraphBase extends TextHolder implements ParagraphOwner {
  constructor(
    ctx: DocContext,
    parent: DocNode | null,
    readonly data: ParagraphData,
  ) {
    super(ctx, parent);
  }

  protected paragraphOwners(): ParagraphOwner[] {
    return [this];
  }

  textElement(): FakeText {
    return new FakeText(this.ctx, this, () => [wholeParagraph(this.data)]);
  }

  private set<K extends keyof ParagraphData>(key: K, value: ParagraphData[K]): this {
    this.edit();
    this.data[key] = value;
    return this;
  }

  private get<K extends keyof ParagraphData>(key: K): ParagraphData[K] {
    this.read();
    return this.data[key];
  }

  imageElements(): FakeInlineImage[] {
    return this.data.images.map((image) => new FakeInlineImage(this.ctx, this, this.data, image));
  }

  /** The image goes after the paragraph's text and images (and before its page breaks and rules). */
  appendInlineImage(image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): FakeInlineImage {
    this.edit();
    const data =
      image instanceof FakeInlineImage
        ? structuredClone(image.data)
        : imageDataOf(image as GoogleAppsScript.Base.BlobSource);
    this.data.images.push(data);
    return new FakeInlineImage(this.ctx, this, this.data, data);
  }

  addBreak(kind: InlineBreak): FakeInlineBreak {
    this.edit();
    this.data.breaks.push(kind);
    return new FakeInlineBreak(this.ctx, this, kind);
  }

  /** Replaces the text; images and breaks in the paragraph go too. */
  setText(text: string): void {
    this.edit();
    setText(this.data, text);
    this.data.images = [];
    this.data.breaks = [];
  }

  appendText(text: string | GoogleAppsScript.Document.Text): FakeText {
    this.read();
    return this.textElement().appendText(typeof text === 'string' ? text : text.getText());
  }

  insertText(childIndex: number, text: string | GoogleAppsScript.Document.Text): FakeText {
    this.read();
    const value = typeof text === 'string' ? text : text.getText();
    return this.textElement().insertText(childIndex === 0 ? 0 : this.data.text.length, value);
  }

  appendHorizontalRule(): FakeInlineBreak {
    return this.addBreak('HORIZONTAL_RULE');
  }

  appendPageBreak(): FakeInlineBreak {
    return this.addBreak('PAGE_BREAK');
  }

  /** Children: one Text when there is text, then the images, then the breaks. */
  getNumChildren(): number {
    this.read();
    return (this.data.text ? 1 : 0) + this.data.images.length + this.data.breaks.length;
  }

  getChild(childIndex: number): FakeText | FakeInlineImage | FakeInlineBreak {
    const children = [
      ...(this.data.text ? [this.textElement()] : []),
      ...this.imageElements(),
      ...this.data.breaks.map((kind) => new FakeInlineBreak(this.ctx, this, kind)),
    ];
    this.read();
    checkIndex(childIndex, children.length, false);
    return children[childIndex];
  }

  clear(): this {
    this.edit();
    setText(this.data, '');
    this.data.images = [];
    this.data.breaks = [];
    return this;
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): this {
    return this.set('heading', String(heading) as HeadingName);
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return asEnum(this.get('heading'));
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment): this {
    return this.set('alignment', String(alignment) as AlignmentName);
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return asEnum(this.get('alignment') ?? 'LEFT');
  }
  setSpacingBefore(points: number): this {
    return this.set('spacingBefore', points);
  }
  getSpacingBefore(): number {
    return this.get('spacingBefore') ?? 0;
  }
  setSpacingAfter(points: number): this {
    return this.set('spacingAfter', points);
  }
  getSpacingAfter(): number {
    return this.get('spacingAfter') ?? 0;
  }
  setIndentStart(points: number): this {
    return this.set('indentStart', points);
  }
  getIndentStart(): number {
    return this.get('indentStart') ?? 0;
  }
  setIndentEnd(points: number): this {
    return this.set('indentEnd', points);
  }
  getIndentEnd(): number {
    return this.get('indentEnd') ?? 0;
  }
  setIndentFirstLine(points: number): this {
    return this.set('indentFirstLine', points);
  }
  getIndentFirstLine(): number {
    return this.get('indentFirstLine') ?? 0;
  }
  setLineSpacing(multiplier: number): this {
    return this.set('lineSpacing', multiplier);
  }
  getLineSpacing(): number {
    return this.get('lineSpacing') ?? 1;
  }

  setAttributes(attributes: Attributes): this {
    this.edit();
    applyTextAttributes([this.data], attributes);
    Object.assign(this.data, paragraphPatch(attributes));
    return this;
  }

  getAttributes(): Attributes {
    this.read();
    return paragraphAttributes(this.data);
  }

  removeFromParent(): this {
    if (!(this.parent instanceof FakeContainer)) throw new Error('Element has no parent.');
    this.parent.removeBlock(this.data);
    return this;
  }
}

class FakeParagraph extends FakeParagraphBase implements FakeOf<GoogleAppsScript.Document.Paragraph> {
  readonly typeName = 'Paragraph';
  protected readonly elementType = 'PARAGRAPH';
}

class FakeListItem extends FakeParagraphBase implements FakeOf<GoogleAppsScript.Document.ListItem> {
  readonly typeName = 'ListItem';
  protected readonly elementType = 'LIST_ITEM';

  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): this {
    this.edit();
    this.data.glyphType = String(glyphType);
    return this;
  }

  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.read();
    return asEnum(this.data.glyphType ?? 'BULLET');
  }

  setNestingLevel(nestingLevel: number): this {
    this.edit();
    this.data.nestingLevel = nestingLevel;
    return this;
  }

  getNestingLevel(): number {
    this.read();
    return this.data.nestingLevel;
  }
}

/** HorizontalRule and PageBreak inside a paragraph. */
export class FakeInlineBreak extends DocNode {
  readonly typeName: string;
  protected readonly elementType: string;

  constructor(
    ctx: DocContext,
    private readonly paragraph: FakeParagraphBase,
    private readonly kind: InlineBreak,
  ) {
    super(ctx, paragraph);
    this.typeName = kind === 'PAGE_BREAK' ? 'PageBreak' : 'HorizontalRule';
    this.elementType = kind;
  }

  removeFromParent(): this {
    this.edit();
    const breaks = this.paragraph.data.breaks;
    const index = breaks.indexOf(this.kind);
    if (index >= 0) breaks.splice(index, 1);
    return this;
  }
}

// ------------------------------------------------------------------------------------------------ tables

class FakeTable extends TextHolder implements FakeOf<GoogleAppsScript.Document.Table> {
  readonly typeName = 'Table';
  protected readonly elementType = 'TABLE';

  constructor(
    ctx: DocContext,
    parent: DocNode | null,
    readonly data: TableData,
  ) {
    super(ctx, parent);
  }

  private rows(): FakeTableRow[] {
    return this.data.rows.map((row) => new FakeTableRow(this.ctx, this, row));
  }

  paragraphElements(): ParagraphOwner[] {
    return this.rows().flatMap((row) => row.paragraphElements());
  }

  protected paragraphOwners(): ParagraphOwner[] {
    return this.paragraphElements();
  }

  nestedTables(): FakeTable[] {
    return this.rows().flatMap((row) => row.cellElements().flatMap((cell) => cell.getTables()));
  }

  getNumRows(): number {
    this.read();
    return this.data.rows.length;
  }

  getNumChildren(): number {
    return this.getNumRows();
  }

  getRow(rowIndex: number): FakeTableRow {
    this.read();
    checkIndex(rowIndex, this.data.rows.length, false);
    return new FakeTableRow(this.ctx, this, this.data.rows[rowIndex]);
  }

  getChild(childIndex: number): FakeTableRow {
    return this.getRow(childIndex);
  }

  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }

  appendTableRow(tableRow?: GoogleAppsScript.Document.TableRow): FakeTableRow {
    return this.insertTableRow(this.data.rows.length, tableRow);
  }

  insertTableRow(childIndex: number, tableRow?: GoogleAppsScript.Document.TableRow | null): FakeTableRow {
    this.edit();
    checkIndex(childIndex, this.data.rows.length, true);
    const given = tableRow as unknown;
    const row: RowData =
      given instanceof FakeTableRow ? structuredClone(given.data) : { cells: [], minimumHeight: null };
    this.data.rows.splice(childIndex, 0, row);
    return new FakeTableRow(this.ctx, this, row);
  }

  removeRow(rowIndex: number): FakeTableRow {
    const row = this.getRow(rowIndex);
    this.edit();
    this.data.rows.splice(rowIndex, 1);
    return row;
  }

  removeFromParent(): this {
    if (!(this.parent instanceof FakeContainer)) throw new Error('Element has no parent.');
    this.parent.removeBlock(this.data);
    return this;
  }

  /** Width in points; null until set (Docs sizes the column). */
  setColumnWidth(columnIndex: number, width: number): this {
    this.edit();
    while (this.data.columnWidths.length <= columnIndex) this.data.columnWidths.push(null);
    this.data.columnWidths[columnIndex] = width;
    return this;
  }

  getColumnWidth(columnIndex: number): number {
    this.read();
    return this.data.columnWidths[columnIndex] as number;
  }

  setBorderWidth(width: number): this {
    this.edit();
    this.data.borderWidth = width;
    return this;
  }

  getBorderWidth(): number {
    this.read();
    return this.data.borderWidth ?? 1;
  }

  setBorderColor(color: string): this {
    this.edit();
    this.data.borderColor = color;
    return this;
  }

  getBorderColor(): string {
    this.read();
    return this.data.borderColor ?? '#000000';
  }

  setAttributes(attributes: Attributes): this {
    this.edit();
    applyTextAttributes(
      this.paragraphOwners().map((p) => p.data),
      attributes,
    );
    const border = pick(attributes, { BORDER_WIDTH: 'borderWidth', BORDER_COLOR: 'borderColor' } as const);
    Object.assign(this.data, border);
    return this;
  }
}

class FakeTableRow extends TextHolder implements FakeOf<GoogleAppsScript.Document.TableRow> {
  readonly typeName = 'TableRow';
  protected readonly elementType = 'TABLE_ROW';

  constructor(
    ctx: DocContext,
    private readonly table: FakeTable,
    readonly data: RowData,
  ) {
    super(ctx, table);
  }

  cellElements(): FakeTableCell[] {
    return this.data.cells.map((cell) => new FakeTableCell(this.ctx, this, cell));
  }

  paragraphElements(): ParagraphOwner[] {
    return this.cellElements().flatMap((cell) => cell.getParagraphs());
  }

  protected paragraphOwners(): ParagraphOwner[] {
    return this.paragraphElements();
  }

  getNumCells(): number {
    this.read();
    return this.data.cells.length;
  }

  getNumChildren(): number {
    return this.getNumCells();
  }

  getCell(cellIndex: number): FakeTableCell {
    this.read();
    checkIndex(cellIndex, this.data.cells.length, false);
    return new FakeTableCell(this.ctx, this, this.data.cells[cellIndex]);
  }

  getChild(childIndex: number): FakeTableCell {
    return this.getCell(childIndex);
  }

  getParentTable(): FakeTable {
    this.read();
    return this.table;
  }

  appendTableCell(textContentsOrCell?: string | GoogleAppsScript.Document.TableCell | null): FakeTableCell {
    return this.insertTableCell(this.data.cells.length, textContentsOrCell);
  }

  insertTableCell(
    childIndex: number,
    textContentsOrCell?: string | GoogleAppsScript.Document.TableCell | null,
  ): FakeTableCell {
    this.edit();
    checkIndex(childIndex, this.data.cells.length, true);
    const given = textContentsOrCell as unknown;
    const cell: CellData =
      given instanceof FakeTableCell ? structuredClone(given.data) : newCell(typeof given === 'string' ? given : '');
    this.data.cells.splice(childIndex, 0, cell);
    return new FakeTableCell(this.ctx, this, cell);
  }

  removeCell(cellIndex: number): FakeTableCell {
    const cell = this.getCell(cellIndex);
    this.edit();
    this.data.cells.splice(cellIndex, 1);
    return cell;
  }

  setMinimumHeight(minHeight: number): this {
    this.edit();
    this.data.minimumHeight = minHeight;
    return this;
  }

  getMinimumHeight(): number {
    this.read();
    return this.data.minimumHeight ?? 0;
  }
}

class FakeTableCell extends FakeContainer implements FakeOf<GoogleAppsScript.Document.TableCell> {
  readonly typeName = 'TableCell';
  protected readonly elementType = 'TABLE_CELL';

  constructor(
    ctx: DocContext,
    private readonly row: FakeTableRow,
    readonly data: CellData,
  ) {
    super(ctx, row);
  }

  protected blocks(): BlockData[] {
    return this.data.children;
  }

  protected override isSection(): boolean {
    return false;
  }

  getParentRow(): FakeTableRow {
    this.read();
    return this.row;
  }

  getParentTable(): FakeTable {
    return this.getParentRow().getParentTable();
  }

  getColSpan(): number {
    this.read();
    return 1;
  }

  getRowSpan(): number {
    this.read();
    return 1;
  }

  private setCell<K extends keyof CellData>(key: K, value: CellData[K]): this {
    this.edit();
    this.data[key] = value;
    return this;
  }

  setBackgroundColor(color: string): this {
    return this.setCell('backgroundColor', color);
  }
  getBackgroundColor(): string {
    this.read();
    return this.data.backgroundColor as string;
  }
  setWidth(width: number): this {
    return this.setCell('width', width);
  }
  getWidth(): number {
    this.read();
    return this.data.width as number;
  }
  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): this {
    return this.setCell('verticalAlignment', String(alignment));
  }
  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    this.read();
    return asEnum(this.data.verticalAlignment ?? 'TOP');
  }
  setPaddingTop(points: number): this {
    return this.setCell('paddingTop', points);
  }
  setPaddingBottom(points: number): this {
    return this.setCell('paddingBottom', points);
  }
  setPaddingLeft(points: number): this {
    return this.setCell('paddingLeft', points);
  }
  setPaddingRight(points: number): this {
    return this.setCell('paddingRight', points);
  }
  getPaddingTop(): number {
    this.read();
    return this.data.paddingTop ?? 5;
  }
  getPaddingBottom(): number {
    this.read();
    return this.data.paddingBottom ?? 5;
  }
  getPaddingLeft(): number {
    this.read();
    return this.data.paddingLeft ?? 5;
  }
  getPaddingRight(): number {
    this.read();
    return this.data.paddingRight ?? 5;
  }

  /** BACKGROUND_COLOR, WIDTH, VERTICAL_ALIGNMENT and paddings for the cell; other text attributes for its text. */
  override setAttributes(attributes: Attributes): this {
    const textOnly = { ...attributes };
    delete textOnly.BACKGROUND_COLOR;
    super.setAttributes(textOnly);
    const cell = pick(attributes, {
      BACKGROUND_COLOR: 'backgroundColor',
      WIDTH: 'width',
      VERTICAL_ALIGNMENT: 'verticalAlignment',
      PADDING_TOP: 'paddingTop',
      PADDING_BOTTOM: 'paddingBottom',
      PADDING_LEFT: 'paddingLeft',
      PADDING_RIGHT: 'paddingRight',
    } as const);
    if (cell.verticalAlignment !== undefined) cell.verticalAlignment = String(cell.verticalAlignment);
    Object.assign(this.data, cell);
    return this;
  }

  removeFromParent(): this {
    this.edit();
    const cells = this.row.data.cells;
    cells.splice(cells.indexOf(this.data), 1);
    return this;
  }
}
