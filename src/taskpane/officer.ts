/**
 * Who makes the changes «Nhật ký» records. Office does not tell an add-in the signed-in user: the
 * user's identity comes only from an SSO token (Office.auth.getAccessToken), which needs the add-in
 * registered with Microsoft identity and is not available in every host — so the pane asks the
 * officer's name once and remembers it in the browser's storage (localStorage), editable at any time.
 * "" where the officer declined. Where the storage refuses it, the name is kept in memory until the
 * page closes, as the pane then says.
 */
const KEY = "thidua.officer";

/** The name given in this page, for when the storage cannot keep it. */
let givenHere: string | null = null;

/** The storage the name is kept in, or null where the page has none (private mode may refuse it). */
function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The officer's remembered name; null when never asked (so the pane asks), "" when declined. */
export function rememberedOfficer(): string | null {
  try {
    return storage()?.getItem(KEY) ?? givenHere;
  } catch {
    return givenHere;
  }
}

/** The name written in «Nhật ký»: the remembered one, "" when none. */
export function officerName(): string {
  return rememberedOfficer()?.trim() ?? "";
}

/** Remembers the name ("" declines); false when the browser's storage refused it. */
export function rememberOfficer(name: string): boolean {
  givenHere = name.trim();
  try {
    const store = storage();
    if (store === null) return false;
    store.setItem(KEY, name.trim());
    return true;
  } catch {
    return false;
  }
}
