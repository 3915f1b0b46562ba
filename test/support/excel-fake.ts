/**
 * A model of the Excel JavaScript API as Microsoft documents it, enough for the Office.js adapter,
 * the pane and the self-test. Every behaviour below comes from a page of OfficeDev/office-js-docs-pr
 * (docs/…) or of @types/office-js, named where it is modelled; where the docs leave a behaviour open,
 * the model takes the choice that fails (and tests run every choice the docs allow).
 *
 * - Batches (docs/develop/application-specific-api-model.md): proxies queue commands and loads per
 *   request context; nothing reaches the workbook until `context.sync()`, which runs the queue in
 *   order. A failing command rejects the sync; the commands before it have run, the rest are dropped.
 *   Reading a property that was not loaded and synced throws PropertyNotLoaded.
 * - Size limits (docs/concepts/resource-limits-and-performance-optimization.md, "Excel add-ins";
 *   docs/excel/performance.md, "Payload size limit best practices"): Excel on the web limits requests
 *   AND responses to 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, "only
 *   in Office on the web": docs/testing/application-specific-api-error-handling.md). Request bytes are
 *   the UTF-8 JSON of each command's arguments plus an envelope; response bytes the JSON of what loads.
 * - Grouped undo (docs/excel/excel-add-ins-undo-capabilities.md): in an `Excel.run` with
 *   `mergeUndoGroup: true`, an API without undo support throws UndoNotSupported — `Worksheet.delete`
 *   and `WorksheetProtection.protect` everywhere, setting `Worksheet.name`, `position` and
 *   `visibility` on Windows and Mac. Outside a group such an API clears the user's undo stack ("the
 *   user's undo stack is cleared starting from that API call"): recorded in `undoClearedBy`.
 * - Cell edit mode (docs/excel/excel-add-ins-delay-in-cell-edit.md): while the user edits a cell, a
 *   batch fails (InvalidOperationInCellEditMode), or with `delayForCellEdit: true` waits and runs
 *   when the edit ends — even if the add-in stopped waiting.
 * - Null objects (docs/develop/application-specific-api-model.md, "*OrNullObject methods"):
 *   `getItemOrNullObject` gives an object with `isNullObject` true. What a method called on a null
 *   object does is not documented: `nullObjectMethods` picks it — answer another null object, or fail
 *   with any of the documented error codes (DOCUMENTED_ERROR_CODES).
 * - Setters are checked as @types/office-js documents their values: a date validation's formula1 and
 *   formula2 are a Date, an ISO 8601 date or a formula ("=…") — "1" is none of them; a basic
 *   validation's are a number, a stringified number or a formula; page zoom's fit-to-pages are whole
 *   numbers ≥ 1 (0 is not documented) and scale 10–400. A rejected setter rejects its sync.
 * - Custom functions (test/support/custom-functions-host.ts): a formula calling `THIDUA.…` is computed
 *   after each sync, called the way Excel calls it, a blank cell passed as the platform passes it
 *   (null on the web, 0 on Windows and Mac: office-js #4702); an array result spills.
 *
 * It is not Excel: no calculation of built-in functions (a formula cell's value is empty until a test
 * sets one), and only the members the product uses.
 */
import type { CustomFunctionsHost } from "./custom-functions-host";
import { type Argument, type BlankAs, type Cell, isErrorCell } from "./custom-functions-host";

export type Platform = "web" | "windows" | "mac";

/** What a method called on a null object does: answer another null object, or fail with this code. */
export type NullObjectMethods = { readonly answer: "null-object" } | { readonly fail: string };

/** The limit of a request and of a response on Excel on the web: 5 MB, taken as 5,000,000 bytes. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

/** Error codes docs/testing/application-specific-api-error-handling.md lists, Excel's included. */
export const DOCUMENTED_ERROR_CODES = [
  "AccessDenied",
  "ApiNotAvailable",
  "ApiNotFound",
  "Conflict",
  "GeneralException",
  "InvalidArgument",
  "InvalidOperation",
  "InvalidReference",
  "InvalidRequest",
  "ItemNotFound",
  "NotImplemented",
  "UnsupportedOperation",
] as const;

/**
 * APIs without undo support (docs/excel/excel-add-ins-undo-capabilities.md, "Unsupported APIs"):
 * [supported on the web, supported on Windows and Mac]. Only those the model can be asked to run.
 */
export const UNDO_SUPPORT: Readonly<Record<string, readonly [boolean, boolean]>> = {
  "Worksheet.delete": [false, false],
  "Worksheet.copy": [false, false],
  "Worksheet.name": [true, false],
  "Worksheet.position": [true, false],
  "Worksheet.visibility": [true, false],
  "Worksheet.standardWidth": [false, true],
  "WorksheetProtection.protect": [false, false],
  "WorksheetProtection.unprotect": [false, false],
  "WorkbookProtection.protect": [false, false],
  "Workbook.insertWorksheetsFromBase64": [false, false],
};

export function undoSupported(api: string, platform: Platform): boolean {
  const support = UNDO_SUPPORT[api];
  if (support === undefined) return true;
  return platform === "web" ? support[0] : support[1];
}

export interface FakeCell {
  value: string | number | boolean;
  formula: string | null;
  error?: boolean;
  numberFormat?: string;
  font?: string;
}

export interface FakeSheet {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  merges: string[];
  protected: boolean;
  /**
   * Cells whose format is not locked (`format.protection.locked = false`); every other cell is
   * locked, as Excel's are by default. On a protected sheet writing a locked cell is refused.
   */
  unlocked: Set<string>;
  frozen: { rows: number; columns: number } | null;
  /** Values a custom function spilled into, by cell key (computed, never written). */
  spilled: Map<string, string | number | boolean>;
}

export interface FakeTable {
  name: string;
  sheetId: string;
  range: string;
  headerRow: boolean;
}

/** One property set or method call the adapter made on a recorded object (formats, layout …). */
export interface RecordedCall {
  /** Id of the sheet the call was on (its name may have changed since: see `callsOn`). */
  readonly sheetId: string;
  readonly target: string;
  readonly path: string;
  readonly value: unknown;
}

