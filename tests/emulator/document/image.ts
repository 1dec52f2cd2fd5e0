import { FakeBlob } from '../services/blob';
import type { FakeOf } from '../core/fake-types';
import { blobOf } from '../drive/drive-app';
import type { ImageData, ParagraphData } from './model';
import { DocNode, type DocContext } from './node';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * An image blob as Docs stores it inline, at its own size in pixels (read from the PNG header). Docs inserts "PNG,
 * JPEG, or GIF" images (https://developers.google.com/apps-script/reference/document/paragraph#appendInlineImage(BlobSource));
 * the emulator reads only PNG and says so for the others rather than guess a size.
 */
export function imageDataOf(source: GoogleAppsScript.Base.BlobSource): ImageData {
  const blob = blobOf(source);
  const bytes = blob.rawBytes();
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new Error(`Emulator: only PNG images are modelled (got ${blob.getContentType() ?? 'unknown type'}).`);
  }
  return {
    base64: bytes.toString('base64'),
    contentType: 'image/png',
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}

/**
 * InlineImage: an image inside a paragraph. Width and height are in pixels; setting one does not change the other
 * (Docs keeps what the script sets).
 * https://developers.google.com/apps-script/reference/document/inline-image
 */
export class FakeInlineImage extends DocNode implements FakeOf<GoogleAppsScript.Document.InlineImage> {
  readonly typeName = 'InlineImage';
  protected readonly elementType = 'INLINE_IMAGE';

  constructor(
    ctx: DocContext,
    parent: DocNode,
    private readonly paragraph: ParagraphData,
    readonly data: ImageData,
  ) {
    super(ctx, parent);
  }

  getBlob(): FakeBlob {
    this.read();
    return new FakeBlob(Buffer.from(this.data.base64, 'base64'), this.data.contentType, null);
  }

  getWidth(): number {
    this.read();
    return this.data.width;
  }

  getHeight(): number {
    this.read();
    return this.data.height;
  }

  setWidth(width: number): this {
    this.edit();
    if (!(width > 0)) throw new Error('Invalid argument: width');
    this.data.width = width;
    return this;
  }

  setHeight(height: number): this {
    this.edit();
    if (!(height > 0)) throw new Error('Invalid argument: height');
    this.data.height = height;
    return this;
  }

  removeFromParent(): this {
    this.edit();
    const images = this.paragraph.images;
    images.splice(images.indexOf(this.data), 1);
    return this;
  }
}
