import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';
import { FakeBlob } from '../services/blob';
import {
  ACCESS_NAMES,
  asEnum,
  enumMember,
  enumOf,
  MIME_TYPES,
  PERMISSION_NAMES,
  type AccessName,
  type PermissionName,
} from './enums';
import { checkCreateFileArguments, checkMakeCopyArguments, checkMoveToArguments } from './arguments';
import { parseDriveQuery, type ItemFilter } from './search-query';
import {
  domainOf,
  driveFiles,
  DRIVE_ERRORS,
  isFolder,
  isGoogleType,
  listedEditors,
  listedViewers,
  urlOf,
  type DriveItem,
  type DriveRegistry,
  type Role,
} from './registry';

/**
 * DriveApp over the world's Drive registry. Every call is a Drive round trip (cost 'drive') except reading an id or
 * url the script already holds. Access is checked for the user the script acts for (Session.getEffectiveUser).
 * https://developers.google.com/apps-script/reference/drive/drive-app
 */

type Email = string | GoogleAppsScript.Base.User;

function emailOf(who: Email): string {
  return typeof who === 'string' ? who : who.getEmail();
}

/** "Laporan 2026.draft" + application/pdf -> "Laporan 2026.pdf": the text after the last period is an extension. */
export function exportName(name: string, contentType: string): string {
  const extension = EXTENSIONS[contentType];
  if (!extension) return name;
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${extension}`;
}

const EXTENSIONS: Record<string, string> = {
  [MIME_TYPES.PDF]: 'pdf',
  [MIME_TYPES.MICROSOFT_WORD]: 'docx',
  [MIME_TYPES.MICROSOFT_EXCEL]: 'xlsx',
  [MIME_TYPES.PLAIN_TEXT]: 'txt',
  [MIME_TYPES.CSV]: 'csv',
};

/** The blob behind any BlobSource the script passes (a Blob from Utilities.newBlob, a File, a Document ...). */
export function blobOf(source: GoogleAppsScript.Base.BlobSource): FakeBlob {
  const blob = source.getBlob() as unknown;
  if (!(blob instanceof FakeBlob)) throw new Error('Invalid argument: blob');
  return blob;
}

abstract class DriveFake extends FakeService {
  static override readonly calls: CallTable = {
    cost: 'drive',
    methods: { local: ['getId', 'getUrl'] },
    needsFullAuth: true,
  };

  protected get drive(): DriveRegistry {
    return driveFiles(this.world);
  }

  protected get user(): string {
    return this.drive.actingUser();
  }
}

export class FakeDriveUser extends Fake implements FakeOf<GoogleAppsScript.Drive.User> {
  readonly typeName = 'User';
  static override readonly calls: CallTable = { cost: 'local' };

  constructor(private readonly email: string) {
    super();
  }

  getEmail(): string {
    return this.email;
  }

  getDomain(): string {
    return domainOf(this.email);
  }

  /** Drive shows the account's display name; the emulator's people have none, so the part before '@'. */
  getName(): string {
    return this.email.slice(0, this.email.indexOf('@'));
  }
}

/** What File and Folder share: identity, metadata, sharing, place in folders and trash. */
abstract class FakeDriveItem extends DriveFake {
  constructor(
    world: World,
    readonly id: string,
  ) {
    super(world);
  }

  /** The registry entry, while the acting user can still see it. */
  protected item(): DriveItem {
    return this.drive.require(this.id, this.user);
  }

  protected editableItem(): DriveItem {
    const item = this.item();
    if (!this.drive.canEdit(item.id, this.user)) throw new Error(DRIVE_ERRORS.accessDenied);
    return item;
  }

  protected edited(): this {
    this.drive.touch(this.id);
    return this;
  }

  protected share(who: Email | string[], role: Exclude<Role, 'owner'>): this {
    this.editableItem();
    for (const email of Array.isArray(who) ? who : [emailOf(who)]) this.drive.addRole(this.id, email, role);
    return this;
  }

  protected unshare(who: Email, role: Exclude<Role, 'owner'>): this {
    this.editableItem();
    this.drive.removeRole(this.id, emailOf(who), role);
    return this;
  }

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.item().name;
  }

  setName(name: string): this {
    this.editableItem().name = name;
    return this.edited();
  }

  getUrl(): string {
    return urlOf(this.item());
  }

  getDescription(): string | null {
    return this.item().description;
  }

  setDescription(description: string): this {
    this.editableItem().description = description;
    return this.edited();
  }

  getDateCreated(): Date {
    return new Date(this.item().created);
  }

  getLastUpdated(): Date {
    return new Date(this.item().updated);
  }

  getOwner(): FakeDriveUser {
    return new FakeDriveUser(this.item().owner);
  }

  /** Hierarchical roles: the editors include the owner, the viewers everyone (registry.ts, listedEditors). */
  getEditors(): FakeDriveUser[] {
    return listedEditors(this.item()).map((e) => new FakeDriveUser(e));
  }

  getViewers(): FakeDriveUser[] {
    return listedViewers(this.item()).map((e) => new FakeDriveUser(e));
  }

  addEditor(who: Email): this {
    return this.share(who, 'editor');
  }

  addEditors(emails: string[]): this {
    return this.share(emails, 'editor');
  }

  addViewer(who: Email): this {
    return this.share(who, 'viewer');
  }

  addViewers(emails: string[]): this {
    return this.share(emails, 'viewer');
  }

  removeEditor(who: Email): this {
    return this.unshare(who, 'editor');
  }

  removeViewer(who: Email): this {
    this.unshare(who, 'commenter');
    return this.unshare(who, 'viewer');
  }

  /** The permission a user holds, listed or through general access. */
  getAccess(who: Email): GoogleAppsScript.Drive.Permission {
    this.item();
    const role = this.drive.permissionOf(this.id, emailOf(who));
    const name: PermissionName =
      role === 'owner'
        ? 'OWNER'
        : role === 'editor'
          ? 'EDIT'
          : role === 'commenter'
            ? 'COMMENT'
            : role
              ? 'VIEW'
              : 'NONE';
    return asEnum(name);
  }

  setSharing(accessType: GoogleAppsScript.Drive.Access, permissionType: GoogleAppsScript.Drive.Permission): this {
    const item = this.editableItem();
    item.access = enumMember<AccessName>(ACCESS_NAMES, accessType, 'accessType');
    item.permission = enumMember<PermissionName>(PERMISSION_NAMES, permissionType, 'permissionType');
    return this;
  }

  getSharingAccess(): GoogleAppsScript.Drive.Access {
    return asEnum(this.item().access);
  }

  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    return asEnum(this.item().permission);
  }

  getParents(): FakeFolderIterator {
    const item = this.item();
    const visible = item.parents.filter((id) => this.drive.canView(id, this.user));
    return new FakeFolderIterator(this.world, visible);
  }

  moveTo(...args: unknown[]): this {
    checkMoveToArguments(`DriveApp.${this.typeName}`, args, isFolderFake);
    const folder = asFolder(args[0] as GoogleAppsScript.Drive.Folder);
    this.editableItem().parents = [folder.id];
    return this.edited();
  }

  isTrashed(): boolean {
    return this.item().trashed;
  }

  /** Only the owner can trash an item in My Drive. */
  setTrashed(trashed: boolean): this {
    const item = this.item();
    if (item.owner !== this.user) throw new Error(DRIVE_ERRORS.accessDenied);
    item.trashed = trashed;
    return this.edited();
  }
}

export class FakeFile extends FakeDriveItem implements FakeOf<GoogleAppsScript.Drive.File> {
  readonly typeName = 'File';

  getMimeType(): string {
    return this.item().mimeType;
  }

  getSize(): number {
    return this.item().content?.length ?? 0;
  }

  addCommenter(who: Email): FakeFile {
    return this.share(who, 'commenter');
  }

  addCommenters(emails: string[]): FakeFile {
    return this.share(emails, 'commenter');
  }

  removeCommenter(who: Email): FakeFile {
    return this.unshare(who, 'commenter');
  }

  setContent(content: string): FakeFile {
    const item = this.editableItem();
    if (isGoogleType(item.mimeType)) throw new Error(DRIVE_ERRORS.accessDenied);
    item.content = Buffer.from(content, 'utf8');
    return this.edited();
  }

  /**
   * The content converted to contentType, named with that type's extension in place of the last one.
   * https://developers.google.com/apps-script/reference/drive/file#getAs(String)
   */
  getAs(contentType: string): FakeBlob {
    const item = this.item();
    const exported = this.drive.exportAs(item.id, contentType);
    return new FakeBlob(exported.bytes, exported.contentType, exportName(item.name, exported.contentType));
  }

  /** Google files come as PDF, uploaded files as themselves. */
  getBlob(): FakeBlob {
    const item = this.item();
    if (isGoogleType(item.mimeType)) return this.getAs(MIME_TYPES.PDF);
    return new FakeBlob(item.content ?? Buffer.alloc(0), item.mimeType, item.name);
  }

  /**
   * A copy owned by the acting user, in the same folders unless told otherwise; without a name it keeps the file's
   * name, with no "Copy of" (https://github.com/brucemcpherson/gas-fakes/blob/main/test/testdrive.js, "drivapp
   * copying", run on Apps Script).
   */
  makeCopy(...args: unknown[]) {
    checkMakeCopyArguments('DriveApp.File', args, isFolderFake);
    const [nameOrDestination, destination] = args as [
      string | GoogleAppsScript.Drive.Folder | undefined,
      GoogleAppsScript.Drive.Folder?,
    ];
    const item = this.item();
    const name = typeof nameOrDestination === 'string' ? nameOrDestination : item.name;
    const target = typeof nameOrDestination === 'object' ? nameOrDestination : destination;
    const parents = target ? [asFolder(target).id] : item.parents.filter((p) => this.drive.canEdit(p, this.user));
    const copy = this.drive.copy(item.id, name, parents.length ? parents : [this.drive.rootOf(this.user).id]);
    return new FakeFile(this.world, copy.id);
  }
}

export class FakeFolder extends FakeDriveItem implements FakeOf<GoogleAppsScript.Drive.Folder> {
  readonly typeName = 'Folder';

  createFolder(name: string): FakeFolder {
    this.editableItem();
    const folder = this.drive.register({ name, mimeType: MIME_TYPES.FOLDER, parents: [this.id], byApp: true });
    return new FakeFolder(this.world, folder.id);
  }

  createFile(...args: unknown[]): FakeFile {
    checkCreateFileArguments('DriveApp.Folder', args);
    this.editableItem();
    return createFileIn(this.world, this.id, ...(args as CreateFileArguments));
  }

  getFiles(): FakeFileIterator {
    return this.filesWhere(() => true);
  }

  getFilesByName(name: string): FakeFileIterator {
    return this.filesWhere((item) => item.name === name);
  }

  getFilesByType(mimeType: string): FakeFileIterator {
    return this.filesWhere((item) => item.mimeType === mimeType);
  }

  getFolders(): FakeFolderIterator {
    return this.foldersWhere(() => true);
  }

  getFoldersByName(name: string): FakeFolderIterator {
    return this.foldersWhere((item) => item.name === name);
  }

  searchFiles(params: string): FakeFileIterator {
    return this.filesWhere(parseDriveQuery(params));
  }

  searchFolders(params: string): FakeFolderIterator {
    return this.foldersWhere(parseDriveQuery(params));
  }

  private children(filter: ItemFilter): DriveItem[] {
    this.item();
    return this.drive.childrenOf(this.id).filter((c) => filter(c) && this.drive.canView(c.id, this.user));
  }

  private filesWhere(filter: ItemFilter): FakeFileIterator {
    return new FakeFileIterator(
      this.world,
      this.children((c) => !isFolder(c) && filter(c)).map((c) => c.id),
    );
  }

  private foldersWhere(filter: ItemFilter): FakeFolderIterator {
    return new FakeFolderIterator(
      this.world,
      this.children((c) => isFolder(c) && filter(c)).map((c) => c.id),
    );
  }
}

function isFolderFake(value: unknown): boolean {
  return value instanceof FakeFolder;
}

type CreateFileArguments = [nameOrBlob: string | GoogleAppsScript.Base.BlobSource, content?: string, mimeType?: string];

function asFolder(folder: GoogleAppsScript.Drive.Folder): FakeFolder {
  const fake = folder as unknown;
  if (!(fake instanceof FakeFolder)) throw new Error('Invalid argument: destination');
  return fake;
}

function createFileIn(
  world: World,
  folderId: string,
  nameOrBlob: string | GoogleAppsScript.Base.BlobSource,
  content?: string,
  mimeType?: string,
): FakeFile {
  const drive = driveFiles(world);
  if (typeof nameOrBlob === 'string') {
    const item = drive.register({
      name: nameOrBlob,
      mimeType: mimeType ?? MIME_TYPES.PLAIN_TEXT,
      parents: [folderId],
      content: content ?? '',
      byApp: true,
    });
    return new FakeFile(world, item.id);
  }
  const blob = blobOf(nameOrBlob);
  const item = drive.register({
    name: blob.getName() ?? 'Untitled',
    mimeType: blob.getContentType() ?? 'application/octet-stream',
    parents: [folderId],
    content: blob.rawBytes(),
    byApp: true,
  });
  return new FakeFile(world, item.id);
}

abstract class FakeIterator<T> extends DriveFake {
  static override readonly calls: CallTable = { cost: 'local', methods: { drive: ['next'] } };
  private position = 0;

  constructor(
    world: World,
    private readonly ids: readonly string[],
  ) {
    super(world);
  }

  protected abstract wrap(id: string): T;

  hasNext(): boolean {
    return this.position < this.ids.length;
  }

  next(): T {
    if (!this.hasNext()) throw new Error(DRIVE_ERRORS.iteratorEnd);
    return this.wrap(this.ids[this.position++]);
  }
}

export class FakeFileIterator extends FakeIterator<FakeFile> implements FakeOf<GoogleAppsScript.Drive.FileIterator> {
  readonly typeName = 'FileIterator';

  protected wrap(id: string): FakeFile {
    return new FakeFile(this.world, id);
  }
}

export class FakeFolderIterator
  extends FakeIterator<FakeFolder>
  implements FakeOf<GoogleAppsScript.Drive.FolderIterator>
{
  readonly typeName = 'FolderIterator';

  protected wrap(id: string): FakeFolder {
    return new FakeFolder(this.world, id);
  }
}

export class FakeDriveApp extends DriveFake implements FakeOf<GoogleAppsScript.Drive.DriveApp> {
  readonly typeName = 'DriveApp';
  readonly Access = enumOf<typeof GoogleAppsScript.Drive.Access>(ACCESS_NAMES);
  readonly Permission = enumOf<typeof GoogleAppsScript.Drive.Permission>(PERMISSION_NAMES);

  getFileById(id: string): FakeFile {
    const item = this.drive.require(id, this.user);
    if (isFolder(item)) throw new Error(DRIVE_ERRORS.notFound);
    return new FakeFile(this.world, id);
  }

  getFolderById(id: string): FakeFolder {
    const item = this.drive.require(id, this.user);
    if (!isFolder(item)) throw new Error(DRIVE_ERRORS.notFound);
    return new FakeFolder(this.world, id);
  }

  getRootFolder(): FakeFolder {
    return new FakeFolder(this.world, this.drive.rootOf(this.user).id);
  }

  createFolder(name: string): FakeFolder {
    return this.getRootFolder().createFolder(name);
  }

  createFile(...args: unknown[]): FakeFile {
    checkCreateFileArguments('DriveApp', args);
    return createFileIn(this.world, this.drive.rootOf(this.user).id, ...(args as CreateFileArguments));
  }

  /** Every file the user can see, anywhere (trashed ones included, as DriveApp lists them). */
  getFiles(): FakeFileIterator {
    return this.filesWhere(() => true);
  }

  getFilesByName(name: string): FakeFileIterator {
    return this.filesWhere((item) => item.name === name);
  }

  getFilesByType(mimeType: string): FakeFileIterator {
    return this.filesWhere((item) => item.mimeType === mimeType);
  }

  getFolders(): FakeFolderIterator {
    return this.foldersWhere(() => true);
  }

  getFoldersByName(name: string): FakeFolderIterator {
    return this.foldersWhere((item) => item.name === name);
  }

  getTrashedFiles(): FakeFileIterator {
    return this.filesWhere((item) => item.trashed);
  }

  searchFiles(params: string): FakeFileIterator {
    return this.filesWhere(parseDriveQuery(params));
  }

  searchFolders(params: string): FakeFolderIterator {
    return this.foldersWhere(parseDriveQuery(params));
  }

  private visible(filter: ItemFilter): DriveItem[] {
    return this.drive.all().filter((item) => item.parents.length > 0 && filter(item) && this.canSee(item));
  }

  private canSee(item: DriveItem): boolean {
    return this.drive.canView(item.id, this.user);
  }

  private filesWhere(filter: ItemFilter): FakeFileIterator {
    return new FakeFileIterator(
      this.world,
      this.visible((item) => !isFolder(item) && filter(item)).map((item) => item.id),
    );
  }

  private foldersWhere(filter: ItemFilter): FakeFolderIterator {
    return new FakeFolderIterator(
      this.world,
      this.visible((item) => isFolder(item) && filter(item)).map((item) => item.id),
    );
  }
}
