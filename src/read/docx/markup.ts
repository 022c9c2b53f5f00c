/**
 * Word markup whose text mammoth drops or would read wrongly, rewritten into markup it reads, before mammoth and the
 * numbering walk (numbering.ts) see a body part (document, footnotes, endnotes). Real offices' files hold all of it:
 *
 * - `w:fldSimple` (a field written in one element: mail-merged numbers, SEQ row numbers, dates, DOCPROPERTY): mammoth
 *   drops the element and so its shown result; it is unwrapped, its result runs kept.
 * - A complex field whose instruction holds another field (`IF { MERGEFIELD … } …`): mammoth skips `w:instrText` but
 *   reads every `w:t`, so the inner field's result leaked into the text; text inside an instruction is dropped.
 * - `mc:AlternateContent` with no `mc:Fallback` (WPS Office, and Word for some shapes): mammoth reads only the
 *   fallback, so its first `mc:Choice` is read as the fallback. With a fallback, only the fallback is read (one copy).
 * - A DrawingML text box (`w:drawing` holding `w:txbxContent`) that is read (no alternate content around it, or the
 *   choice read above): mammoth takes only pictures from DrawingML, so the drawing becomes a VML picture holding its
 *   text boxes (`w:pict`), which mammoth reads after the paragraph that anchors it, as it reads VML text boxes.
 * - A content control showing its placeholder prompt (`w:showingPlcHdr`: "Click or tap here to enter text.", a
 *   template's unfilled blank): its text is no part of the plan and is dropped; the control's paragraphs, rows and
 *   cells stay, so a table keeps its shape.
 *
 * One pass over the tags to learn which alternate contents lack a fallback
 * and which drawings hold text boxes, one to rewrite; both linear. Text between tags is copied as it is.
 */
import { XML_TAG, xmlAttribute } from "./xml-tags.js";

/** Only parts holding one of these need the passes. */
const TRIGGERS = ["fldSimple", "fldChar", "AlternateContent", "txbxContent", "showingPlcHdr"];

/**
 * Paragraphs an instruction may run over before it is taken for a field that never ends (a damaged file): past it the
 * text is read again rather than dropped to the end of the part.
 */
const MAX_INSTRUCTION_PARAGRAPHS = 20;

/** Elements whose content mammoth never reads: fields in them must not count (their begin/end would unbalance ours). */
const UNREAD = new Set(["w:del", "w:moveFrom"]);

export function rewriteBodyXml(xml: string): string {
  if (!TRIGGERS.some((trigger) => xml.includes(trigger))) return xml;
  const { choicesRead, textBoxDrawings } = survey(xml);
  return rewrite(xml, choicesRead, textBoxDrawings);
}

interface Survey {
  /** Offsets of the `mc:Choice` tags read in place of a missing fallback (the first choice of such a block). */
  choicesRead: Set<number>;
  /** Offsets of the `w:drawing` tags holding a text box of their own (not only one inside a nested drawing). */
  textBoxDrawings: Set<number>;
}

function survey(xml: string): Survey {
  const choicesRead = new Set<number>();
  const textBoxDrawings = new Set<number>();
  const names: string[] = [];
  const alternates: { depth: number; firstChoice: number | null; fallback: boolean }[] = [];
  const drawings: number[] = [];
  for (const match of xml.matchAll(XML_TAG)) {
    const [, closing, name = "", , selfClosing] = match;
    const offset = match.index;
    if (closing) {
      names.pop();
      const alternate = alternates[alternates.length - 1];
      if (name === "mc:AlternateContent" && alternate && alternate.depth === names.length + 1) {
        alternates.pop();
        if (!alternate.fallback && alternate.firstChoice !== null) choicesRead.add(alternate.firstChoice);
      } else if (name === "w:drawing") drawings.pop();
      continue;
    }
    const parent = names[names.length - 1];
    const alternate = alternates[alternates.length - 1];
    if (alternate && parent === "mc:AlternateContent" && alternate.depth === names.length) {
      if (name === "mc:Fallback") alternate.fallback = true;
      else if (name === "mc:Choice" && alternate.firstChoice === null) alternate.firstChoice = offset;
    }
    if (name === "w:txbxContent" && drawings.length > 0) textBoxDrawings.add(drawings[drawings.length - 1]!);
    if (selfClosing) continue;
    names.push(name);
    if (name === "mc:AlternateContent") alternates.push({ depth: names.length, firstChoice: null, fallback: false });
    else if (name === "w:drawing") drawings.push(offset);
  }
  return { choicesRead, textBoxDrawings };
}

/** What the rewrite does with the content of an open element, kept until that element closes. */
interface Frame {
  depth: number;
  /** Whether what is inside goes to the output. */
  visible: boolean;
  /** Whether mammoth reads what is inside (fields there count). */
  read: boolean;
  /** The closing tag to write instead of the element's own ("" drops it); undefined keeps it. */
  close?: string;
}