export interface SyncRecord {
  readonly commands: number;
  /** Estimated request bytes (what the adapter sent). */
  readonly bytes: number;
  /** Estimated response bytes (what the loads brought back). */
  readonly responseBytes: number;
  readonly calculationSuspended: boolean;
  readonly screenUpdatingSuspended: boolean;
  /** The run's options: grouped undo, delay for cell edit. */
  readonly grouped: boolean;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface FakeExcelOptions {
  readonly platform?: Platform;
  /** What a method called on a null object does (undocumented): another null object, or an error code. */
  readonly nullObjectMethods?: NullObjectMethods;
  /** Requirement sets the host supports, as "Name version"; default: ExcelApi 1.1–1.20 and the runtimes. */
  readonly requirementSets?: readonly string[];
  /** The custom functions the add-in registered, computed in formulas after each sync. */
  readonly customFunctions?: CustomFunctionsHost;
}

interface Command {
  readonly bytes: number;
  /** Runs the command; returns the bytes it loads into the response. */
  readonly run: () => number | void;
  /** The API it calls, where its undo support matters (UNDO_SUPPORT). */
  readonly api?: string;
}

interface RunOptions {
  readonly mergeUndoGroup?: boolean;
  readonly delayForCellEdit?: boolean;
}

const key = (row: number, col: number): string => `${row},${col}`;

function everyCellUnlocked(sheet: FakeSheet, box: Box): boolean {
  for (let r = box.top; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) if (!sheet.unlocked.has(key(r, c))) return false;
  }
  return true;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function colLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B2:C5", "A:B" (columns), "3:4" (rows), "C7". */
export function boxOf(address: string): Box {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a = "", b = a] = bare.replace(/\$/g, "").split(":");
  const cell = (text: string, end: boolean): { row: number; col: number } => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(text);
    if (m === null || (m[1] === "" && m[2] === ""))
      throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
    return {
      col: m[1] === "" ? (end ? 16383 : 0) : colIndex(m[1] ?? "A"),
      row: m[2] === "" ? (end ? 1048575 : 0) : Number(m[2]) - 1,
    };
  };
  const s = cell(a, false);
  const e = cell(b, true);
  if (/^[A-Za-z]+$/.test(a) && /^[A-Za-z]+$/.test(b))
    return { top: 0, left: s.col, bottom: 1048575, right: e.col };
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

export function addressOf(box: Box): string {
  const first = `${colLetters(box.left)}${box.top + 1}`;
  const last = `${colLetters(box.right)}${box.bottom + 1}`;
  return first === last ? first : `${first}:${last}`;
}

const quoted = (name: string): string =>
  /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

/**
 * What a command adds to the request: the UTF-8 JSON of its arguments, plus 100 bytes for the action
 * and object path Office.js wraps around it (a real request body holds both).
 */
const COMMAND_OVERHEAD = 100;
const encoder = new TextEncoder();
function jsonSize(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}
function bytesOf(value: unknown): number {
  return jsonSize(value) + COMMAND_OVERHEAD;
}

