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

export class FakeSession extends FakeService implements FakeOf<GoogleAppsScript.Base.Session> {
  readonly typeName = 'Session';
  static override readonly calls: CallTable = { cost: 'local' };

  /** The email is blank when a security policy hides the user's identity (here: World.hiddenEmails). */
  getActiveUser(): FakeUser {
    const user = this.world.execution.user;
    return new FakeUser(this.world.hiddenEmails.has(user) ? '' : user);
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
