/**
 * The Drive file registry: the one source of truth for every file's metadata (name, type, owner, sharing, folders,
 * trash, dates, description) and, for uploaded files, their bytes. Every fake that owns files registers them here, so
 * DriveApp sees them and every service asks the same place who may read or edit what.
 *
 * Use from another fake or from a test:
 *
 *   const drive = driveFiles(world);
 *   const item = drive.register({ id, name: 'Siklus 2026', mimeType: MIME_TYPES.GOOGLE_SHEETS, owner: email });
 *   drive.permissionOf(id, 'a@contoh.go.id');   // 'owner' | 'editor' | 'commenter' | 'viewer' | null
 *   drive.canEdit(id, email); drive.canView(id, email);
 *   drive.addRole(id, email, 'editor');         // what File.addEditor does
 *   drive.touch(id);                            // lastUpdated = world clock
 *   drive.handleType(MIME_TYPES.GOOGLE_SHEETS, { exportAs(item, type) {...}, copy(sourceId, copyId) {...} });
 *   drive.openWithApp(id, email);               // the person opened the file with the add-in (Picker): drive.file
 *
 * Google files (Docs, Sheets) keep their content in their own service's store; the type handler lets Drive export
 * (getAs / getBlob) and copy (makeCopy) them. Uploaded files keep their bytes in `content`.
 */
import type { World } from '../core/world';
import { MIME_TYPES, type AccessName, type PermissionName } from './enums';
import { textToPdf } from './pdf';

export type Role = 'owner' | 'editor' | 'commenter' | 'viewer';

export interface DriveItem {
  readonly id: string;
  name: string;
  readonly mimeType: string;
  owner: string;
  readonly editors: Set<string>;
  readonly commenters: Set<string>;
  readonly viewers: Set<string>;
  /** general access: who besides the listed people can open the file (File.setSharing) */
  access: AccessName;
  permission: PermissionName;
  /** ids of the folders holding the item; a user's root folder has none */
  parents: string[];
  trashed: boolean;
  readonly created: number;
  updated: number;
  description: string | null;
  /** bytes of an uploaded (non-Google) file; Google files keep their content in their service's store */
  content: Buffer | null;
  /**
   * People for whom the app (the script) created the file or who opened it with the app: what the narrow
   * https://www.googleapis.com/auth/drive.file scope lets the Drive advanced service see ("files created or opened by
   * the app", granted per user). Drive calls this isAppAuthorized.
   */
  readonly appUsers: Set<string>;
}

export interface RegisterOptions {
  /** the service's own id for the file (a spreadsheet's id); a new id when absent */
  id?: string;
  name: string;
  mimeType: string;
  /** defaults to the user the current execution acts for */
  owner?: string;
  /** defaults to the owner's root folder */
  parents?: string[];
  content?: Uint8Array | string;
  description?: string | null;
  /** the script made the file (SpreadsheetApp.create, DocumentApp.create, DriveApp / Drive creations and copies) */
  byApp?: boolean;
}

export interface ExportedContent {
  bytes: Buffer;
  contentType: string;
}

/** How Drive exports and copies a Google file type whose content another fake owns. */
export interface GoogleTypeHandler {
  /** the content converted to contentType, or null when Drive does not offer that conversion */
  exportAs?(item: DriveItem, contentType: string): ExportedContent | null;
  /** makes copyId's content a copy of sourceId's (the copy's Drive entry exists already) */
  copy?(sourceId: string, copyId: string): void;
}

/** Error texts as Apps Script throws them. */
export const DRIVE_ERRORS = {
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String) — the text scripts see
  notFound:
    'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
  accessDenied: 'Access denied: DriveApp.',
  iteratorEnd: 'Cannot retrieve the next object: iterator has reached the end.',
  conversion: (from: string, to: string) => `Converting from ${from} to ${to} is not supported.`,
  invalidQuery: 'Invalid argument: q',
} as const;

const RANK: Record<Role, number> = { viewer: 1, commenter: 2, editor: 3, owner: 4 };

const ROLE_OF_PERMISSION: Partial<Record<PermissionName, Role>> = {
  VIEW: 'viewer',
  COMMENT: 'commenter',
  EDIT: 'editor',
};

