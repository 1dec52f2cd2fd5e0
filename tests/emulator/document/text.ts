import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { textAttributes, textPatch } from './attributes';
import {
  applyStyle,
  deleteText,
  insertText,
  replaceInParagraph,
  setText,
  type ParagraphData,
  type TextStyle,
} from './model';
import { DocNode, searchRegExp, type DocContext } from './node';

/** A stretch of one paragraph's text: [from, to) in the paragraph, `to` null for "to the end". */
export interface TextSegment {
  paragraph: ParagraphData;
  from: number;
  to: number | null;
}

export function wholeParagraph(paragraph: ParagraphData): TextSegment {
  return { paragraph, from: 0, to: null };
}

function endOf(segment: TextSegment): number {
  return segment.to ?? segment.paragraph.text.length;
}

/** An element whose text is one paragraph's: Paragraph and ListItem. */
export interface ParagraphOwner {
  readonly data: ParagraphData;
  textElement(): FakeText;
}

type Offset = number | null | undefined;

/** Kept outside the class so the script does not see it as a Text method. */
const SEGMENTS = new WeakMap<FakeText, () => TextSegment[]>();

/** The first paragraph under a Text (a search result's paragraph). */
function paragraphOf(text: FakeText): ParagraphData | undefined {
  return SEGMENTS.get(text)?.()[0]?.paragraph;
}

/**
 * Text: rich text over one paragraph (Paragraph.editAsText, appendText) or several (Body.editAsText, where the
 * paragraphs are joined by '\n'). Offsets are in that joined text; edits apply to the paragraphs underneath.
 * https://developers.google.com/apps-script/reference/document/text
 */
export class FakeText extends DocNode implements FakeOf<GoogleAppsScript.Document.Text> {
  readonly typeName = 'Text';
  protected readonly elementType = 'TEXT';

  constructor(
    ctx: DocContext,
    parent: DocNode | null,
    private readonly segments: () => TextSegment[],
  ) {
    super(ctx, parent);
    SEGMENTS.set(this, segments);
  }

  /** Each segment with its start in the joined text. */
  private layout(): { segment: TextSegment; start: number; length: number }[] {
    let start = 0;
    return this.segments().map((segment) => {
      const length = endOf(segment) - segment.from;
      const entry = { segment, start, length };
      start += length + 1;
      return entry;
    });
  }

  /** Calls fn for the part of each segment inside [start, endInclusive] of the joined text, in paragraph offsets. */
  private eachPart(start: number, endInclusive: number, fn: (segment: TextSegment, from: number, to: number) => void) {
    const parts = this.layout()
      .map(({ segment, start: s, length }) => ({
        segment,
        from: Math.max(start, s) - s + segment.from,
        to: Math.min(endInclusive + 1, s + length) - s + segment.from,
      }))
      .filter((part) => part.to > part.from);
    for (const part of parts.reverse()) fn(part.segment, part.from, part.to);
  }

  private checkRange(start: number, endInclusive: number): void {
    const length = this.getText().length;
    if (start < 0 || endInclusive >= length || start > endInclusive) {
      throw new Error(`Invalid offsets: ${start}, ${endInclusive} (text length ${length}).`);
    }
  }

  private styleAt(offset: number): TextStyle | undefined {
    const entry = this.layout().find(({ start, length }) => offset >= start && offset < start + length);
    if (!entry) return undefined;
    return entry.segment.paragraph.styles[entry.segment.from + offset - entry.start];
  }

  /** One style attribute at an offset, or over the whole text (null when it varies). */
  private attribute<K extends keyof TextStyle>(key: K, offset: Offset): TextStyle[K] | null {
    this.read();
    if (offset !== null && offset !== undefined) return this.styleAt(offset)?.[key] ?? null;
    const values = new Set(this.allStyles().map((style) => style[key] ?? null));
    return values.size === 1 ? [...values][0] : null;
  }

  private allStyles(): TextStyle[] {
    return this.segments().flatMap((s) => s.paragraph.styles.slice(s.from, endOf(s)));
  }

  /** The (value) and (start, endInclusive, value) forms of every setX. */
  private style(args: unknown[], key: keyof TextStyle): this {
    const [start, end, value] = args.length >= 3 ? args : [0, this.getText().length - 1, args[0]];
    return this.patch(start as number, end as number, { [key]: value } as TextStyle, args.length < 3);
  }

