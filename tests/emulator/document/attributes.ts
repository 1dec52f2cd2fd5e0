import type { ParagraphData, TextStyle } from './model';

/**
 * DocumentApp.Attribute names and where the emulator keeps each one: setAttributes / getAttributes take objects keyed
 * by these names ({[DocumentApp.Attribute.BOLD]: true}).
 * https://developers.google.com/apps-script/reference/document/attribute
 */
export const ATTRIBUTE_NAMES = [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const;

const TEXT_ATTRIBUTES: Readonly<Record<string, keyof TextStyle>> = {
  BOLD: 'bold',
  ITALIC: 'italic',
  UNDERLINE: 'underline',
  STRIKETHROUGH: 'strikethrough',
  FONT_SIZE: 'fontSize',
  FONT_FAMILY: 'fontFamily',
  FOREGROUND_COLOR: 'foregroundColor',
  BACKGROUND_COLOR: 'backgroundColor',
  LINK_URL: 'linkUrl',
};

type ParagraphAttributeKey = Exclude<keyof ParagraphData, 'kind' | 'text' | 'styles' | 'baseStyle' | 'breaks'>;

const PARAGRAPH_ATTRIBUTES: Readonly<Record<string, ParagraphAttributeKey>> = {
  HEADING: 'heading',
  HORIZONTAL_ALIGNMENT: 'alignment',
  SPACING_BEFORE: 'spacingBefore',
  SPACING_AFTER: 'spacingAfter',
  INDENT_START: 'indentStart',
  INDENT_END: 'indentEnd',
  INDENT_FIRST_LINE: 'indentFirstLine',
  LINE_SPACING: 'lineSpacing',
  GLYPH_TYPE: 'glyphType',
  NESTING_LEVEL: 'nestingLevel',
};

/** The attributes in `attributes` that `names` covers, keyed by the emulator's field names; nulls left out. */
export function pick<K extends string>(
  attributes: Record<string, unknown>,
  names: Readonly<Record<string, K>>,
): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (name in names && value !== null && value !== undefined) out[names[name]] = value;
  }
  return out;
}

/** Enum-valued attributes arrive as enum members; keep their names. */
export function textPatch(attributes: Record<string, unknown>): TextStyle {
  return pick(attributes, TEXT_ATTRIBUTES) as TextStyle;
}

export function paragraphPatch(attributes: Record<string, unknown>): Partial<ParagraphData> {
  const patch = pick(attributes, PARAGRAPH_ATTRIBUTES) as Record<string, unknown>;
  for (const key of ['heading', 'alignment', 'glyphType']) if (key in patch) patch[key] = String(patch[key]);
  return patch as Partial<ParagraphData>;
}

/** Attribute object for a text style: every text attribute, null where unset (as getAttributes reports). */
export function textAttributes(style: TextStyle): Record<string, unknown> {
  return Object.fromEntries(Object.entries(TEXT_ATTRIBUTES).map(([name, key]) => [name, style[key] ?? null]));
}

export function paragraphAttributes(paragraph: ParagraphData): Record<string, unknown> {
  return {
    ...textAttributes(paragraph.styles[0] ?? paragraph.baseStyle),
    ...Object.fromEntries(Object.entries(PARAGRAPH_ATTRIBUTES).map(([name, key]) => [name, paragraph[key] ?? null])),
  };
}