function higher(a: Role | null, b: Role | null): Role | null {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

export function domainOf(email: string): string {
  return email.slice(email.indexOf('@') + 1).toLowerCase();
}

const ID_PREFIX: Record<string, string> = {
  [MIME_TYPES.GOOGLE_DOCS]: 'doc',
  [MIME_TYPES.GOOGLE_SHEETS]: 'ss',
  [MIME_TYPES.FOLDER]: 'folder',
};

export function isFolder(item: DriveItem): boolean {
  return item.mimeType === MIME_TYPES.FOLDER;
}

/**
 * The people getEditors and getViewers list (DriveApp.File, Document): roles are hierarchical, so the editors include
 * the owner and the viewers include commenters, editors and the owner
 * (https://github.com/brucemcpherson/gas-fakes/blob/main/notes/oddities.md#driveapp-vs-drive-api-role-hierarchy-viewers-and-editors;
 * https://github.com/brucemcpherson/gas-fakes/blob/main/test/testdocs.js, "DocumentApp create", run on Apps Script).
 */
export function listedEditors(item: DriveItem): string[] {
  return [item.owner, ...item.editors];
}

export function listedViewers(item: DriveItem): string[] {
  return [...listedEditors(item), ...item.commenters, ...item.viewers];
}

export function isGoogleType(mimeType: string): boolean {
  return mimeType.startsWith('application/vnd.google-apps.');
}

/** The address Drive gives a file (File.getUrl). */
export function urlOf(item: DriveItem): string {
  if (item.mimeType === MIME_TYPES.FOLDER) return `https://drive.google.com/drive/folders/${item.id}`;
  if (item.mimeType === MIME_TYPES.GOOGLE_DOCS)
    return `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`;
  if (item.mimeType === MIME_TYPES.GOOGLE_SHEETS)
    return `https://docs.google.com/spreadsheets/d/${item.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
}

/** The id inside any Drive / Docs / Sheets address ("/d/<id>/", "/folders/<id>", "?id=<id>"), or null. */
export function idFromUrl(url: string): string | null {
  const match = /\/(?:d|folders)\/([^/?#]+)/.exec(url) ?? /[?&]id=([^&#]+)/.exec(url);
  return match ? match[1] : null;
}

export class DriveRegistry {
  private readonly items = new Map<string, DriveItem>();
  private readonly roots = new Map<string, string>();
  private readonly handlers = new Map<string, GoogleTypeHandler>();
  private readonly permissionIds = new Map<string, string>();

  constructor(private readonly world: World) {}

  /** The user the running script acts for: files it creates are theirs and its access is theirs. */
  actingUser(): string {
    return this.world.execution.effectiveUser;
  }

  register(options: RegisterOptions): DriveItem {
    const owner = options.owner ?? this.actingUser();
    const id = options.id ?? this.world.newId(ID_PREFIX[options.mimeType] ?? 'file');
    if (this.items.has(id)) throw new Error(`Drive already holds an item with id ${id}`);
    const now = this.world.clock.now();
    const content = options.content === undefined ? null : Buffer.from(options.content);
    const item: DriveItem = {
      id,
      name: options.name,
      mimeType: options.mimeType,
      owner,
      editors: new Set(),
      commenters: new Set(),
      viewers: new Set(),
      access: 'PRIVATE',
      permission: 'NONE',
      parents: options.parents ?? [this.rootOf(owner).id],
      trashed: false,
      created: now,
      updated: now,
      description: options.description ?? null,
      content,
      appUsers: new Set(options.byApp ? [owner] : []),
    };
    this.items.set(id, item);
    return item;
  }

  get(id: string): DriveItem | undefined {
    return this.items.get(id);
  }

  /** The item, if it exists and `email` may at least view it; otherwise the error DriveApp throws. */
  require(id: string, email: string = this.actingUser()): DriveItem {
    const item = this.items.get(id);
    if (!item || !this.permissionOf(id, email)) throw new Error(DRIVE_ERRORS.notFound);
    return item;
  }

  all(): DriveItem[] {
    return [...this.items.values()];
  }

  /** The user's "My Drive" folder, created on first use. */
  rootOf(email: string): DriveItem {
    const known = this.roots.get(email);
    if (known) return this.items.get(known)!;
    const root = this.register({ name: 'My Drive', mimeType: MIME_TYPES.FOLDER, owner: email, parents: [] });
    this.roots.set(email, root.id);
    return root;
  }

  childrenOf(folderId: string): DriveItem[] {
    return this.all().filter((item) => item.parents.includes(folderId));
  }

  /**
   * The strongest role `email` holds on the item: listed roles, general access (anyone / the owner's domain), and
   * roles on the folders that hold it (Drive shares a folder's content with the folder).
   */
  permissionOf(id: string, email: string, seen = new Set<string>()): Role | null {
    const item = this.items.get(id);
    if (!item || !email || seen.has(id)) return null;
    seen.add(id);
    let role: Role | null = null;
    if (item.owner === email) return 'owner';
    if (item.editors.has(email)) role = 'editor';
    else if (item.commenters.has(email)) role = 'commenter';
    else if (item.viewers.has(email)) role = 'viewer';
    const general = ROLE_OF_PERMISSION[item.permission] ?? null;
    if (general && (item.access === 'ANYONE' || item.access === 'ANYONE_WITH_LINK')) role = higher(role, general);
    if (general && (item.access === 'DOMAIN' || item.access === 'DOMAIN_WITH_LINK')) {
      if (domainOf(email) === domainOf(item.owner)) role = higher(role, general);
    }
    for (const parent of item.parents) {
      const inherited = this.permissionOf(parent, email, seen);
      role = higher(role, inherited === 'owner' ? 'editor' : inherited);
    }
    return role;
  }

  canView(id: string, email: string): boolean {
    return this.permissionOf(id, email) !== null;
  }

  canEdit(id: string, email: string): boolean {
    const role = this.permissionOf(id, email);
    return role === 'owner' || role === 'editor';
  }

  /**
   * Grants a role as File.addEditor / addCommenter / addViewer do: a stronger listed role is kept (adding an editor
   * as viewer changes nothing), a weaker one is replaced.
   */
  addRole(id: string, email: string, role: Exclude<Role, 'owner'>): void {
    const item = this.requireExisting(id);
    if (item.owner === email) return;
    const listed: Role | null = item.editors.has(email)
      ? 'editor'
      : item.commenters.has(email)
        ? 'commenter'
        : item.viewers.has(email)
          ? 'viewer'
          : null;
    if (listed && RANK[listed] >= RANK[role]) return;
    item.viewers.delete(email);
    item.commenters.delete(email);
    ({ editor: item.editors, commenter: item.commenters, viewer: item.viewers })[role].add(email);
  }

  /** Removes a listed role; general access and folder access still apply, as in Drive. */
  removeRole(id: string, email: string, role: Exclude<Role, 'owner'>): void {
    const item = this.requireExisting(id);
    ({ editor: item.editors, commenter: item.commenters, viewer: item.viewers })[role].delete(email);
  }

  /** The person opened the file with the app (Google Picker, "Open with"): drive.file access for them from now on. */
  openWithApp(id: string, email: string): void {
    this.requireExisting(id).appUsers.add(email);
  }

  /** A user's permission id: the same on every file, as Drive's are. */
  permissionIdOf(email: string): string {
    let id = this.permissionIds.get(email);
    if (!id) this.permissionIds.set(email, (id = this.world.newId('perm')));
    return id;
  }

  touch(id: string): void {
    this.requireExisting(id).updated = this.world.clock.now();
  }

  /** Lets the fake owning a Google file type export and copy its files. */
  handleType(mimeType: string, handler: GoogleTypeHandler): void {
    this.handlers.set(mimeType, handler);
  }

  /** The item's content as contentType (getAs), or the conversion error Drive gives. */
  exportAs(id: string, contentType: string): ExportedContent {
    const item = this.requireExisting(id);
    const exported = isGoogleType(item.mimeType)
      ? (this.handlers.get(item.mimeType)?.exportAs?.(item, contentType) ?? null)
      : exportUploaded(item, contentType);
    if (!exported) throw new Error(DRIVE_ERRORS.conversion(item.mimeType, contentType));
    return exported;
  }

  /** A copy made by the script, owned by the acting user, named and placed as asked; content copied by the handler. */
  copy(id: string, name: string, parents: string[]): DriveItem {
    const source = this.requireExisting(id);
    const copier = this.handlers.get(source.mimeType)?.copy;
    if (isGoogleType(source.mimeType) && !copier)
      throw new Error(`Emulator: no copy handler registered for ${source.mimeType}`);
    const copy = this.register({
      name,
      mimeType: source.mimeType,
      parents,
      content: source.content ?? undefined,
      description: source.description,
      byApp: true,
    });
    copier?.(source.id, copy.id);
    return copy;
  }

  private requireExisting(id: string): DriveItem {
    const item = this.items.get(id);
    if (!item) throw new Error(DRIVE_ERRORS.notFound);
    return item;
  }
}

/** An uploaded file as itself, or a text file as PDF ("for most blobs, 'application/pdf' is the only valid option"). */
function exportUploaded(item: DriveItem, contentType: string): ExportedContent | null {
  const bytes = item.content ?? Buffer.alloc(0);
  if (item.mimeType === contentType) return { bytes: Buffer.from(bytes), contentType };
  if (contentType === MIME_TYPES.PDF && item.mimeType.startsWith('text/'))
    return { bytes: textToPdf(bytes.toString('utf8')), contentType };
  return null;
}

/** The world's Drive. */
export function driveFiles(world: World): DriveRegistry {
  return world.store('drive', () => new DriveRegistry(world));
}