  private patch(start: number, endInclusive: number, patch: TextStyle, whole: boolean): this {
    this.edit();
    if (whole) {
      for (const { paragraph } of this.segments()) paragraph.baseStyle = { ...paragraph.baseStyle, ...patch };
      if (this.getText().length === 0) return this;
    } else this.checkRange(start, endInclusive);
    this.eachPart(start, endInclusive, (segment, from, to) => applyStyle(segment.paragraph, from, to - 1, patch));
    return this;
  }

  getText(): string {
    this.read();
    return this.segments()
      .map((s) => s.paragraph.text.slice(s.from, endOf(s)))
      .join('\n');
  }

  setText(text: string): this {
    this.edit();
    const [first, ...rest] = this.segments();
    for (const segment of rest) deleteText(segment.paragraph, segment.from, endOf(segment) - 1);
    if (first.to === null && first.from === 0) {
      setText(first.paragraph, text);
      first.paragraph.breaks = [];
    } else {
      deleteText(first.paragraph, first.from, endOf(first) - 1);
      insertText(first.paragraph, first.from, text);
      if (first.to !== null) first.to = first.from + text.length;
    }
    return this;
  }

  /** Adds text at the end and returns a Text over just the added text (so appendText(x).setBold(true) bolds x). */
  appendText(text: string): FakeText {
    this.edit();
    const segments = this.segments();
    const last = segments[segments.length - 1];
    const at = endOf(last);
    insertText(last.paragraph, at, text);
    if (last.to !== null) last.to += text.length;
    const added: TextSegment = { paragraph: last.paragraph, from: at, to: at + text.length };
    return new FakeText(this.ctx, this.parent, () => [added]);
  }

  insertText(offset: number, text: string): this {
    this.edit();
    const entry = this.layout().find(({ start, length }) => offset >= start && offset <= start + length);
    if (!entry) throw new Error(`Invalid offset: ${offset}.`);
    insertText(entry.segment.paragraph, entry.segment.from + offset - entry.start, text);
    if (entry.segment.to !== null) entry.segment.to += text.length;
    return this;
  }

  deleteText(startOffset: number, endOffsetInclusive: number): this {
    this.edit();
    this.checkRange(startOffset, endOffsetInclusive);
    this.eachPart(startOffset, endOffsetInclusive, (segment, from, to) => {
      deleteText(segment.paragraph, from, to - 1);
      if (segment.to !== null) segment.to -= to - from;
    });
    return this;
  }

  setBold(...args: [boolean] | [number, number, boolean]): this {
    return this.style(args, 'bold');
  }

  setItalic(...args: [boolean] | [number, number, boolean]): this {
    return this.style(args, 'italic');
  }

  setUnderline(...args: [boolean] | [number, number, boolean]): this {
    return this.style(args, 'underline');
  }

  setStrikethrough(...args: [boolean] | [number, number, boolean]): this {
    return this.style(args, 'strikethrough');
  }

  setFontSize(...args: [number] | [number, number, number]): this {
    return this.style(args, 'fontSize');
  }

  setFontFamily(...args: [string] | [number, number, string]): this {
    return this.style(args, 'fontFamily');
  }

  setForegroundColor(...args: [string] | [number, number, string]): this {
    return this.style(args, 'foregroundColor');
  }

  setBackgroundColor(...args: [string] | [number, number, string]): this {
    return this.style(args, 'backgroundColor');
  }

  setLinkUrl(...args: [string] | [number, number, string]): this {
    return this.style(args, 'linkUrl');
  }

  setAttributes(...args: [unknown] | [number, number, unknown]): this {
    const patch = textPatch((args.length >= 3 ? args[2] : args[0]) as Record<string, unknown>);
    if (args.length >= 3) return this.patch(args[0] as number, args[1] as number, patch, false);
    return this.patch(0, this.getText().length - 1, patch, true);
  }

  getAttributes(offset?: Offset): Record<string, unknown> {
    this.read();
    if (offset !== null && offset !== undefined) return textAttributes(this.styleAt(offset) ?? {});
    const styles = this.allStyles();
    const merged = Object.fromEntries(
      Object.entries(textAttributes(styles[0] ?? {})).map(([name, value]) => [name, value]),
    );
    for (const style of styles.slice(1)) {
      for (const [name, value] of Object.entries(textAttributes(style)))
        if (merged[name] !== value) merged[name] = null;
    }
    return merged;
  }

  isBold(offset?: Offset): boolean {
    return this.attribute('bold', offset) as boolean;
  }

  isItalic(offset?: Offset): boolean {
    return this.attribute('italic', offset) as boolean;
  }

  isUnderline(offset?: Offset): boolean {
    return this.attribute('underline', offset) as boolean;
  }

  isStrikethrough(offset?: Offset): boolean {
    return this.attribute('strikethrough', offset) as boolean;
  }