const DEFAULT_SETS = [
  ...Array.from({ length: 20 }, (_, i) => `ExcelApi 1.${i + 1}`),
  "SharedRuntime 1.1",
  ...["1.1", "1.2", "1.3", "1.4"].map((v) => `CustomFunctionsRuntime ${v}`),
];

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  recorded: RecordedCall[] = [];
  syncs: SyncRecord[] = [];
  runOptions: unknown[] = [];
  /** APIs without undo support that ran outside a group, each clearing the user's undo stack. */
  undoClearedBy: string[] = [];
  /**
   * The user's undo stack, in records: "When false, each context.sync() call creates an undo record.
   * When true, all context.sync() calls in a single Excel.run are merged into one undo group"
   * (RunOptions.mergeUndoGroup, @types/office-js); an API without undo support empties it.
   */
  undoRecords = 0;
  /** Workbooks opened with Excel.createWorkbook (their Base64 .xlsx; "" for an empty one). */
  createdWorkbooks: string[] = [];
  active: { sheet: string; address: string } | null = null;
  selection: { sheet: string; address: string } | null = null;
  readonly platform: Platform;
  readonly nullObjectMethods: NullObjectMethods;
  readonly requirementSets: Set<string>;
  customFunctions: CustomFunctionsHost | null;
  private nextId = 1;
  private beforeSyncHooks: ((index: number) => void)[] = [];
  private hang = false;
  private failures: FakeExcelError[] = [];
  private editing: { ended: Promise<void>; end: () => void } | null = null;
  readonly changeHandlers: ((event: { source: "Local" | "Remote" }) => Promise<unknown>)[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.platform = options.platform ?? "web";
    this.nullObjectMethods = options.nullObjectMethods ?? { fail: "ItemNotFound" };
    this.requirementSets = new Set(options.requirementSets ?? DEFAULT_SETS);
    this.customFunctions = options.customFunctions ?? null;
  }

  /** Office.context.requirements as this host answers it. */
  readonly requirements = {
    isSetSupported: (name: string, minVersion = "1.1"): boolean =>
      this.requirementSets.has(`${name} ${minVersion}`),
  };

  /**
   * `Excel.createWorkbook(base64File?)` as Microsoft documents it. "[Api set: ExcelApi 1.8]" and
   * "base64File: Optional. The Base64-encoded .xlsx file" (@types/office-js, from
   * office-js-docs-reference); the "Create a workbook" section of office-js-docs-pr
   * docs/excel/excel-add-ins-workbooks.md: a copy of that file "assuming the string argument is a
   * valid .xlsx file", its sample removing the metadata a data URL puts before the Base64 ("…base64,").
   * So a host without ExcelApi 1.8 has no such API (ApiNotFound); a string that is not plain Base64 —
   * a data URL among them — or whose bytes are not a zip package is refused (InvalidArgument: what
   * Excel does with it is not documented; the model refuses rather than open a blank workbook).
   */
  createWorkbook = (base64File?: string): Promise<void> => {
    if (!this.requirements.isSetSupported("ExcelApi", "1.8"))
      return Promise.reject(new FakeExcelError("ApiNotFound", "Excel.createWorkbook needs ExcelApi 1.8."));
    if (base64File === undefined || base64File === null) {
      this.createdWorkbooks.push("");
      return Promise.resolve();
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/u.test(base64File) || base64File.length % 4 !== 0)
      return Promise.reject(
        new FakeExcelError(
          "InvalidArgument",
          "base64File is not a Base64 string (a data URL's prefix left on?)",
        ),
      );
    const head = atob(base64File.slice(0, 8));
    if (head.slice(0, 4) !== "PK\u0003\u0004")
      return Promise.reject(new FakeExcelError("InvalidArgument", "base64File is not an .xlsx file"));
    this.createdWorkbooks.push(base64File);
    return Promise.resolve();
  };

  /** Adds a sheet directly (test set-up, no sync). Values from A1; strings starting "=" are formulas. */
  seedSheet(name: string, rows: readonly (readonly (string | number | boolean | null)[])[] = []): FakeSheet {
    const sheet = this.createSheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        if (typeof value === "string" && value.startsWith("="))
          sheet.cells.set(key(r, c), { value: "", formula: value });
        else if (isErrorCell(value)) sheet.cells.set(key(r, c), { value, formula: null, error: true });
        else sheet.cells.set(key(r, c), { value, formula: null });
      }),
    );
    this.recalculate();
    return sheet;
  }

  private index: Map<string, FakeSheet> | null = null;

  sheet(name: string): FakeSheet | undefined {
    if (this.index === null) this.index = new Map(this.sheets.map((s) => [s.name.toLowerCase(), s]));
    return this.index.get(name.toLowerCase());
  }

  /** Call after changing a sheet's name or the list of sheets directly. */
  reindex(): void {
    this.index = null;
  }

  /** The sheet's cells as a grid from A1 (constants; formulas as their text). */
  grid(name: string): (string | number | boolean | null)[][] {
    const sheet = this.sheet(name);
    if (sheet === undefined) return [];
    const used = this.usedBox(sheet, true);
    if (used === null) return [];
    const out: (string | number | boolean | null)[][] = [];
    for (let r = 0; r <= used.bottom; r++) {
      const row: (string | number | boolean | null)[] = [];
      for (let c = 0; c <= used.right; c++) {
        const cell = sheet.cells.get(key(r, c));
        row.push(cell === undefined ? null : (cell.formula ?? cell.value));
      }
      out.push(row);
    }
    return out;
  }

  /** What a cell shows: its value, a formula's computed value, or a spilled value. */
  shown(sheet: FakeSheet, row: number, col: number): string | number | boolean {
    const k = key(row, col);
    return sheet.cells.get(k)?.value ?? sheet.spilled.get(k) ?? "";
  }

  /** Runs before the next syncs' commands: simulate a co-author's change between two syncs. */
  beforeSync(hook: (index: number) => void): void {
    this.beforeSyncHooks.push(hook);
  }

  /** The next sync never answers (Excel on the web on a busy workbook). */
  hangNextSync(): void {
    this.hang = true;
  }

  failNextSync(code: string, message = code): void {
    this.failures.push(new FakeExcelError(code, message));
  }

  /** The user starts editing a cell: batches fail, or wait where the run asked to (delayForCellEdit). */
  startCellEdit(): void {
    if (this.editing !== null) return;
    let end: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.editing = { ended, end };
  }

  /** The user leaves the cell: the waiting batches run now. */
  endCellEdit(): void {
    const editing = this.editing;
    this.editing = null;
    editing?.end();
  }

  emitChanged(source: "Local" | "Remote"): Promise<unknown[]> {
    return Promise.all(this.changeHandlers.map((handler) => handler({ source })));
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Excel.run look-alike: `run(batch)` or `run(options, batch)`. */
  run = <T>(batchOrOptions: unknown, maybeBatch?: (context: FakeContext) => Promise<T>): Promise<T> => {
    const batch = (maybeBatch ?? batchOrOptions) as (context: FakeContext) => Promise<T>;
    // Excel.run(context, batch) goes on with an existing request context (events' removal).
    if (batchOrOptions instanceof FakeContext && maybeBatch !== undefined) return maybeBatch(batchOrOptions);
    const options = (maybeBatch === undefined ? {} : batchOrOptions) as RunOptions;
    if (maybeBatch !== undefined) this.runOptions.push(batchOrOptions);
    return batch(new FakeContext(this, options));
  };

  /** Excel.run(options, batch) typed as Office.js declares it, over this model. */
  readonly runner = <T>(
    options: Excel.RunOptions,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => this.run(options, batch as unknown as (context: FakeContext) => Promise<T>);

  /** A context of an ungrouped run. */
  context(options: RunOptions = {}): FakeContext {
    return new FakeContext(this, options);
  }

  record(sheet: FakeSheet | null, target: string, path: string, value: unknown): void {
    this.recorded.push({ sheetId: sheet?.id ?? "", target, path, value });
  }

  /** Calls recorded on the sheet that is now named `name`. */
  callsOn(name: string): RecordedCall[] {
    const sheet = this.sheet(name);
    return sheet === undefined ? [] : this.recorded.filter((call) => call.sheetId === sheet.id);
  }

  /** A method called on a null object: another null object, or the configured error. */
  nullObjectMethod(what: string): null {
    const behaviour = this.nullObjectMethods;
    if ("answer" in behaviour) return null;
    throw new FakeExcelError(behaviour.fail, `${what} called on a null object`);
  }

  async sync(context: FakeContext): Promise<void> {
    const index = this.syncs.length;
    const commands = context.takeQueue();
    const bytes = commands.reduce((sum, c) => sum + c.bytes, 0);
    const grouped = context.options.mergeUndoGroup === true;
    let calculationSuspended = false;
    let screenUpdatingSuspended = false;
    let responseBytes = 0;
    for (const hook of this.beforeSyncHooks) hook(index);
    const record = (): void => {
      this.syncs.push({
        commands: commands.length,
        bytes,
        responseBytes,
        calculationSuspended,
        screenUpdatingSuspended,
        grouped,
      });
    };
    if (this.editing !== null) {
      if (context.options.delayForCellEdit !== true) {
        record();
        throw new FakeExcelError(
          "InvalidOperationInCellEditMode",
          "The operation isn't available while Excel is in Edit cell mode.",
        );
      }
      // Queued until the edit ends, whoever still waits for the answer.
      await this.editing.ended;
    }
    if (this.hang) {
      this.hang = false;
      record();
      return new Promise<void>(() => undefined);
    }
    const failure = this.failures.shift();
    if (failure !== undefined) {
      record();
      throw failure;
    }
    if (this.platform === "web" && bytes > WEB_PAYLOAD_LIMIT) {
      record();
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    let wrote = false;
    let cleared = false;
    try {
      for (const command of commands) {
        if (command.api !== undefined && !undoSupported(command.api, this.platform)) {
          if (grouped) {
            throw new FakeExcelError(
              "UndoNotSupported",
              `The JavaScript API request failed due to lack of support for the undo operation (${command.api}).`,
            );
          }
          this.undoClearedBy.push(command.api);
          cleared = true;
        }
        if (command === SUSPEND_CALCULATION) calculationSuspended = true;
        else if (command === SUSPEND_SCREEN) screenUpdatingSuspended = true;
        else {
          // Loads answer with their bytes; everything else changed the workbook.
          const loaded = command.run();
          if (loaded === undefined) wrote = true;
          else responseBytes += loaded;
        }
      }
      if (this.platform === "web" && responseBytes > WEB_PAYLOAD_LIMIT) {
        throw new FakeExcelError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit.",
        );
      }
    } finally {
      this.recalculate();
      record();
      if (cleared) this.undoRecords = 0;
      else if (wrote && !(grouped && context.undoRecorded)) {
        this.undoRecords++;
        if (grouped) context.undoRecorded = true;
      }
    }
    await Promise.resolve();
  }

  createSheet(name: string): FakeSheet {
    if (this.sheet(name) !== undefined) throw new FakeExcelError("ItemAlreadyExists", `Sheet ${name} exists`);
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextId++}}`,
      name,
      visibility: "Visible",
      cells: new Map(),
      merges: [],
      protected: false,
      unlocked: new Set(),
      frozen: null,
      spilled: new Map(),
    };
    this.sheets.push(sheet);
    this.reindex();
    return sheet;
  }

  findSheet(nameOrId: string): FakeSheet | undefined {
    return nameOrId.startsWith("{sheet-") ? this.sheets.find((s) => s.id === nameOrId) : this.sheet(nameOrId);
  }

  requireSheet(nameOrId: string): FakeSheet {
    const sheet = this.findSheet(nameOrId);
    if (sheet === undefined) throw new FakeExcelError("ItemNotFound", `No sheet ${nameOrId}`);
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.reindex();
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
  }

  usedBox(sheet: FakeSheet, valuesOnly: boolean): Box | null {
    let box: Box | null = null;
    const grow = (r: number, c: number): void => {
      box =
        box === null
          ? { top: r, left: c, bottom: r, right: c }
          : {
              top: Math.min(box.top, r),
              left: Math.min(box.left, c),
              bottom: Math.max(box.bottom, r),
              right: Math.max(box.right, c),
            };
    };
    for (const [k, cell] of sheet.cells) {
      const empty = cell.formula === null && cell.value === "";
      if (empty && (valuesOnly || cell.numberFormat === undefined)) continue;
      const [r = 0, c = 0] = k.split(",").map(Number);
      grow(r, c);
    }
    for (const k of sheet.spilled.keys()) {
      const [r = 0, c = 0] = k.split(",").map(Number);
      grow(r, c);
    }
    if (!valuesOnly) {
      for (const merge of sheet.merges) {
        const m = boxOf(merge);
        grow(m.top, m.left);
        grow(m.bottom, m.right);
      }
    }
    return box;
  }

  /** What Excel does with a typed or API-written string: formula, apostrophe text, or coerced constant. */
  writeCell(sheet: FakeSheet, row: number, col: number, input: unknown): void {
    const k = key(row, col);
    const old = sheet.cells.get(k);
    const keep = {
      ...(old?.numberFormat === undefined ? {} : { numberFormat: old.numberFormat }),
      ...(old?.font === undefined ? {} : { font: old.font }),
    };
    if (input === "" || input === null || input === undefined) {
      if (old?.numberFormat === undefined && old?.font === undefined) sheet.cells.delete(k);
      else sheet.cells.set(k, { value: "", formula: null, ...keep });
      return;
    }
    if (typeof input === "number" || typeof input === "boolean") {
      sheet.cells.set(k, { value: input, formula: null, ...keep });
      return;
    }
    if (typeof input !== "string")
      throw new FakeExcelError("InvalidArgument", "Cells take strings, numbers or booleans");
    const text = input;
    if (text.startsWith("=")) sheet.cells.set(k, { value: "", formula: text, ...keep });
    else if (text.startsWith("'")) sheet.cells.set(k, { value: text.slice(1), formula: null, ...keep });
    else if (old?.numberFormat !== "@" && /^[-+]?\d+(\.\d+)?$/.test(text.trim()))
      sheet.cells.set(k, { value: Number(text), formula: null, ...keep });
    else if (/^(true|false)$/i.test(text.trim()))
      sheet.cells.set(k, { value: text.trim().toLowerCase() === "true", formula: null, ...keep });
    else sheet.cells.set(k, { value: text, formula: null, ...keep });
  }

  /** How this platform passes a blank cell to a custom function (office-js #4702). */
  get blankForFunctions(): BlankAs {
    return this.platform === "web" ? null : 0;
  }

  /**
   * Computes every formula that calls one of the add-in's custom functions, called the way Excel calls
   * it; an array result spills down and right into empty cells (#SPILL! where one is taken).
   */
  recalculate(): void {
    const host = this.customFunctions;
    if (host === null) return;
    for (const sheet of this.sheets) sheet.spilled.clear();
    for (const sheet of this.sheets) {
      for (const [k, cell] of sheet.cells) {
        const call = cell.formula === null ? null : parseCall(cell.formula);
        if (call === null || host.metadataOf(call.name) === undefined) continue;
        const [row = 0, col = 0] = k.split(",").map(Number);
        const args = call.args.map((arg) => this.argumentOf(sheet, arg));
        const outcome = host.call(
          call.name,
          args,
          this.blankForFunctions,
          `${quoted(sheet.name)}!${addressOf({ top: row, left: col, bottom: row, right: col })}`,
        );
        if ("error" in outcome) {
          cell.value = outcome.error;
          cell.error = true;
          continue;
        }
        const value = outcome.value;
        if (!Array.isArray(value)) {
          cell.value = value;
          cell.error = false;
          continue;
        }
        const taken = value.some((line, r) =>
          line.some((_, c) => (r > 0 || c > 0) && sheet.cells.has(key(row + r, col + c))),
        );
        if (taken) {
          cell.value = "#SPILL!";
          cell.error = true;
          continue;
        }
        cell.value = value[0]?.[0] ?? "";
        cell.error = false;
        value.forEach((line, r) =>
          line.forEach((v, c) => {
            if (r > 0 || c > 0) sheet.spilled.set(key(row + r, col + c), v);
          }),
        );
      }
    }
  }

  private argumentOf(from: FakeSheet, arg: ParsedArgument): Argument {
    if (arg.kind === "omitted") return { kind: "omitted" };
    if (arg.kind === "value") return { kind: "value", value: arg.value };
    const sheet = arg.sheet === null ? from : this.sheet(arg.sheet);
    if (sheet === undefined) return { kind: "value", value: "#REF!" };
    const box = boxOf(arg.address);
    const cells: Cell[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: Cell[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const shown = this.shown(sheet, r, c);
        row.push(shown === "" && !sheet.cells.has(key(r, c)) && !sheet.spilled.has(key(r, c)) ? null : shown);
      }
      cells.push(row);
    }
    return { kind: "range", cells };
  }
}

/** Marker commands: the suspension lasts until the end of this sync. */
const SUSPEND_CALCULATION: Command = { bytes: COMMAND_OVERHEAD, run: () => undefined };
const SUSPEND_SCREEN: Command = { bytes: COMMAND_OVERHEAD, run: () => undefined };

type ParsedArgument =
  | { readonly kind: "ref"; readonly sheet: string | null; readonly address: string }
  | { readonly kind: "value"; readonly value: string | number | boolean }
  | { readonly kind: "omitted" };

/** `=NS.NAME(arg, …)` with references, numbers, "text", TRUE/FALSE and empty arguments; else null. */
export function parseCall(formula: string): { name: string; args: ParsedArgument[] } | null {
  const m = /^=\s*([A-Za-z_][\w.]*)\((.*)\)\s*$/s.exec(formula);
  if (m === null) return null;
  const name = m[1] ?? "";
  const body = m[2] ?? "";
  const parts: string[] = [];
  let current = "";
  let quote: string | null = null;
  for (const ch of body) {
    if (quote !== null) {
      current += ch;
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ",") {
      parts.push(current);
      current = "";
    } else if (ch === "(" || ch === ")") {
      return null; // nested calls are not modelled
    } else current += ch;
  }
  if (body.trim() !== "" || parts.length > 0) parts.push(current);
  const args = parts.map((raw): ParsedArgument | null => {
    const text = raw.trim();
    if (text === "") return { kind: "omitted" };
    if (/^".*"$/s.test(text)) return { kind: "value", value: text.slice(1, -1).replace(/""/g, '"') };
    if (/^[-+]?\d+(\.\d+)?$/.test(text)) return { kind: "value", value: Number(text) };
    if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "value", value: text.toUpperCase() === "TRUE" };
    const ref =
      /^(?:(?:'((?:[^']|'')+)'|([^'!]+))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(text);
    if (ref === null) return null;
    const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : (ref[2] ?? null);
    return { kind: "ref", sheet, address: ref[3] ?? "" };
  });
  if (args.some((a) => a === null)) return null;
  return { name, args: args as ParsedArgument[] };
}

export class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: Command[] = [];
  /** In a grouped run: its one undo record is made. */
  undoRecorded = false;
  constructor(
    readonly fake: FakeWorkbook,
    readonly options: RunOptions = {},
  ) {
    this.workbook = new FakeWorkbookProxy(fake, this);
  }

  enqueue(bytes: number, run: () => number | void, api?: string): void {
    this.queue.push(api === undefined ? { bytes, run } : { bytes, run, api });
  }

  suspendCalculation(): void {
    this.queue.push(SUSPEND_CALCULATION);
  }

  suspendScreen(): void {
    this.queue.push(SUSPEND_SCREEN);
  }

  takeQueue(): Command[] {
    const queue = this.queue;
    this.queue = [];
    return queue;
  }

  sync(): Promise<void> {
    return this.fake.sync(this);
  }
}

function notLoaded(name: string): never {
  throw new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Loaded values, readable only after the sync that filled them. */
class Loaded {
  private readonly values = new Map<string, unknown>();
  set(name: string, value: unknown): number {
    this.values.set(name, value);
    return jsonSize(value);
  }
  /** Keeps proxies (their loaded properties are counted where they are filled). */
  keep(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  get<T>(name: string): T {
    if (!this.values.has(name)) notLoaded(name);
    return this.values.get(name) as T;
  }
}

function propsOf(props: string | readonly string[] | undefined): string[] {
  if (props === undefined) return [];
  const list = typeof props === "string" ? props.split(",") : [...props];
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

// ── Setter validation, as @types/office-js documents the values ──────────────

const OPERATORS = new Set([
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

function invalid(what: string): never {
  throw new FakeExcelError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format (${what}).`,
  );
}

