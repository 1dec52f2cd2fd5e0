/**
 * The email of the person running the script. Apps Script gives '' where a Workspace policy hides the user from the
 * script (Session.getActiveUser); nothing that needs a role may go on then.
 */
export function emailPengguna(): string {
  const email = Session.getActiveUser().getEmail().trim().toLowerCase();
  if (!email) {
    throw new Error(
      'Alamat email Anda tidak dapat dibaca oleh add-in (kebijakan akun Google Workspace), sehingga peran Anda ' +
        'tidak bisa diperiksa. Hubungi admin Workspace atau Tim SAKIP.',
    );
  }
  return email;
}

/** The email of the person running the script, '' where policy hides it (the sidebar then shows no role). */
export function emailPenggunaBilaAda(): string {
  return Session.getActiveUser().getEmail();
}

/** Who an installable trigger runs as (its installer): Session.getActiveUser is empty in a trigger run. */
export function emailPemilikPemicu(): string {
  return Session.getEffectiveUser().getEmail().trim().toLowerCase();
}
