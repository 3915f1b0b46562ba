/**
 * Every diagnostic renders in Vietnamese and in English: each problem code, each refusal of an
 * operation or of a returned file, each detail, remark, exclusion and tie-break note. The tables
 * are complete by type (src/messages/diagnostics.ts); these tests read what they say.
 */
import { problemSubject } from "../../src/core/diagnostics";
import { en } from "../../src/messages/en/diagnostics";
import {
  documentProblemText,
  faultText,
  problemText,
  refusalText,
  type DiagnosticText,
} from "../../src/messages/diagnostics";
import { vi } from "../../src/messages/vi/diagnostics";
import type { Refusal, RefusalCode } from "../../src/workbook/collect/refusals";
import {
  DETAIL_SAMPLES,
  DOCUMENT_PROBLEM_SAMPLES,
  EXCLUSION_SAMPLES,
  NOTE_SAMPLES,
  REFUSAL_SAMPLES,
  REMARK_SAMPLES,
  everyFault,
  everyProblem,
} from "./samples";
import { VIETNAMESE_LETTER, vietnameseIn } from "./vietnamese";

const refusals = (Object.keys(REFUSAL_SAMPLES) as RefusalCode[]).map(
  (code) => ({ code, params: REFUSAL_SAMPLES[code], details: DETAIL_SAMPLES }) as Refusal,
);

/** Every text a language renders from the samples, named for the failure message. */
function everything(text: DiagnosticText): [string, string][] {
  return [
    ...everyProblem().map((p): [string, string] => [p.code, problemText(text, p)]),
    ...everyFault().map((f): [string, string] => [f.code, faultText(text, f)]),
    ...refusals.map((r): [string, string] => {
      const { sentence, details } = refusalText(text, r);
      return [r.code, [sentence, ...details].join("\n")];
    }),
    ...REMARK_SAMPLES.map((r): [string, string] => [`remark ${r.kind}`, text.remark(r)]),
    ...EXCLUSION_SAMPLES.map((e): [string, string] => [`exclusion ${e.rule}`, text.exclusion(e)]),
    ...EXCLUSION_SAMPLES.map((e): [string, string] => [`short ${e.rule}`, text.exclusionShort(e)]),
    ...NOTE_SAMPLES.map((n): [string, string] => [`note ${n.rule}`, text.tieBreakNote(n)]),
    ...Object.values(DOCUMENT_PROBLEM_SAMPLES).map((d): [string, string] => [
      d.code,
      documentProblemText(text, d),
    ]),
  ];
}

describe.each([
  ["vi", vi],
  ["en", en],
] as const)("the %s diagnostics", (_language, text) => {
  it("word every sample whole: no missing value, NFC, each problem with its cell", () => {
    for (const [name, said] of everything(text)) {
      expect([name, said]).not.toEqual([name, expect.stringMatching(/undefined|NaN|\[object|^\s*$/u)]);
      expect(said).toBe(said.normalize("NFC"));
    }
    for (const p of everyProblem()) expect(problemText(text, p)).toContain(text.place(p.at!));
  });
});

describe("the two languages", () => {
  it("speak Vietnamese in Vietnamese", () => {
    for (const [name, said] of everything(vi)) {
      if (name.startsWith("short")) continue; // "không …" phrases: checked below with the rest
      expect([name, VIETNAMESE_LETTER.test(said)]).toEqual([name, true]);
    }
  });

  it("leave no Vietnamese in English outside the workbook's own quoted words", () => {
    const left = everything(en)
      .map(([name, said]) => [name, vietnameseIn(said)])
      .filter(([, found]) => found !== "");
    expect(left).toEqual([]);
  });

  it("say each thing differently, with the figures each language writes", () => {
    const pairs = everything(vi).map(([name, said], i) => [name, said, everything(en)[i]![1]] as const);
    for (const [name, inVi, inEn] of pairs) expect([name, inVi === inEn]).toEqual([name, false]);
    const above = everyProblem().find((p) => p.code === "SCORE_ABOVE_MAX")!;
    expect(problemText(vi, above)).toContain("10,5");
    expect(problemText(en, above)).toContain("10.5");
    expect(problemText(vi, above)).toContain("ô E12, trang «Sheet1»");
    expect(problemText(en, above)).toContain("cell E12, sheet «Sheet1»");
  });

  it("name what a problem is about from its data, whatever the wording", () => {
    const above = everyProblem().find((p) => p.code === "SCORE_ABOVE_MAX")!;
    expect(problemSubject(above)).toEqual({ unit: "U01", criterion: "I.1" });
    const tie = everyProblem().find((p) => p.code === "TIE_NEEDS_VOTE")!;
    expect(problemSubject(tie)).toEqual({});
  });
});