/** BasicDataValidation.formula1/2: "a number, a range object, or a string formula (… a stringified number, … "=A1" …)". */
function checkBasicOperand(value: unknown, what: string): void {
  if (typeof value === "number" && Number.isFinite(value)) return;
  if (
    typeof value === "string" &&
    (value.startsWith("=") || (value.trim() !== "" && Number.isFinite(Number(value))))
  )
    return;
  invalid(what);
}

/** DateTimeDataValidation.formula1/2: "a Date, a Range object, or a string formula (… ISO8601 …, "=A1" …)". */
function checkDateOperand(value: unknown, what: string): void {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return;
  if (typeof value === "string" && (value.startsWith("=") || ISO_DATE.test(value))) return;
  invalid(what);
}

function checkRule(rule: unknown): void {
  if (typeof rule !== "object" || rule === null) invalid("rule");
  const entries = Object.entries(rule as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length !== 1) invalid("rule: exactly one kind");
  const [kind, criteria] = entries[0] as [string, Record<string, unknown>];
  if (kind === "list") {
    if (typeof criteria.source !== "string") invalid("list.source");
    return;
  }
  const check =
    kind === "date" || kind === "time"
      ? checkDateOperand
      : kind === "decimal" || kind === "wholeNumber" || kind === "textLength"
        ? checkBasicOperand
        : null;
  if (check === null) invalid(`rule kind ${kind}`);
  if (typeof criteria.operator !== "string" || !OPERATORS.has(criteria.operator)) invalid(`${kind}.operator`);
  check(criteria.formula1, `${kind}.formula1`);
  const binary = criteria.operator === "Between" || criteria.operator === "NotBetween";
  if (binary) check(criteria.formula2, `${kind}.formula2`);
}

