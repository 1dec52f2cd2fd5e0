import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';
import { blobOf } from './drive-app';
import {
  fileResource,
  PERMISSION_OF_ROLE,
  permissionsOf,
  ROLE_OF_API,
  type ApiRole,
  type Resource,
} from './drive-api-resources';
import { MIME_TYPES } from './enums';
import { applyFieldMask, parseFieldMask } from './field-mask';
import {
  domainOf,
  driveFiles,
  isFolder,
  isGoogleType,
  type DriveItem,
  type DriveRegistry,
  type Role,
} from './registry';
import { parseDriveQuery, type ItemFilter } from './search-query';

/**
 * The Drive advanced service (Drive API v3) as the global `Drive`: Files.create / get / update / list / copy and
 * Permissions.create / list / update / remove, returning the REST resources as plain objects.
 * https://developers.google.com/apps-script/advanced/drive
 * https://developers.google.com/drive/api/reference/rest/v3/files
 *
 * The add-in asks only for https://www.googleapis.com/auth/drive.file, under which the app sees "files created or
 * opened by the app", per user: the registry's appUsers (the script's own creations, SpreadsheetApp.create,
 * DocumentApp.create, and files a person opened with the app). Any other file is "not found", as Drive answers.
 * Every call is a Drive round trip (cost 'drive'). Failures read as Apps Script reports a failed API call:
 * "API call to drive.files.copy failed with error: File not found: <id>."
 * (https://github.com/ericyd/gdrive-copy/issues/186, https://github.com/ericyd/gdrive-copy/issues/122), the REST
 * texts after the colon (404 "File not found: <id>.", 404 "Permission not found: <id>." as in
 * https://github.com/CSSS/csss-site/issues/644, 403 "The user does not have sufficient permissions for this file." as
 * in https://github.com/taers232c/GAMADV-XTD3/issues/181). Apps Script throws them as GoogleJsonResponseException;
 * the recorder names every service error "Exception".
 */

type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type PermissionResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type OptionalArgs = Record<string, unknown>;

export const DRIVE_API_ERRORS = {
  call: (method: string, message: string) => `API call to drive.${method} failed with error: ${message}`,
  fileNotFound: (id: string) => `File not found: ${id}.`,
  permissionNotFound: (id: string) => `Permission not found: ${id}.`,
  insufficientPermissions: 'The user does not have sufficient permissions for this file.',
  // https://developers.google.com/drive/api/reference/rest/v3/files/update: parents change through addParents /
  // removeParents only
  parentsNotWritable:
    'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
  notDownloadable: 'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
  transferOwnership: "The transferOwnership parameter must be enabled when the permission role is 'owner'.",
  invalidValue: 'Invalid Value',
} as const;

/** "drive.files.list" defaults ("only returns the kind, id, name, and mimeType fields"), fields-parameter guide. */
const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';
const DEFAULT_LIST_FIELDS = `kind,incompleteSearch,nextPageToken,files(${DEFAULT_FILE_FIELDS})`;
const MAX_PAGE_SIZE = 1000;
const DEFAULT_PAGE_SIZE = 100;

class DriveApiError extends Error {}

abstract class DriveCollection extends FakeService {
  static override readonly calls: CallTable = { cost: 'drive', needsFullAuth: true };

  protected get drive(): DriveRegistry {
    return driveFiles(this.world);
  }

  protected get user(): string {
    return this.drive.actingUser();
  }

