/**
 * A small recording fake of the Excel JavaScript API, enough for the Office.js adapter: proxies queue
 * their commands and loads, and nothing reaches the in-memory workbook until `context.sync()`, which
 * runs the queue in order (a failing command rejects the sync and drops the rest, like Excel).
 * Reading a property that was not loaded and synced throws, as Office.js does. It counts syncs and
 * the bytes of each request, so tests and the bench can hold the adapter to its sync budget.
 *
 * It is not Excel: no calculation (a formula cell's value is empty until a test sets one), and only
 * the members the adapter uses.
 */

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
  frozen: { rows: number; columns: number } | null;
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
  readonly bytes: number;
  readonly calculationSuspended: boolean;
  readonly screenUpdatingSuspended: boolean;
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

interface Command {
  readonly bytes: number;
  readonly run: () => void;
}

const key = (row: number, col: number): string => `${row},${col}`;

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
function bytesOf(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length + COMMAND_OVERHEAD;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  recorded: RecordedCall[] = [];
  syncs: SyncRecord[] = [];
  runOptions: unknown[] = [];
  active: { sheet: string; address: string } | null = null;
  private nextId = 1;
  private queue: Command[] = [];
  private calcSuspended = false;
  private screenSuspended = false;
  private beforeSyncHooks: ((index: number) => void)[] = [];
  private hang = false;
  private failures: FakeExcelError[] = [];
  readonly changeHandlers: ((event: { source: "Local" | "Remote" }) => Promise<unknown>)[] = [];

  /** Adds a sheet directly (test set-up, no sync). Values from A1; strings starting "=" are formulas. */
  seedSheet(name: string, rows: readonly (readonly (string | number | boolean | null)[])[] = []): FakeSheet {
    const sheet = this.createSheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        if (typeof value === "string" && value.startsWith("="))
          sheet.cells.set(key(r, c), { value: "", formula: value });
        else if (typeof value === "string" && /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?)$/.test(value))
          sheet.cells.set(key(r, c), { value, formula: null, error: true });
        else sheet.cells.set(key(r, c), { value, formula: null });
      }),
    );
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

  emitChanged(source: "Local" | "Remote"): Promise<unknown[]> {
    return Promise.all(this.changeHandlers.map((handler) => handler({ source })));
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Excel.run look-alike. */
  run = <T>(batchOrOptions: unknown, maybeBatch?: (context: FakeContext) => Promise<T>): Promise<T> => {
    const batch = (maybeBatch ?? batchOrOptions) as (context: FakeContext) => Promise<T>;
    if (maybeBatch !== undefined) this.runOptions.push(batchOrOptions);
    return batch(new FakeContext(this));
  };

  context(): FakeContext {
    return new FakeContext(this);
  }

  // ── used by the proxies ──────────────────────────────────────────────────

  enqueue(bytes: number, run: () => void): void {
    this.queue.push({ bytes, run });
  }

  suspendCalculation(): void {
    this.enqueue(COMMAND_OVERHEAD, () => (this.calcSuspended = true));
  }

  suspendScreen(): void {
    this.enqueue(COMMAND_OVERHEAD, () => (this.screenSuspended = true));
  }

  record(sheet: FakeSheet | null, target: string, path: string, value: unknown): void {
    this.recorded.push({ sheetId: sheet?.id ?? "", target, path, value });
  }

  /** Calls recorded on the sheet that is now named `name`. */
  callsOn(name: string): RecordedCall[] {
    const sheet = this.sheet(name);
    return sheet === undefined ? [] : this.recorded.filter((call) => call.sheetId === sheet.id);
  }

  async sync(): Promise<void> {
    const index = this.syncs.length;
    const commands = this.queue;
    this.queue = [];
    const bytes = commands.reduce((sum, c) => sum + c.bytes, 0);
    this.calcSuspended = false;
    this.screenSuspended = false;
    for (const hook of this.beforeSyncHooks) hook(index);
    const record = (): void => {
      this.syncs.push({
        commands: commands.length,
        bytes,
        calculationSuspended: this.calcSuspended,
        screenUpdatingSuspended: this.screenSuspended,
      });
    };
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
    try {
      for (const command of commands) command.run();
    } finally {
      record();
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
      frozen: null,
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
    for (const [k, cell] of sheet.cells) {
      const empty = cell.formula === null && cell.value === "";
      if (empty && (valuesOnly || cell.numberFormat === undefined)) continue;
      const [r = 0, c = 0] = k.split(",").map(Number);
      box =
        box === null
          ? { top: r, left: c, bottom: r, right: c }
          : {
              top: Math.min(box.top, r),
              left: Math.min(box.left, c),
              bottom: Math.max(box.bottom, r),
              right: Math.max(box.right, c),
            };
    }
    if (!valuesOnly) {
      for (const merge of sheet.merges) {
        const m = boxOf(merge);
        box =
          box === null
            ? m
            : {
                top: Math.min(box.top, m.top),
                left: Math.min(box.left, m.left),
                bottom: Math.max(box.bottom, m.bottom),
                right: Math.max(box.right, m.right),
              };
      }
    }
    return box;
  }

  /** What Excel does with a typed or API-written string: formula, apostrophe text, or coerced constant. */
  writeCell(sheet: FakeSheet, row: number, col: number, input: unknown): void {
    const k = key(row, col);
    const old = sheet.cells.get(k);
    const keep = old?.numberFormat === undefined ? {} : { numberFormat: old.numberFormat };
    if (input === "" || input === null || input === undefined) {
      if (old?.numberFormat === undefined) sheet.cells.delete(k);
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
}

export class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  constructor(readonly fake: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(fake, this);
  }
  sync(): Promise<void> {
    return this.fake.sync();
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
  set(name: string, value: unknown): void {
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

/**
 * Records property sets and method calls on objects the fake doesn't model (format, pageLayout,
 * dataValidation, protection, freezePanes …); the calls still cost request bytes.
 */
function recorder(
  fake: FakeWorkbook,
  sheet: () => FakeSheet | null,
  target: () => string,
  path: string,
): unknown {
  const handler: ProxyHandler<() => void> = {
    get: (_t, prop) => {
      if (typeof prop === "symbol") return undefined;
      return recorder(fake, sheet, target, path === "" ? prop : `${path}.${prop}`);
    },
    set: (_t, prop, value: unknown) => {
      const at = `${path === "" ? "" : `${path}.`}${String(prop)}`;
      fake.enqueue(bytesOf({ at, value }), () => fake.record(sheet(), target(), at, value));
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
      fake.enqueue(bytesOf({ path, args }), () => fake.record(sheet(), target(), `${path}()`, args));
      return recorder(fake, sheet, target, `${path}(${args.map((a) => JSON.stringify(a)).join(",")})`);
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
  constructor(fake: FakeWorkbook, context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(fake, context);
    this.tables = new FakeTableCollection(fake, context, null);
    this.application = {
      suspendApiCalculationUntilNextSync: () => fake.suspendCalculation(),
      suspendScreenUpdatingUntilNextSync: () => fake.suspendScreen(),
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
        fake.enqueue(COMMAND_OVERHEAD, () => fake.changeHandlers.push(handler));
        return {
          context,
          remove: () =>
            fake.enqueue(COMMAND_OVERHEAD, () => {
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
    this.fake.enqueue(bytesOf(props), () => {
      this.loaded.set(
        "items",
        this.fake.sheets.map((sheet) => {
          const proxy = new FakeWorksheet(this.fake, this.context, () => sheet, false);
          proxy.fill(wanted, sheet);
          return proxy;
        }),
      );
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
    this.fake.enqueue(bytesOf(name), () => {
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
    this.protection = recorder(fake, sheet, () => "", "protection");
    this.pageLayout = recorder(fake, sheet, () => "", "pageLayout");
    const panes = recorder(fake, sheet, () => "", "freezePanes") as Record<string, unknown>;
    this.freezePanes = {
      freezeRows: (n: number) => {
        (panes.freezeRows as (n: number) => void)(n);
        fake.enqueue(0, () => (this.required().frozen = { rows: n, columns: 0 }));
      },
      freezeColumns: (n: number) => {
        (panes.freezeColumns as (n: number) => void)(n);
        fake.enqueue(0, () => (this.required().frozen = { rows: 0, columns: n }));
      },
      freezeAt: (address: string) => {
        (panes.freezeAt as (a: string) => void)(address);
        const box = boxOf(address);
        fake.enqueue(0, () => (this.required().frozen = { rows: box.bottom + 1, columns: box.right + 1 }));
      },
    };
  }

  required(): FakeSheet {
    const sheet = this.resolve();
    if (sheet === null) throw new FakeExcelError("ItemNotFound", "The sheet does not exist");
    return sheet;
  }

  fill(props: readonly string[], sheet: FakeSheet | null): void {
    this.loaded.set("isNullObject", sheet === null);
    for (const prop of props) {
      if (sheet === null) {
        this.loaded.set(prop, null);
        continue;
      }
      if (prop === "position") this.loaded.set(prop, this.fake.sheets.indexOf(sheet));
      else if (prop === "name" || prop === "id" || prop === "visibility") this.loaded.set(prop, sheet[prop]);
      else if (prop !== "isNullObject") throw new Error(`fake: worksheet property ${prop} not modelled`);
    }
  }

  load(props: string): void {
    const wanted = propsOf(props);
    this.fake.enqueue(bytesOf(props), () => {
      const sheet = this.resolve();
      if (sheet === null && !this.nullable) throw new FakeExcelError("ItemNotFound", "No such sheet");
      this.fill(wanted, sheet);
    });
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get name(): string {
    return this.loaded.get("name");
  }
  set name(value: string) {
    this.fake.enqueue(bytesOf(value), () => {
      const sheet = this.required();
      const other = this.fake.sheet(value);
      if (other !== undefined && other !== sheet)
        throw new FakeExcelError("ItemAlreadyExists", `Sheet ${value} exists`);
      sheet.name = value;
      this.fake.reindex();
    });
  }
  get id(): string {
    return this.loaded.get("id");
  }
  get visibility(): string {
    return this.loaded.get("visibility");
  }
  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.fake.enqueue(bytesOf(value), () => (this.required().visibility = value));
  }
  get position(): number {
    return this.loaded.get("position");
  }
  set position(value: number) {
    this.fake.enqueue(bytesOf(value), () => {
      const sheet = this.required();
      const list = this.fake.sheets.filter((s) => s !== sheet);
      list.splice(Math.min(value, list.length), 0, sheet);
      this.fake.sheets = list;
    });
  }

  delete(): void {
    this.fake.enqueue(COMMAND_OVERHEAD, () => this.fake.deleteSheet(this.required()));
  }

  activate(): void {
    this.fake.enqueue(
      COMMAND_OVERHEAD,
      () => (this.fake.active = { sheet: this.required().name, address: "A1" }),
    );
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.fake, this.context, this, () => boxOf(address), false);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.fake,
      this.context,
      this,
      () => this.fake.usedBox(this.required(), valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.fake,
      this.context,
      this,
      () => {
        const sheet = this.resolve();
        // Like the pessimistic reading of Office.js: chaining on a missing sheet is an error.
        if (sheet === null) throw new FakeExcelError("ItemNotFound", "No such sheet");
        return this.fake.usedBox(sheet, valuesOnly);
      },
      true,
    );
  }
}

class FakeRange {
  private readonly loaded = new Loaded();
  readonly format: unknown;
  readonly dataValidation: unknown;

  constructor(
    private readonly fake: FakeWorkbook,
    readonly context: FakeContext,
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
    this.format = recorder(fake, sheetOf, target, "format");
    this.dataValidation = recorder(fake, sheetOf, target, "dataValidation");
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
    this.fake.enqueue(bytesOf(props), () => {
      const box = this.box();
      this.loaded.set("isNullObject", box === null);
      if (box === null) {
        if (!this.nullable) throw new FakeExcelError("ItemNotFound", "The range does not exist");
        return;
      }
      const sheet = this.sheet.required();
      for (const prop of wanted) this.loaded.set(prop, this.read(sheet, box, prop));
    });
  }

  private read(sheet: FakeSheet, box: Box, prop: string): unknown {
    const grid = <T>(cell: (c: FakeCell | undefined) => T): T[][] => {
      const out: T[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: T[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(cell(sheet.cells.get(key(r, c))));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "address":
        return `${quoted(sheet.name)}!${addressOf(box)}`;
      case "values":
        return grid((c) => c?.value ?? "");
      case "formulas":
        return grid((c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return grid((c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return grid((c) =>
          c === undefined || (c.value === "" && c.formula === null)
            ? "Empty"
            : c.error === true
              ? "Error"
              : typeof c.value === "number"
                ? "Double"
                : typeof c.value === "boolean"
                  ? "Boolean"
                  : c.value === ""
                    ? "Empty"
                    : "String",
        );
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
    this.fake.enqueue(bytesOf(grid), () => {
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
    this.fake.enqueue(bytesOf(grid), () => {
      const box = this.requiredBox();
      const sheet = this.sheet.required();
      if (sheet.protected) throw new FakeExcelError("AccessDenied", `Sheet is protected (${what})`);
      this.checkShape(grid, box);
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          // null in a 2-D array leaves that cell as it is (Office.js); "" empties it.
          if (value !== null) this.fake.writeCell(sheet, box.top + r, box.left + c, value);
        }),
      );
    });
  }

  getCellProperties(_options: unknown): { value: { format: { font: { name: string } } }[][] } {
    const result: { value: { format: { font: { name: string } } }[][] } = {
      get value(): never {
        return notLoaded("value");
      },
    };
    this.fake.enqueue(COMMAND_OVERHEAD, () => {
      const box = this.requiredBox();
      const sheet = this.sheet.required();
      const fonts: { format: { font: { name: string } } }[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: { format: { font: { name: string } } }[] = [];
        for (let c = box.left; c <= box.right; c++) {
          row.push({ format: { font: { name: sheet.cells.get(key(r, c))?.font ?? "Calibri" } } });
        }
        fonts.push(row);
      }
      Object.defineProperty(result, "value", { value: fonts });
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
        this.fake.enqueue(COMMAND_OVERHEAD, () => {
          const box = this.requiredBox();
          const sheet = this.sheet.required();
          const inside = sheet.merges.filter((m) => {
            const b = boxOf(m);
            return b.top <= box.bottom && b.bottom >= box.top && b.left <= box.right && b.right >= box.left;
          });
          loaded.set("isNullObject", inside.length === 0);
          loaded.set("address", inside.map((m) => `${quoted(sheet.name)}!${m}`).join(", "));
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
    this.fake.enqueue(COMMAND_OVERHEAD, () => {
      const box = this.requiredBox();
      this.sheet.required().merges.push(addressOf(box));
    });
  }

  select(): void {
    this.fake.enqueue(COMMAND_OVERHEAD, () => {
      const sheet = this.sheet.required();
      this.fake.active = { sheet: sheet.name, address: addressOf(this.requiredBox()) };
    });
  }

  clear(applyTo?: string): void {
    this.fake.enqueue(COMMAND_OVERHEAD, () => {
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
    this.fake.enqueue(bytesOf(_props), () => {
      const tables =
        this.sheet === null
          ? this.fake.tables
          : this.fake.tables.filter((t) => t.sheetId === this.sheet?.required().id);
      this.loaded.set(
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
    this.fake.enqueue(bytesOf({ address, headerRow }), () => {
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
    return {
      get name(): string {
        return notLoaded("name");
      },
      set name(value: string) {
        fake.enqueue(bytesOf(value), () => {
          if (fake.tables.some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase())) {
            throw new FakeExcelError("InvalidArgument", `A table named ${value} exists`);
          }
          if (table !== null) table.name = value;
        });
      },
    };
  }
}