/** PageLayoutZoomOptions: fit-to-pages as page counts (whole, ≥ 1), scale 10–400. */
function checkZoom(zoom: unknown): void {
  if (typeof zoom !== "object" || zoom === null) invalid("zoom");
  const { horizontalFitToPages, verticalFitToPages, scale } = zoom as Record<string, unknown>;
  for (const [name, pages] of [
    ["horizontalFitToPages", horizontalFitToPages],
    ["verticalFitToPages", verticalFitToPages],
  ] as const) {
    if (pages === undefined || pages === null) continue;
    if (typeof pages !== "number" || !Number.isInteger(pages) || pages < 1)
      invalid(`zoom.${name} = ${JSON.stringify(pages)}`);
  }
  if (scale !== undefined && scale !== null && (typeof scale !== "number" || scale < 10 || scale > 400))
    invalid(`zoom.scale = ${JSON.stringify(scale)}`);
}

/**
 * Setters whose effect later reads see: a range's font name (getCellProperties reads it back), and
 * whether its cells are locked (a write into a locked cell of a protected sheet is refused). Excel
 * refuses formatting cells on a protected sheet (protect() without allowFormatCells), the locked
 * flag included.
 */
function applySetter(sheet: FakeSheet | null, target: string, at: string, value: unknown): void {
  if (at === "format.protection.locked" && sheet !== null && target !== "") {
    if (sheet.protected) throw new FakeExcelError("AccessDenied", `Sheet is protected (format ${target})`);
    const box = boxOf(target);
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        if (value === false) sheet.unlocked.add(key(r, c));
        else sheet.unlocked.delete(key(r, c));
      }
    }
    return;
  }
  if (at !== "format.font.name" || sheet === null || target === "" || typeof value !== "string") return;
  const box = boxOf(target);
  for (let r = box.top; r <= box.bottom; r++) {
    for (let c = box.left; c <= box.right; c++) {
      const k = key(r, c);
      const cell = sheet.cells.get(k) ?? { value: "", formula: null };
      sheet.cells.set(k, { ...cell, font: value });
    }
  }
}

