/**
 * Vietnamese ordering of names (An, Ăn, Ân, …, Đ after D, Ư after U), not code-point order.
 * `Intl.Collator` is ECMAScript, so the core may use it; the locale is a parameter.
 */

/** One collator per locale, made on first use (the only state this module keeps). */
const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (collator === undefined) {
    // numeric: "Đơn vị 2" before "Đơn vị 10", as people number units.
    collator = new Intl.Collator(locale, { numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/**
 * Compares two texts in Vietnamese order; NFD and NFC forms of the same text compare equal.
 *
 * @example ["Đà Nẵng", "Dương", "An"].sort((a, b) => vietnameseCompare(a, b)) // ["An", "Dương", "Đà Nẵng"]
 */
export function vietnameseCompare(a: string, b: string, locale?: string): number {
  return collatorFor(locale ?? "vi").compare(a.normalize("NFC"), b.normalize("NFC"));
}

/**
 * A new array of `items` in Vietnamese order of `key`; equal keys keep their input order.
 *
 * @example sortByVietnamese(units, (u) => u.name)
 */
export function sortByVietnamese<T>(items: readonly T[], key: (t: T) => string, locale?: string): T[] {
  const collator = collatorFor(locale ?? "vi");
  return items
    .map((item, index) => ({ item, index, key: key(item).normalize("NFC") }))
    .sort((x, y) => collator.compare(x.key, y.key) || x.index - y.index)
    .map((entry) => entry.item);
}
