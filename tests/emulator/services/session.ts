import { createHash } from 'node:crypto';
import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';

/**
 * Session: who runs the script and under whose authority, the script time zone and the user's locale.
 * https://developers.google.com/apps-script/reference/base/session
 */

/** The locale of every emulated user: the office works in Bahasa Indonesia. */
const ACTIVE_USER_LOCALE = 'id';

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1);

export class FakeSession extends FakeService implements FakeOf<GoogleAppsScript.Base.Session> {
  readonly typeName = 'Session';
  static override readonly calls: CallTable = {
    cost: 'local',
    scope: 'https://www.googleapis.com/auth/userinfo.email',
  };

  /**
   * "If security policies do not allow access to the user's identity, User.getEmail() returns a blank string": when
   * a Workspace policy hides the user (World.hiddenEmails), and "in any context that allows a script to run without
   * that user's authorization, like a simple onOpen(e) or onEdit(e) trigger" (AuthMode.LIMITED), unless "the
   * developer runs the script themselves or belongs to the same ... domain as the user" (World.developerDomain).
   * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
   */
  getActiveUser(): FakeUser {
    const { user, authMode } = this.world.execution;
    const unauthorised = authMode === 'LIMITED' && domainOf(user) !== this.world.developerDomain;
    return new FakeUser(this.world.hiddenEmails.has(user) || unauthorised ? '' : user);
  }

  /** The user whose authority the script runs under: the trigger's owner for installable triggers. */
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.world.execution.effectiveUser);
  }

  getScriptTimeZone(): string {
    return this.world.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    return ACTIVE_USER_LOCALE;
  }

  /** Unique to the active user and stable for them, without revealing who they are. */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`temporary-user-key:${this.world.execution.user}`).digest('base64url');
  }
}

export class FakeUser extends Fake implements FakeOf<GoogleAppsScript.Base.User> {
  readonly typeName = 'User';
  static override readonly calls: CallTable = { cost: 'local' };

  readonly #email: string;

  constructor(email: string) {
    super();
    this.#email = email;
  }

  getEmail(): string {
    return this.#email;
  }
}