const SETTER_CHECKS: Readonly<Record<string, (value: unknown) => void>> = {
  "dataValidation.rule": checkRule,
  "pageLayout.zoom": checkZoom,
};

/** Method paths (relative to their owner) whose API has undo support per platform. */
const METHOD_APIS: Readonly<Record<string, string>> = {
  "protection.protect": "WorksheetProtection.protect",
  "protection.unprotect": "WorksheetProtection.unprotect",
};

/**
 * Records property sets and method calls on objects the fake doesn't model (format, pageLayout,
 * dataValidation, protection, freezePanes …); the calls still cost request bytes, and the setters
 * Microsoft documents are checked.
 */
function recorder(
  context: FakeContext,
  sheet: () => FakeSheet | null,
  target: () => string,
  path: string,
): unknown {
  const fake = context.fake;
  const handler: ProxyHandler<() => void> = {
    get: (_t, prop) => {
      if (typeof prop === "symbol") return undefined;
      return recorder(context, sheet, target, path === "" ? prop : `${path}.${prop}`);
    },
    set: (_t, prop, value: unknown) => {
      const at = `${path === "" ? "" : `${path}.`}${String(prop)}`;
      const check = SETTER_CHECKS[at];
      context.enqueue(bytesOf({ at, value }), () => {
        check?.(value);
        fake.record(sheet(), target(), at, value);
        applySetter(sheet(), target(), at, value);
      });
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
      context.enqueue(
        bytesOf({ path, args }),
        () => fake.record(sheet(), target(), `${path}()`, args),
        METHOD_APIS[path],
      );
      return recorder(context, sheet, target, `${path}(${args.map((a) => JSON.stringify(a)).join(",")})`);
    },
  };
  return new Proxy(() => undefined, handler);
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    suspendScreenUpdatingUntilNextSync(): void;
  };
  constructor(
    private readonly fake: FakeWorkbook,
    private readonly context: FakeContext,
  ) {
    this.worksheets = new FakeWorksheetCollection(fake, context);
    this.tables = new FakeTableCollection(fake, context, null);
    this.application = {
      suspendApiCalculationUntilNextSync: () => context.suspendCalculation(),
      suspendScreenUpdatingUntilNextSync: () => context.suspendScreen(),
    };
  }

  /** The selected range (its address as Excel gives it, sheet-qualified). */
  getSelectedRange(): { load(p: string): void; readonly address: string } {
    const loaded = new Loaded();
    const fake = this.fake;
    const context = this.context;
    return {
      load: (_p: string) =>
        context.enqueue(bytesOf(_p), () => {
          const at = fake.selection ??
            fake.active ?? { sheet: fake.sheets[0]?.name ?? "Sheet1", address: "A1" };
          return loaded.set("address", `${quoted(at.sheet)}!${at.address}`);
        }),
      get address(): string {
        return loaded.get("address");
      },
    };
  }
}

class FakeWorksheetCollection {
  private readonly loaded = new Loaded();
  readonly onChanged: {
    add(handler: (event: { source: "Local" | "Remote" }) => Promise<unknown>): {
      context: FakeContext;
      remove(): void;
    };
  };
  constructor(
    private readonly fake: FakeWorkbook,
    private readonly context: FakeContext,
  ) {
    this.onChanged = {
      add: (handler) => {
        context.enqueue(COMMAND_OVERHEAD, () => void fake.changeHandlers.push(handler));
        return {
          context,
          remove: () =>
            context.enqueue(COMMAND_OVERHEAD, () => {
              const i = fake.changeHandlers.indexOf(handler);
              if (i >= 0) fake.changeHandlers.splice(i, 1);
            }),
        };
      },
    };
  }

  get items(): FakeWorksheet[] {
    return this.loaded.get("items");
  }

  load(props: string): void {
    const wanted = propsOf(props).map((p) => p.replace(/^items\//, ""));
    this.context.enqueue(bytesOf(props), () => {
      let bytes = 0;
      const items = this.fake.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.fake, this.context, () => sheet, false);
        bytes += proxy.fill(wanted, sheet);
        return proxy;
      });
      this.loaded.keep("items", items);
      return bytes;
    });
  }

  getItem(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, this.context, () => this.fake.requireSheet(nameOrId), false);
  }

  getItemOrNullObject(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, this.context, () => this.fake.findSheet(nameOrId) ?? null, true);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueue(bytesOf(name), () => {
      created = this.fake.createSheet(name);
    });
    return new FakeWorksheet(
      this.fake,
      this.context,
      () =>
        created ??
        (() => {
          throw new FakeExcelError("ItemNotFound", `Sheet ${name} was not created`);
        })(),
      false,
    );
  }
}

class FakeWorksheet {
  private readonly loaded = new Loaded();
  readonly tables: FakeTableCollection;
  readonly protection: unknown;
  readonly freezePanes: unknown;
  readonly pageLayout: unknown;

  private resolved: FakeSheet | null | undefined = undefined;
  /** Like Office: a proxy finds its sheet when first used, then keeps it (a rename doesn't lose it). */
  readonly resolve: () => FakeSheet | null;

  constructor(
    private readonly fake: FakeWorkbook,
    private readonly context: FakeContext,
    find: () => FakeSheet | null,
    private readonly nullable: boolean,
  ) {
    this.resolve = () => {
      if (this.resolved === undefined || (this.resolved !== null && !fake.sheets.includes(this.resolved))) {
        this.resolved = find();
      }
      return this.resolved;
    };
    this.tables = new FakeTableCollection(fake, context, this);
    const sheet = (): FakeSheet | null => this.resolve();
    // protect/unprotect are recorded (bytes, the undo support of their APIs) and change the model:
    // protect "fails if the worksheet has already been protected" (Excel.WorksheetProtection, API
    // reference, office-js-docs-reference excel.worksheetprotection.yml); `protected` loads as
    // "protection/protected".
    const recorded = recorder(context, sheet, () => "", "protection") as {
      protect(...args: unknown[]): void;
      unprotect(...args: unknown[]): void;
    };
    const loaded = this.loaded;
    this.protection = {
      protect: (...args: unknown[]): void => {
        recorded.protect(...args);
        context.enqueue(0, () => {
          const target = this.required();
          if (target.protected)
            throw new FakeExcelError("InvalidOperation", "The sheet is already protected");
          target.protected = true;
        });
      },
      unprotect: (...args: unknown[]): void => {
        recorded.unprotect(...args);
        context.enqueue(0, () => void (this.required().protected = false));
      },
      get protected(): boolean {
        return loaded.get("protection/protected");
      },
    };
    this.pageLayout = recorder(context, sheet, () => "", "pageLayout");
    const panes = recorder(context, sheet, () => "", "freezePanes") as Record<string, unknown>;
    this.freezePanes = {
      freezeRows: (n: number) => {
        (panes.freezeRows as (n: number) => void)(n);
        context.enqueue(0, () => void (this.required().frozen = { rows: n, columns: 0 }));
      },
      freezeColumns: (n: number) => {
        (panes.freezeColumns as (n: number) => void)(n);
        context.enqueue(0, () => void (this.required().frozen = { rows: 0, columns: n }));
      },
      freezeAt: (address: string) => {
        (panes.freezeAt as (a: string) => void)(address);
        const box = boxOf(address);
        context.enqueue(
          0,
          () => void (this.required().frozen = { rows: box.bottom + 1, columns: box.right + 1 }),
        );
      },
    };
  }

