import { isGoogleType, urlOf, type DriveItem, type DriveRegistry, type Role } from './registry';
import type { PermissionName } from './enums';

/**
 * Registry entries as Drive API v3 resources, the plain objects the Drive advanced service returns.
 * https://developers.google.com/drive/api/reference/rest/v3/files#File
 * https://developers.google.com/drive/api/reference/rest/v3/permissions#Permission
 */
export type Resource = Record<string, unknown>;

export type ApiRole = 'reader' | 'commenter' | 'writer' | 'owner';

const API_ROLE_OF: Record<Role, ApiRole> = {
  viewer: 'reader',
  commenter: 'commenter',
  editor: 'writer',
  owner: 'owner',
};

export const ROLE_OF_API: Record<ApiRole, Role> = {
  reader: 'viewer',
  commenter: 'commenter',
  writer: 'editor',
  owner: 'owner',
};

/** General access (File.setSharing) at a role. */
export const PERMISSION_OF_ROLE: Partial<Record<Role, PermissionName>> = {
  viewer: 'VIEW',
  commenter: 'COMMENT',
  editor: 'EDIT',
};

const ROLE_OF_PERMISSION: Partial<Record<PermissionName, Role>> = {
  VIEW: 'viewer',
  COMMENT: 'commenter',
  EDIT: 'editor',
};

/** Drive's permission ids for general access: "anyoneWithLink" for a link, "anyone" when it can be found. */
const GENERAL_PERMISSION_IDS = { anyone: 'anyone', anyoneWithLink: 'anyoneWithLink' } as const;

function userResource(drive: DriveRegistry, email: string, me: string): Resource {
  return {
    kind: 'drive#user',
    displayName: email.slice(0, email.indexOf('@')),
    emailAddress: email,
    me: email === me,
    permissionId: drive.permissionIdOf(email),
  };
}

export function fileResource(drive: DriveRegistry, item: DriveItem, me: string): Resource {
  const canEdit = drive.canEdit(item.id, me);
  const uploaded = !isGoogleType(item.mimeType);
  const resource: Resource = {
    kind: 'drive#file',
    id: item.id,
    name: item.name,
    mimeType: item.mimeType,
    description: item.description ?? undefined,
    parents: [...item.parents],
    webViewLink: urlOf(item),
    webContentLink: uploaded ? `https://drive.google.com/uc?id=${item.id}&export=download` : undefined,
    size: uploaded ? String(item.content?.length ?? 0) : undefined,
    createdTime: new Date(item.created).toISOString(),
    modifiedTime: new Date(item.updated).toISOString(),
    trashed: item.trashed,
    owners: [userResource(drive, item.owner, me)],
    ownedByMe: item.owner === me,
    shared: permissionsOf(drive, item).length > 1,
    isAppAuthorized: item.appUsers.has(me),
    capabilities: { canEdit, canShare: canEdit, canTrash: item.owner === me, canAddChildren: canEdit },
  };
  return Object.fromEntries(Object.entries(resource).filter(([, v]) => v !== undefined));
}

function userPermission(drive: DriveRegistry, email: string, role: Role): Resource {
  return {
    kind: 'drive#permission',
    id: drive.permissionIdOf(email),
    type: 'user',
    role: API_ROLE_OF[role],
    emailAddress: email,
    displayName: email.slice(0, email.indexOf('@')),
  };
}

/** Who the item is shared with: the owner, listed people, then general access (anyone / the owner's domain). */
export function permissionsOf(drive: DriveRegistry, item: DriveItem): Resource[] {
  const listed: [Set<string>, Role][] = [
    [item.editors, 'editor'],
    [item.commenters, 'commenter'],
    [item.viewers, 'viewer'],
  ];
  const permissions = [
    userPermission(drive, item.owner, 'owner'),
    ...listed.flatMap(([emails, role]) => [...emails].map((e) => userPermission(drive, e, role))),
  ];
  const role = ROLE_OF_PERMISSION[item.permission];
  if (!role || item.access === 'PRIVATE') return permissions;
  const discoverable = item.access === 'ANYONE' || item.access === 'DOMAIN';
  if (item.access === 'ANYONE' || item.access === 'ANYONE_WITH_LINK') {
    const id = discoverable ? GENERAL_PERMISSION_IDS.anyone : GENERAL_PERMISSION_IDS.anyoneWithLink;
    permissions.push({
      kind: 'drive#permission',
      id,
      type: 'anyone',
      role: API_ROLE_OF[role],
      allowFileDiscovery: discoverable,
    });
  } else {
    const domain = item.owner.slice(item.owner.indexOf('@') + 1);
    permissions.push({
      kind: 'drive#permission',
      id: `domain:${domain}`,
      type: 'domain',
      role: API_ROLE_OF[role],
      domain,
      allowFileDiscovery: discoverable,
    });
  }
  return permissions;
}