function rewrite(xml: string, choicesRead: Set<number>, textBoxDrawings: Set<number>): string {
  const out: string[] = [];
  const names: string[] = [];
  const frames: Frame[] = [{ depth: 0, visible: true, read: true }];
  /** Per open field that mammoth reads: whether its instruction is still running (before its separator). */
  const fields: boolean[] = [];
  let instructions = 0;
  /** Open content controls: whether each shows its placeholder. */
  const controls: { depth: number; placeholder: boolean }[] = [];
  let placeholders = 0;
  let paragraphsInInstruction = 0;
  let last = 0;

  for (const match of xml.matchAll(XML_TAG)) {
    const [whole, closing, name = "", attributes = "", selfClosing] = match;
    const offset = match.index;
    const frame = frames[frames.length - 1]!;
    if (frame.visible) out.push(xml.slice(last, offset));
    last = offset + whole.length;

    if (closing) {
      const depth = names.length;
      names.pop();
      if (frame.depth === depth && frames.length > 1) {
        frames.pop();
        const outer = frames[frames.length - 1]!;
        if (frame.close !== undefined) {
          if (outer.visible) out.push(frame.close);
        } else if (frame.visible || outer.visible) out.push(whole);
        continue;
      }
      if (name === "w:p" && instructions > 0 && (paragraphsInInstruction += 1) > MAX_INSTRUCTION_PARAGRAPHS) {
        fields.length = 0;
        instructions = 0;
      }
      const control = controls[controls.length - 1];
      if (name === "w:sdt" && control?.depth === depth) {
        controls.pop();
        if (control.placeholder) placeholders -= 1;
      }
      if (frame.visible) out.push(whole);
      continue;
    }

    const depth = names.length + (selfClosing ? 0 : 1);
    if (!selfClosing) names.push(name);
    if (!frame.visible) {
      // Inside a drawing being turned into a picture, only its text boxes are kept.
      if (name === "w:txbxContent" && !selfClosing) {
        frames.push({ depth, visible: true, read: frame.read });
        out.push(whole);
      }
      continue;
    }

    if (!frame.read || UNREAD.has(name)) {
      if (!selfClosing && frame.read) frames.push({ depth, visible: true, read: false });
      out.push(whole);
      continue;
    }

    switch (name) {
      case "w:fldSimple":
        // Unwrapped: the result runs inside stay where they are.
        if (!selfClosing) frames.push({ depth, visible: true, read: true, close: "" });
        continue;
      case "w:fldChar":
        fieldCharacter(xmlAttribute(attributes, "w:fldCharType"));
        out.push(whole);
        continue;
      case "w:t":
        if ((instructions > 0 || placeholders > 0) && !selfClosing) {
          frames.push({ depth, visible: false, read: true, close: "" });
          continue;
        }
        out.push(whole);
        continue;
      case "w:sdt":
        if (!selfClosing) controls.push({ depth, placeholder: false });
        out.push(whole);
        continue;
      case "w:showingPlcHdr": {
        const control = controls[controls.length - 1];
        const value = xmlAttribute(attributes, "w:val");
        if (control && !control.placeholder && names[names.length - (selfClosing ? 1 : 2)] === "w:sdtPr" && !isOff(value)) {
          control.placeholder = true;
          placeholders += 1;
        }
        out.push(whole);
        continue;
      }
      case "mc:Choice":
        if (choicesRead.has(offset)) {
          out.push(`<mc:Fallback${attributes}${selfClosing ? "/" : ""}>`);
          if (!selfClosing) frames.push({ depth, visible: true, read: true, close: "</mc:Fallback>" });
        } else {
          out.push(whole);
          if (!selfClosing) frames.push({ depth, visible: true, read: false });
        }
        continue;
      case "mc:Fallback":
        out.push(whole);
        continue;
      case "w:drawing":
        if (textBoxDrawings.has(offset) && !selfClosing) {
          out.push("<w:pict>");
          frames.push({ depth, visible: false, read: true, close: "</w:pict>" });
        } else {
          out.push(whole);
          if (!selfClosing) frames.push({ depth, visible: true, read: false });
        }
        continue;
      default:
        out.push(whole);
    }
  }
  if (frames[frames.length - 1]!.visible) out.push(xml.slice(last));
  return out.join("");

  function fieldCharacter(type: string | undefined): void {
    if (type === "begin") {
      fields.push(true);
      if (instructions === 0) paragraphsInInstruction = 0;
      instructions += 1;
    } else if (type === "separate") {
      if (fields[fields.length - 1] === true) {
        fields[fields.length - 1] = false;
        instructions -= 1;
      }
    } else if (type === "end" && fields.length > 0) {
      if (fields.pop() === true) instructions -= 1;
    }
  }
}

function isOff(value: string | undefined): boolean {
  return value === "0" || value === "false" || value === "off";
}