  required(): FakeSheet {
    const sheet = this.resolve();
    if (sheet === null) throw new FakeExcelError("ItemNotFound", "The sheet does not exist");
    return sheet;
  }

  /** The sheet, or what a method on a null object gives (FakeWorkbook.nullObjectMethods). */
  forMethod(what: string): FakeSheet | null {
    const sheet = this.resolve();
    if (sheet !== null) return sheet;
    if (!this.nullable) throw new FakeExcelError("ItemNotFound", "The sheet does not exist");
    return this.fake.nullObjectMethod(what);
  }

  fill(props: readonly string[], sheet: FakeSheet | null): number {
    let bytes = this.loaded.set("isNullObject", sheet === null);
    for (const prop of props) {
      if (sheet === null) {
        bytes += this.loaded.set(prop, null);
        continue;
      }
      if (prop === "position") bytes += this.loaded.set(prop, this.fake.sheets.indexOf(sheet));
      else if (prop === "name" || prop === "id" || prop === "visibility")
        bytes += this.loaded.set(prop, sheet[prop]);
      else if (prop === "protection/protected") bytes += this.loaded.set(prop, sheet.protected);
      else if (prop !== "isNullObject") throw new Error(`fake: worksheet property ${prop} not modelled`);
    }
    return bytes;
  }

  load(props: string): void {
    const wanted = propsOf(props);
    this.context.enqueue(bytesOf(props), () => {
      const sheet = this.resolve();
      if (sheet === null && !this.nullable) throw new FakeExcelError("ItemNotFound", "No such sheet");
      return this.fill(wanted, sheet);
    });
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set name(value: string) {
    this.context.enqueue(
      bytesOf(value),
      () => {
        const sheet = this.required();
        const other = this.fake.sheet(value);
        if (other !== undefined && other !== sheet)
          throw new FakeExcelError("ItemAlreadyExists", `Sheet ${value} exists`);
        sheet.name = value;
        this.fake.reindex();
      },
      "Worksheet.name",
    );
  }
  get id(): string {
    return this.loaded.get("id");
  }
  get visibility(): string {
    return this.loaded.get("visibility");
  }
  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.context.enqueue(
      bytesOf(value),
      () => void (this.required().visibility = value),
      "Worksheet.visibility",
    );
  }
  get position(): number {
    return this.loaded.get("position");
  }
  set position(value: number) {
    this.context.enqueue(
      bytesOf(value),
      () => {
        const sheet = this.required();
        const list = this.fake.sheets.filter((s) => s !== sheet);
        list.splice(Math.min(value, list.length), 0, sheet);
        this.fake.sheets = list;
      },
      "Worksheet.position",
    );
  }

  delete(): void {
    this.context.enqueue(COMMAND_OVERHEAD, () => this.fake.deleteSheet(this.required()), "Worksheet.delete");
  }

  activate(): void {
    this.context.enqueue(
      COMMAND_OVERHEAD,
      () => void (this.fake.active = { sheet: this.required().name, address: "A1" }),
    );
  }

  getRange(address: string): FakeRange {
    return new FakeRange(
      this.fake,
      this.context,
      this,
      () => (this.forMethod("getRange") === null ? null : boxOf(address)),
      this.nullable,
    );
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.fake,
      this.context,
      this,
      () => {
        const sheet = this.forMethod("getUsedRange");
        if (sheet === null) return null;
        return this.fake.usedBox(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 };
      },
      this.nullable,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.fake,
      this.context,
      this,
      () => {
        const sheet = this.forMethod("getUsedRangeOrNullObject");
        return sheet === null ? null : this.fake.usedBox(sheet, valuesOnly);
      },
      true,
    );
  }
}

type FontGrid = { format: { font: { name: string } } }[][];

class FakeRange {
  private readonly loaded = new Loaded();
  readonly format: unknown;
  readonly dataValidation: unknown;

  constructor(
    private readonly fake: FakeWorkbook,
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly box: () => Box | null,
    private readonly nullable: boolean,
  ) {
    const target = (): string => {
      try {
        const b = this.box();
        return b === null ? "" : addressOf(b);
      } catch {
        return "";
      }
    };
    const sheetOf = (): FakeSheet | null => this.sheet.resolve();
    this.format = recorder(context, sheetOf, target, "format");
    this.dataValidation = recorder(context, sheetOf, target, "dataValidation");
    this.describe = target;
  }

  /** The range's address, worked out when a command runs. */
  readonly describe: () => string;

  private requiredBox(): Box {
    const box = this.box();
    if (box === null) throw new FakeExcelError("ItemNotFound", "The range does not exist");
    return box;
  }

  load(props: string | readonly string[]): void {
    const wanted = propsOf(props);
    this.context.enqueue(bytesOf(props), () => {
      const box = this.box();
      let bytes = this.loaded.set("isNullObject", box === null);
      if (box === null) {
        if (!this.nullable) throw new FakeExcelError("ItemNotFound", "The range does not exist");
        return bytes;
      }
      const sheet = this.sheet.required();
      for (const prop of wanted) bytes += this.loaded.set(prop, this.read(sheet, box, prop));
      return bytes;
    });
  }