  /** Runs one REST method; its failures come out as Apps Script words them. */
  protected request<T>(method: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      // eslint-disable-next-line preserve-caught-error -- Apps Script surfaces only the reworded message, no cause
      if (e instanceof DriveApiError) throw new Error(DRIVE_API_ERRORS.call(method, e.message));
      throw e;
    }
  }

  /** The item, when it exists, the user may see it and drive.file reaches it for them ("root": their My Drive). */
  protected visible(id: string): DriveItem {
    const root = this.drive.rootOf(this.user);
    if (id === 'root' || id === root.id) return root;
    const item = this.drive.get(id);
    if (!item || !item.appUsers.has(this.user) || !this.drive.canView(id, this.user))
      throw new DriveApiError(DRIVE_API_ERRORS.fileNotFound(id));
    return item;
  }

  protected writable(id: string): DriveItem {
    const item = this.visible(id);
    if (!this.drive.canEdit(item.id, this.user)) throw new DriveApiError(DRIVE_API_ERRORS.insufficientPermissions);
    return item;
  }

  /** A folder the user may add files to. */
  protected targetFolder(id: string): DriveItem {
    const folder = this.writable(id);
    if (!isFolder(folder)) throw new DriveApiError(DRIVE_API_ERRORS.fileNotFound(id));
    return folder;
  }

  protected resource(item: DriveItem, fields: unknown, defaults = DEFAULT_FILE_FIELDS): Resource {
    return applyFieldMask(fileResource(this.drive, item, this.user), this.mask(fields, defaults)) as Resource;
  }

  protected mask(fields: unknown, defaults: string) {
    try {
      return parseFieldMask(typeof fields === 'string' && fields.trim() ? fields : defaults);
    } catch (e) {
      throw new DriveApiError((e as Error).message);
    }
  }
}

