/**
 * How wide a line of Times New Roman is, so the document model can size what the format measures
 * against the text: the rule under the motto is as long as the motto, the rule under the issuing
 * body is a share of its line, a table column must hold its longest word.
 *
 * The advance widths are Times New Roman's (thousandths of an em), read from Liberation Serif 2.1,
 * which is built to the same metrics (Debian's `fonts-liberation2`; LibreOffice prints Times New
 * Roman with it). A Vietnamese letter is as wide as its base letter, except the horned ơ, ư, Ư and
 * the crossed đ, which have their own widths below. `test/adapters/docx/print.test.ts` checks these
 * estimates against the widths LibreOffice prints.
 */

/** Regular or bold: the two weights the format sets text in (italics only where nothing is measured). */
export type FontWeight = "regular" | "bold";

const CHARACTERS =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ĐđƠơƯư…–—“”‘’";

// prettier-ignore
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722,
  611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444,
  500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
  500, 500, 444, 480, 200, 480, 541, 722, 500, 722, 529, 776, 542, 1000, 500, 1000, 444, 444, 333, 333,
];
// prettier-ignore
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778,
  667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500,
  556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722,
  500, 500, 444, 394, 220, 394, 520, 722, 556, 778, 554, 796, 600, 1000, 500, 1000, 500, 500, 333, 333,
];

function table(widths: readonly number[]): ReadonlyMap<string, number> {
  return new Map([...CHARACTERS].map((ch, i) => [ch, widths[i] ?? 500]));
}
const WIDTHS: Readonly<Record<FontWeight, ReadonlyMap<string, number>>> = {
  regular: table(REGULAR),
  bold: table(BOLD),
};
/** An unknown letter counts as wide as a digit: an average, never zero. */
const FALLBACK = 500;
const HORNED = new Set(["ơ", "ư", "Ư", "Ơ"]);

function charWidth(widths: ReadonlyMap<string, number>, ch: string): number {
  const own = widths.get(ch);
  if (own !== undefined) return own;
  if (ch === "\u00a0") return widths.get(" ") ?? FALLBACK;
  // "ế" is "e" + marks; "ự" is "u" + horn + dot: the horn keeps the horned width.
  const parts = [...ch.normalize("NFD")];
  const base = parts[0] ?? ch;
  if (parts.length > 1 && /\p{M}/u.test(parts.slice(1).join(""))) {
    const horned = parts.includes("\u031b") ? `${base}\u031b`.normalize("NFC") : base;
    if (HORNED.has(horned)) return widths.get(horned) ?? FALLBACK;
    return widths.get(base) ?? FALLBACK;
  }
  if (/\p{M}/u.test(ch)) return 0;
  return FALLBACK;
}

/**
 * The printed width of one line of text in points.
 *
 * @example textWidthPt("Độc lập - Tự do - Hạnh phúc", 13, "bold") // ≈ 159 pt (56 mm)
 */
export function textWidthPt(text: string, sizePt: number, weight: FontWeight): number {
  const widths = WIDTHS[weight];
  let sum = 0;
  for (const ch of text.normalize("NFC")) sum += charWidth(widths, ch);
  return (sum * sizePt) / 1000;
}

/** One line of wrapped text and its width. */
export interface WrappedLine {
  readonly text: string;
  readonly widthPt: number;
}

/**
 * Breaks text into lines no wider than `widthPt` at spaces, as a word processor does (greedy, first
 * fit). A word wider than the line stands alone on its own line: the caller decides what that means
 * (a table column too narrow for it).
 *
 * @example wrapText("CỤM THI ĐUA LĐLĐ CÁC TỈNH BIÊN GIỚI PHÍA BẮC", 184, 13, "bold").length // 2
 */
export function wrapText(text: string, widthPt: number, sizePt: number, weight: FontWeight): WrappedLine[] {
  const lines: WrappedLine[] = [];
  for (const paragraph of text.split("\n")) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w !== "");
    let current = "";
    for (const word of words) {
      const candidate = current === "" ? word : `${current} ${word}`;
      if (current !== "" && textWidthPt(candidate, sizePt, weight) > widthPt) {
        lines.push({ text: current, widthPt: textWidthPt(current, sizePt, weight) });
        current = word;
      } else {
        current = candidate;
      }
    }
    lines.push({ text: current, widthPt: textWidthPt(current, sizePt, weight) });
  }
  return lines;
}

/**
 * The widest word of a text, in points: the narrowest a column can be without breaking a word.
 *
 * @example longestWordPt("Hoàn thành xuất sắc nhiệm vụ", 13, "regular") === textWidthPt("nhiệm", 13, "regular")
 */
export function longestWordPt(text: string, sizePt: number, weight: FontWeight): number {
  return text
    .split(/\s+/)
    .filter((w) => w !== "")
    .reduce((max, word) => Math.max(max, textWidthPt(word, sizePt, weight)), 0);
}