  getFontSize(offset?: Offset): number {
    return this.attribute('fontSize', offset) as number;
  }

  getFontFamily(offset?: Offset): string {
    return this.attribute('fontFamily', offset) as string;
  }

  getForegroundColor(offset?: Offset): string {
    return this.attribute('foregroundColor', offset) as string;
  }

  getBackgroundColor(offset?: Offset): string {
    return this.attribute('backgroundColor', offset) as string;
  }

  getLinkUrl(offset?: Offset): string {
    return this.attribute('linkUrl', offset) as string;
  }

  /** Offsets where the text's style changes (always 0 first). */
  getTextAttributeIndices(): number[] {
    const styles = this.allStyles();
    const key = (s: TextStyle | undefined) => JSON.stringify(Object.entries(s ?? {}).sort());
    return styles.length === 0 ? [0] : styles.flatMap((s, i) => (i === 0 || key(s) !== key(styles[i - 1]) ? [i] : []));
  }

  editAsText(): this {
    this.read();
    return this;
  }

  /** https://developers.google.com/apps-script/reference/document/text#replaceText(String,String) */
  replaceText(searchPattern: string, replacement: string): this {
    this.edit();
    const pattern = searchRegExp(searchPattern);
    for (const segment of this.segments()) {
      const delta = replaceInParagraph(segment.paragraph, pattern, replacement, segment.from, endOf(segment));
      if (segment.to !== null) segment.to += delta;
    }
    return this;
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): FakeRangeElement | null {
    this.read();
    const text = this.getText();
    const pattern = searchRegExp(searchPattern);
    pattern.lastIndex = from ? from.getEndOffsetInclusive() + 1 : 0;
    const match = pattern.exec(text);
    return match ? new FakeRangeElement(this, match.index, match.index + match[0].length - 1) : null;
  }
}

/**
 * A search result: the element and the matched offsets in it.
 * https://developers.google.com/apps-script/reference/document/range-element
 */
export class FakeRangeElement extends Fake implements FakeOf<GoogleAppsScript.Document.RangeElement> {
  readonly typeName = 'RangeElement';
  static override readonly calls: CallTable = { cost: 'local' };

  constructor(
    private readonly element: FakeText,
    private readonly start: number,
    private readonly endInclusive: number,
  ) {
    super();
  }

  getElement(): FakeText {
    return this.element;
  }

  getStartOffset(): number {
    return this.start;
  }

  getEndOffsetInclusive(): number {
    return this.endInclusive;
  }

  isPartial(): boolean {
    return true;
  }
}

/**
 * Elements whose text is made of paragraphs (sections, cells, tables, rows, paragraphs): text reading, editing as
 * Text, and search and replace, each paragraph searched on its own.
 */
export abstract class TextHolder extends DocNode {
  /** The paragraphs inside, in reading order, as elements (so search results know their element). */
  protected abstract paragraphOwners(): ParagraphOwner[];

  getText(): string {
    this.read();
    return this.paragraphOwners()
      .map((p) => p.data.text)
      .join('\n');
  }

  editAsText(): FakeText {
    this.read();
    return new FakeText(this.ctx, this, () => this.paragraphOwners().map((p) => wholeParagraph(p.data)));
  }

  /**
   * Replaces matches of a regular expression, each paragraph on its own; "$1" in the replacement stays literal.
   * https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
   */
  replaceText(searchPattern: string, replacement: string): this {
    this.edit();
    const pattern = searchRegExp(searchPattern);
    for (const owner of this.paragraphOwners()) replaceInParagraph(owner.data, pattern, replacement);
    return this;
  }

  /**
   * The first match after `from` (or from the start), as a range in the matching paragraph's Text.
   * https://developers.google.com/apps-script/reference/document/body#findText(String,RangeElement)
   */
  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): FakeRangeElement | null {
    this.read();
    const owners = this.paragraphOwners();
    const after = from as unknown as FakeRangeElement | null | undefined;
    let index = 0;
    let offset = 0;
    if (after) {
      const paragraph = paragraphOf(after.getElement());
      index = owners.findIndex((o) => o.data === paragraph);
      if (index < 0) return null;
      offset = after.getEndOffsetInclusive() + 1;
    }
    for (; index < owners.length; index++, offset = 0) {
      const pattern = searchRegExp(searchPattern);
      pattern.lastIndex = offset;
      const match = pattern.exec(owners[index].data.text);
      if (match) {
        return new FakeRangeElement(owners[index].textElement(), match.index, match.index + match[0].length - 1);
      }
    }
    return null;
  }
}