/** "a,b" (addParents / removeParents) as ids. */
function idList(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

export class FakeDriveFiles
  extends DriveCollection
  implements FakeOf<GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection>
{
  readonly typeName = 'FilesCollection';

  /** A folder (mimeType folder), or a file with the blob's bytes; in the given parents or My Drive. */
  create(resource: FileResource, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs: OptionalArgs = {}): Resource {
    return this.request('files.create', () => {
      const blob = mediaData ? blobOf(mediaData) : null;
      const mimeType = resource.mimeType ?? blob?.getContentType() ?? 'application/octet-stream';
      if (isGoogleType(mimeType) && mimeType !== MIME_TYPES.FOLDER)
        throw new DriveApiError(`Emulator: creating ${mimeType} is not emulated; use SpreadsheetApp or DocumentApp`);
      if (blob && mimeType === MIME_TYPES.FOLDER) throw new DriveApiError('Emulator: a folder has no content');
      const parents = (resource.parents ?? ['root']).map((id) => this.targetFolder(id).id);
      const item = this.drive.register({
        name: resource.name ?? blob?.getName() ?? 'Untitled',
        mimeType,
        parents,
        content: blob?.rawBytes(),
        description: resource.description ?? null,
        byApp: true,
      });
      return this.resource(item, optionalArgs.fields);
    });
  }

  /** Metadata, or with alt: 'media' an uploaded file's content as text. */
  get(fileId: string, optionalArgs: OptionalArgs = {}): unknown {
    return this.request('files.get', () => {
      const item = this.visible(fileId);
      if (optionalArgs.alt !== 'media') return this.resource(item, optionalArgs.fields);
      if (isGoogleType(item.mimeType)) throw new DriveApiError(DRIVE_API_ERRORS.notDownloadable);
      return (item.content ?? Buffer.alloc(0)).toString('utf8');
    });
  }

  /**
   * Patch semantics: name, description, trashed (the owner only), new content for an uploaded file, and folders
   * through addParents / removeParents.
   */
  update(
    resource: FileResource,
    fileId: string,
    mediaData?: GoogleAppsScript.Base.Blob | null,
    optionalArgs: OptionalArgs = {},
  ): Resource {
    return this.request('files.update', () => {
      const item = this.writable(fileId);
      if (resource.parents !== undefined) throw new DriveApiError(DRIVE_API_ERRORS.parentsNotWritable);
      if (resource.trashed !== undefined && item.owner !== this.user)
        throw new DriveApiError(DRIVE_API_ERRORS.insufficientPermissions);
      if (mediaData && isGoogleType(item.mimeType))
        throw new DriveApiError(`Emulator: uploading content into ${item.mimeType} is not emulated`);
      const added = idList(optionalArgs.addParents).map((id) => this.targetFolder(id).id);
      const removed = new Set(idList(optionalArgs.removeParents).map((id) => this.visible(id).id));
      if (resource.name !== undefined) item.name = resource.name;
      if (resource.description !== undefined) item.description = resource.description;
      if (resource.trashed !== undefined) item.trashed = resource.trashed;
      if (mediaData) item.content = blobOf(mediaData).rawBytes();
      item.parents = [...new Set([...item.parents.filter((p) => !removed.has(p)), ...added])];
      this.drive.touch(item.id);
      return this.resource(item, optionalArgs.fields);
    });
  }

  /**
   * The files the app may see that match q (the DriveApp.searchFiles subset; 'root' in parents means My Drive),
   * trashed ones included as Drive lists them, pageSize at a time (100 by default, at most 1000).
   */
  list(optionalArgs: OptionalArgs = {}): Resource {
    return this.request('files.list', () => {
      const matches = this.query(optionalArgs.q);
      const size = Math.min(Math.max(Number(optionalArgs.pageSize ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);
      const start = this.pageStart(optionalArgs.pageToken);
      const found = this.drive.all().filter((item) => item.parents.length > 0 && this.seen(item) && matches(item));
      const page = found.slice(start, start + size);
      const list = {
        kind: 'drive#fileList',
        incompleteSearch: false,
        nextPageToken: start + size < found.length ? `page:${start + size}` : undefined,
        files: page.map((item) => fileResource(this.drive, item, this.user)),
      };
      return applyFieldMask(list, this.mask(optionalArgs.fields, DEFAULT_LIST_FIELDS)) as Resource;
    });
  }

  /** A copy owned by the user, named as asked (the source's name otherwise), in the given parents or the source's. */
  copy(resource: FileResource, fileId: string, optionalArgs: OptionalArgs = {}): Resource {
    return this.request('files.copy', () => {
      const source = this.visible(fileId);
      const writableParents = source.parents.filter((p) => this.drive.canEdit(p, this.user));
      const parents = resource.parents
        ? resource.parents.map((id) => this.targetFolder(id).id)
        : writableParents.length
          ? writableParents
          : [this.drive.rootOf(this.user).id];
      const copy = this.drive.copy(source.id, resource.name ?? source.name, parents);
      if (resource.description !== undefined) copy.description = resource.description;
      return this.resource(copy, optionalArgs.fields);
    });
  }

  private seen(item: DriveItem): boolean {
    return item.appUsers.has(this.user) && this.drive.canView(item.id, this.user);
  }

  private query(q: unknown): ItemFilter {
    if (q === undefined || q === null || q === '') return () => true;
    const root = this.drive.rootOf(this.user).id;
    try {
      return parseDriveQuery(String(q).replace(/'root'(\s+in\s+parents)/gi, `'${root}'$1`));
    } catch {
      throw new DriveApiError(DRIVE_API_ERRORS.invalidValue);
    }
  }

  private pageStart(token: unknown): number {
    if (token === undefined || token === null || token === '') return 0;
    const match = /^page:(\d+)$/.exec(String(token));
    if (!match) throw new DriveApiError(DRIVE_API_ERRORS.invalidValue);
    return Number(match[1]);
  }
}

export class FakeDrivePermissions
  extends DriveCollection
  implements FakeOf<GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection>
{
  readonly typeName = 'PermissionsCollection';

  /**
   * Shares the file: type 'user' with an emailAddress, 'anyone' (a link, or discoverable with allowFileDiscovery) or
   * 'domain' (the owner's domain). Role 'owner' transfers ownership and needs transferOwnership: true; the former
   * owner keeps editing. Drive's notification email (sendNotificationEmail) is not emulated.
   * https://developers.google.com/drive/api/reference/rest/v3/permissions/create
   */
  create(resource: PermissionResource, fileId: string, optionalArgs: OptionalArgs = {}): Resource {
    return this.request('permissions.create', () => {
      const item = this.writable(fileId);
      const role = this.roleOf(resource.role);
      if (resource.type === 'user') {
        const email = resource.emailAddress;
        if (!email) throw new DriveApiError('Emulator: a user permission needs emailAddress');
        if (role === 'owner') this.transfer(item, email, optionalArgs.transferOwnership === true);
        else this.drive.addRole(item.id, email, role);
        return this.find(item, this.drive.permissionIdOf(email));
      }
      this.shareGenerally(item, resource, role);
      return permissionsOf(this.drive, item).at(-1)!;
    });
  }

  list(fileId: string, optionalArgs: OptionalArgs = {}): Resource {
    return this.request('permissions.list', () => {
      const item = this.writable(fileId);
      const list = { kind: 'drive#permissionList', permissions: permissionsOf(this.drive, item) };
      return applyFieldMask(list, this.mask(optionalArgs.fields, '*')) as Resource;
    });
  }

  /** A new role for a listed person or for general access. */
  update(resource: PermissionResource, fileId: string, permissionId: string, optionalArgs: OptionalArgs = {}) {
    return this.request('permissions.update', () => {
      const item = this.writable(fileId);
      const current = this.find(item, permissionId);
      const role = this.roleOf(resource.role ?? current.role);
      if (current.type !== 'user') {
        this.shareGenerally(item, { ...current, ...resource }, role);
      } else {
        const email = String(current.emailAddress);
        if (role === 'owner') this.transfer(item, email, optionalArgs.transferOwnership === true);
        else if (current.role === 'owner') throw new DriveApiError(DRIVE_API_ERRORS.insufficientPermissions);
        else {
          this.unlist(item, email);
          this.drive.addRole(item.id, email, role);
        }
      }
      return this.find(item, permissionId);
    });
  }

  /** Drive.Permissions.remove: the REST method permissions.delete. The owner's permission cannot go. */
  remove(fileId: string, permissionId: string, _optionalArgs?: OptionalArgs): void {
    this.request('permissions.delete', () => {
      const item = this.writable(fileId);
      const current = this.find(item, permissionId);
      if (current.role === 'owner') throw new DriveApiError(DRIVE_API_ERRORS.insufficientPermissions);
      if (current.type === 'user') this.unlist(item, String(current.emailAddress));
      else {
        item.access = 'PRIVATE';
        item.permission = 'NONE';
      }
    });
  }

  private roleOf(role: unknown): Role {
    const mapped = ROLE_OF_API[role as ApiRole];
    if (!mapped) throw new DriveApiError(`Emulator: permission role ${String(role)} is not emulated`);
    return mapped;
  }

  private find(item: DriveItem, permissionId: string): Resource {
    const found = permissionsOf(this.drive, item).find((p) => p.id === permissionId);
    if (!found) throw new DriveApiError(DRIVE_API_ERRORS.permissionNotFound(permissionId));
    return found;
  }

  private unlist(item: DriveItem, email: string): void {
    for (const role of ['editor', 'commenter', 'viewer'] as const) this.drive.removeRole(item.id, email, role);
  }

  private transfer(item: DriveItem, email: string, confirmed: boolean): void {
    if (!confirmed) throw new DriveApiError(DRIVE_API_ERRORS.transferOwnership);
    if (item.owner !== this.user) throw new DriveApiError(DRIVE_API_ERRORS.insufficientPermissions);
    const former = item.owner;
    this.unlist(item, email);
    item.owner = email;
    this.drive.addRole(item.id, former, 'editor');
  }

  /** General access: anyone (with the link unless allowFileDiscovery) or the owner's domain. */
  private shareGenerally(item: DriveItem, resource: PermissionResource | Resource, role: Role) {
    const permission = PERMISSION_OF_ROLE[role];
    if (!permission) throw new DriveApiError(DRIVE_API_ERRORS.invalidValue);
    const discoverable = resource.allowFileDiscovery === true;
    if (resource.type === 'anyone') item.access = discoverable ? 'ANYONE' : 'ANYONE_WITH_LINK';
    else if (resource.type === 'domain' && resource.domain === domainOf(item.owner))
      item.access = discoverable ? 'DOMAIN' : 'DOMAIN_WITH_LINK';
    else
      throw new DriveApiError(
        `Emulator: sharing with ${String(resource.type)} ${String(resource.domain ?? '')} is not emulated`,
      );
    item.permission = permission;
  }
}

/** The global `Drive`: its collections and the resource builders (newFile() ... are empty objects to fill). */
export class FakeDriveAdvanced extends Fake {
  readonly typeName = 'Drive';
  static override readonly calls: CallTable = { cost: 'local' };
  readonly Files: FakeDriveFiles;
  readonly Permissions: FakeDrivePermissions;

  constructor(world: World) {
    super();
    this.Files = new FakeDriveFiles(world);
    this.Permissions = new FakeDrivePermissions(world);
  }

  newFile(): Resource {
    return {};
  }

  newPermission(): Resource {
    return {};
  }
}
