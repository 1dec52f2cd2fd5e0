import { Fake, type CallTable } from '../core/fake';
import type { World } from '../core/world';
import { asEnum } from '../drive/enums';
import { documents, DOCUMENT_ERRORS, type OpenDocument } from './store';

/** What every element of an open document carries: the world and the open copy it belongs to. */
export interface DocContext {
  readonly world: World;
  readonly open: OpenDocument;
}

/**
 * Base of every document element fake. Element calls run inside the script engine against the open copy (cost
 * 'local'); Docs applies them in one batch at saveAndClose. Every call on a closed document throws.
 */
export abstract class DocNode extends Fake {
  static override readonly calls: CallTable = { cost: 'local' };

  constructor(
    protected readonly ctx: DocContext,
    protected readonly parent: DocNode | null,
  ) {
    super();
  }

  /** The element this one was read from or written into (kept off the instance, which the script sees). */
  static parentOf(node: DocNode): DocNode | null {
    return node.parent;
  }

  /** The ElementType name. */
  protected abstract readonly elementType: string;

  /** Checks the document is still open before a read. */
  protected read(): void {
    if (this.ctx.open.closed) throw new Error(DOCUMENT_ERRORS.closed);
  }

  /** Checks and counts an edit (closed, read-only, too many changes). */
  protected edit(): void {
    documents(this.ctx.world).recordEdit(this.ctx.open);
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.read();
    return asEnum(this.elementType);
  }

  getParent(): DocNode | null {
    this.read();
    return this.parent;
  }

  private cast(typeName: string): this {
    if (this.typeName !== typeName) throw new Error(`Cannot cast ${this.typeName} to ${typeName}.`);
    return this;
  }

  asBody(): this {
    return this.cast('Body');
  }
  asHeaderSection(): this {
    return this.cast('HeaderSection');
  }
  asFooterSection(): this {
    return this.cast('FooterSection');
  }
  asParagraph(): this {
    return this.cast('Paragraph');
  }
  asListItem(): this {
    return this.cast('ListItem');
  }
  asTable(): this {
    return this.cast('Table');
  }
  asTableRow(): this {
    return this.cast('TableRow');
  }
  asTableCell(): this {
    return this.cast('TableCell');
  }
  asText(): this {
    return this.cast('Text');
  }
  asHorizontalRule(): this {
    return this.cast('HorizontalRule');
  }
  asPageBreak(): this {
    return this.cast('PageBreak');
  }
  asInlineImage(): this {
    return this.cast('InlineImage');
  }
}

/**
 * A Docs search pattern as a JavaScript RegExp. Docs matches it against each paragraph on its own ("independently
 * matched against each text block") and does not support capture groups in replacements.
 * https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
 */
export function searchRegExp(searchPattern: string): RegExp {
  return new RegExp(searchPattern, 'g');
}