  private read(sheet: FakeSheet, box: Box, prop: string): unknown {
    const grid = <T>(cell: (c: FakeCell | undefined, r: number, col: number) => T): T[][] => {
      const out: T[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: T[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(cell(sheet.cells.get(key(r, c)), r, c));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "address":
        return `${quoted(sheet.name)}!${addressOf(box)}`;
      case "values":
        return grid((_c, r, col) => this.fake.shown(sheet, r, col));
      case "formulas":
        return grid((c, r, col) => c?.formula ?? this.fake.shown(sheet, r, col));
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return grid((c, r, col) => {
          const shown = this.fake.shown(sheet, r, col);
          if (c?.error === true) return "Error";
          if (shown === "") return "Empty";
          return typeof shown === "number" ? "Double" : typeof shown === "boolean" ? "Boolean" : "String";
        });
      case "rowCount":
        return box.bottom - box.top + 1;
      case "columnCount":
        return box.right - box.left + 1;
      default:
        throw new Error(`fake: range property ${prop} not modelled`);
    }
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get values(): unknown[][] {
    return this.loaded.get("values");
  }
  set values(grid: unknown[][]) {
    this.write(grid, "values");
  }
  get formulas(): unknown[][] {
    return this.loaded.get("formulas");
  }
  set formulas(grid: unknown[][]) {
    this.write(grid, "formulas");
  }
  get valueTypes(): string[][] {
    return this.loaded.get("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.loaded.get("numberFormat");
  }
  set numberFormat(grid: (string | null)[][]) {
    this.context.enqueue(bytesOf(grid), () => {
      const box = this.requiredBox();
      const sheet = this.sheet.required();
      this.checkShape(grid, box);
      grid.forEach((row, r) =>
        row.forEach((format, c) => {
          if (format === null) return;
          const k = key(box.top + r, box.left + c);
          const cell = sheet.cells.get(k) ?? { value: "", formula: null };
          sheet.cells.set(k, { ...cell, numberFormat: format });
        }),
      );
    });
  }

  private checkShape(grid: readonly (readonly unknown[])[], box: Box): void {
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    if (grid.length !== rows || grid.some((row) => row.length !== cols)) {
      throw new FakeExcelError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
      );
    }
  }

  private write(grid: unknown[][], what: string): void {
    this.context.enqueue(bytesOf(grid), () => {
      const box = this.requiredBox();
      const sheet = this.sheet.required();
      if (sheet.protected && !everyCellUnlocked(sheet, box)) {
        throw new FakeExcelError("AccessDenied", `Sheet is protected (${what})`);
      }
      this.checkShape(grid, box);
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          // null in a 2-D array leaves that cell as it is (Office.js); "" empties it.
          if (value !== null) this.fake.writeCell(sheet, box.top + r, box.left + c, value);
        }),
      );
    });
  }

  getCellProperties(_options: unknown): { value: FontGrid } {
    const result: { value: FontGrid } = {
      get value(): never {
        return notLoaded("value");
      },
    };
    this.context.enqueue(COMMAND_OVERHEAD, () => {
      const box = this.requiredBox();
      const sheet = this.sheet.required();
      const fonts: FontGrid = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: FontGrid[number] = [];
        for (let c = box.left; c <= box.right; c++) {
          row.push({ format: { font: { name: sheet.cells.get(key(r, c))?.font ?? "Calibri" } } });
        }
        fonts.push(row);
      }
      Object.defineProperty(result, "value", { value: fonts });
      return jsonSize(fonts);
    });
    return result;
  }

  getMergedAreasOrNullObject(): {
    load(p: string): void;
    readonly isNullObject: boolean;
    readonly address: string;
  } {
    const loaded = new Loaded();
    const areas = {
      load: (_p: string) =>
        this.context.enqueue(COMMAND_OVERHEAD, () => {
          const box = this.requiredBox();
          const sheet = this.sheet.required();
          const inside = sheet.merges.filter((m) => {
            const b = boxOf(m);
            return b.top <= box.bottom && b.bottom >= box.top && b.left <= box.right && b.right >= box.left;
          });
          return (
            loaded.set("isNullObject", inside.length === 0) +
            loaded.set("address", inside.map((m) => `${quoted(sheet.name)}!${m}`).join(", "))
          );
        }),
      get isNullObject(): boolean {
        return loaded.get("isNullObject");
      },
      get address(): string {
        return loaded.get("address");
      },
    };
    return areas;
  }

  merge(_across = false): void {
    this.context.enqueue(COMMAND_OVERHEAD, () => {
      const box = this.requiredBox();
      this.sheet.required().merges.push(addressOf(box));
    });
  }

  select(): void {
    this.context.enqueue(COMMAND_OVERHEAD, () => {
      const sheet = this.sheet.required();
      this.fake.active = { sheet: sheet.name, address: addressOf(this.requiredBox()) };
    });
  }

  clear(applyTo?: string): void {
    this.context.enqueue(COMMAND_OVERHEAD, () => {
      const box = this.requiredBox();
      const sheet = this.sheet.required();
      for (const k of [...sheet.cells.keys()]) {
        const [r = 0, c = 0] = k.split(",").map(Number);
        if (r < box.top || r > box.bottom || c < box.left || c > box.right) continue;
        if (applyTo === "Contents") {
          const cell = sheet.cells.get(k);
          if (cell?.numberFormat === undefined) sheet.cells.delete(k);
          else sheet.cells.set(k, { value: "", formula: null, numberFormat: cell.numberFormat });
        } else sheet.cells.delete(k);
      }
    });
  }
}

class FakeTableCollection {
  private readonly loaded = new Loaded();
  constructor(
    private readonly fake: FakeWorkbook,
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet | null,
  ) {}

  get items(): { name: string; worksheet: { name: string } }[] {
    return this.loaded.get("items");
  }

  load(_props: string): void {
    this.context.enqueue(bytesOf(_props), () => {
      const tables =
        this.sheet === null
          ? this.fake.tables
          : this.fake.tables.filter((t) => t.sheetId === this.sheet?.required().id);
      return this.loaded.set(
        "items",
        tables.map((t) => ({
          name: t.name,
          worksheet: { name: this.fake.findSheet(t.sheetId)?.name ?? "" },
        })),
      );
    });
  }

  getItem(name: string): { getRange(): FakeRange } {
    const find = (): FakeTable => {
      const table = this.fake.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (table === undefined) throw new FakeExcelError("ItemNotFound", `No table ${name}`);
      return table;
    };
    return {
      getRange: () =>
        new FakeRange(
          this.fake,
          this.context,
          new FakeWorksheet(this.fake, this.context, () => this.fake.requireSheet(find().sheetId), false),
          () => boxOf(find().range),
          false,
        ),
    };
  }

  add(range: FakeRange | string, headerRow: boolean): { name: string } {
    if (this.sheet === null) throw new Error("fake: add tables through a worksheet");
    const owner = this.sheet;
    let table: FakeTable | null = null;
    const address = typeof range === "string" ? range : null;
    this.context.enqueue(bytesOf({ address, headerRow }), () => {
      const sheet = owner.required();
      const box = typeof range === "string" ? boxOf(range) : boxOf(range.describe());
      table = {
        name: `Table${this.fake.tables.length + 1}`,
        sheetId: sheet.id,
        range: addressOf(box),
        headerRow,
      };
      this.fake.tables.push(table);
    });
    const fake = this.fake;
    const context = this.context;
    return {
      get name(): string {
        return notLoaded("name");
      },
      set name(value: string) {
        context.enqueue(bytesOf(value), () => {
          if (fake.tables.some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase())) {
            throw new FakeExcelError("InvalidArgument", `A table named ${value} exists`);
          }
          if (table !== null) table.name = value;
        });
      },
    };
  }
}
