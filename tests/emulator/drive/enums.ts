/**
 * Apps Script enums reach a script as objects whose string form is the member name (String(DriveApp.Access.ANYONE)
 * is 'ANYONE'), compared with ===. The emulator hands out the names themselves: they compare, print and serve as
 * object keys (setAttributes({[DocumentApp.Attribute.BOLD]: true})) the same way. The @types declare them as numeric
 * TypeScript enums, hence the casts, kept in these two helpers.
 */
export function enumOf<E>(names: readonly string[]): E {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as unknown as E;
}

export function asEnum<E>(name: string): E {
  return name as unknown as E;
}

/** https://developers.google.com/apps-script/reference/base/mime-type */
export const MIME_TYPES = {
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: 'application/pdf',
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
} as const;

/** https://developers.google.com/apps-script/reference/drive/access */
export const ACCESS_NAMES = ['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE'] as const;
export type AccessName = (typeof ACCESS_NAMES)[number];

/** https://developers.google.com/apps-script/reference/drive/permission */
export const PERMISSION_NAMES = ['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'NONE'] as const;
export type PermissionName = (typeof PERMISSION_NAMES)[number];

/** A name given by the script, checked against the enum it must belong to. */
export function enumMember<T extends string>(names: readonly T[], value: unknown, enumName: string): T {
  const name = String(value);
  if (!(names as readonly string[]).includes(name)) throw new Error(`Invalid argument: ${enumName} ${name}`);
  return name as T;
}
