import {
  AlignmentType, Bookmark, BorderStyle, Document, Footer, LineRuleType, Packer, PageBreak, PageNumber, Paragraph, Table, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType, type IRunOptions,
} from 'docx';
import { formulaSafe } from './formula-safe';

/**
 * An official document (公文) laid out as GB/T 9704-2012 (党政机关公文格式) asks:
 * - A4 (210 × 297 mm); 天头 (top margin) 37 mm, 订口 (left margin) 28 mm, text block 156 × 225 mm, so
 *   right 26 mm and bottom 35 mm (§5.2.1-5.2.2);
 * - body in 3号仿宋 (16 pt, 仿宋_GB2312), 22 lines of 28 characters a page (exact line pitch
 *   225 mm / 22 ≈ 28.95 pt) (§5.2.3);
 * - 发文机关标志 in red 小标宋, centred, its top 35 mm below the top of the text block (§7.2.3);
 * - 发文字号 (文号) two lines below, centred, year in 〔〕; a red separator line 4 mm under it as wide as
 *   the text block (§7.2.4, §7.2.6);
 * - 标题 in 2号小标宋 (22 pt), centred, one line below the separator (§7.3.1); 主送机关 one line below,
 *   flush left, ending with a full-width colon (§7.3.2); 正文 with a 2-character first-line indent;
 * - 附件说明 one line below the body, indented 2 characters: "附件：1. ……" (§7.3.4);
 * - 发文机关署名 and 成文日期 (Arabic numerals, 2027年9月1日), the date 4 characters from the right and
 *   the signature centred over it; the seal (印章) is stamped over both, so lines above are left free and
 *   a bookmark named 印章位置 marks where (§7.3.5.1);
 * - 附件 on new pages: "附件1" in 3号黑体 at the top left, the attachment's title centred in 小标宋 (§7.3.4);
 * - page numbers in 4号 (14 pt) Arabic numerals with a dash either side, "— 1 —", odd pages one
 *   character in from the right, even pages one character in from the left (§7.5).
 * Text in tables goes through formulaSafe (people paste these tables into spreadsheets).
 */
export interface OfficialDocument {
  /** 发文机关标志, e.g. "道县教育局文件" (a notice may use the issuer's name alone). */
  issuerMark: string;
  /** 发文字号, e.g. 道教发〔2027〕12号. */
  number: string;
  title: string;
  /** 主送机关, without the colon. */
  recipient?: string;
  body: string[];
  attachments: DocumentAttachment[];
  /** 发文机关署名. */
  signature: string;
  /** 成文日期, YYYY-MM-DD. */
  date: string;
  /** 版记: 印发机关 and 印发日期 (YYYY-MM-DD); absent for a notice. */
  imprint?: { office: string; date: string };
}

export interface DocumentAttachment {
  title: string;
  headings: string[];
  /** Relative column widths. */
  widths: number[];
  rows: Array<Array<string | number>>;
  /** Printed under the title when there are no rows, e.g. "本方案无新增教师招聘。" */
  empty: string;
}

export const FONTS = { fangSong: '仿宋_GB2312', xiaoBiaoSong: '方正小标宋简体', heiTi: '黑体', songTi: '宋体' } as const;
const PT = 2; // docx sizes are half-points
const SIZE = { body: 16 * PT, title: 22 * PT, mark: 36 * PT, table: 12 * PT, pageNumber: 14 * PT } as const;
/** 225 mm / 22 lines = 28.95 pt = 579 twentieths of a point. */
const LINE = 579;
const RED = 'FF0000';
/** Millimetres to twips (1/20 pt). */
const mm = (n: number) => Math.round((n / 25.4) * 1440);
const TEXT_WIDTH_TWIPS = mm(156);

function run(text: string, font: string, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: { ascii: font, hAnsi: font, eastAsia: font, cs: font }, size, ...extra });
}

function bodyParagraph(text: string, options: { indentChars?: number; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}): Paragraph {
  return new Paragraph({
    children: [run(text, FONTS.fangSong, SIZE.body)],
    alignment: options.alignment ?? AlignmentType.JUSTIFIED,
    indent: options.indentChars ? { firstLineChars: options.indentChars * 100 } : undefined,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
  });
}

const blank = () => bodyParagraph('');

/** "2027-09-01" -> "2027年9月1日" (GB/T 9704-2012 §7.3.5.1: Arabic numerals, no leading zeros). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`成文日期应为 YYYY-MM-DD，收到 ${iso}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

function head(doc: OfficialDocument): Paragraph[] {
  return [
    new Paragraph({
      // The mark's top 35 mm below the text block's top edge.
      spacing: { before: mm(35), after: 0, line: 960, lineRule: LineRuleType.AT_LEAST },
      alignment: AlignmentType.CENTER,
      children: [run(doc.issuerMark, FONTS.xiaoBiaoSong, SIZE.mark, { color: RED })],
    }),
    blank(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      // The red separator 4 mm (about 11 pt) under the number, as wide as the text block.
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: RED, space: 11 } },
      children: [run(doc.number, FONTS.fangSong, SIZE.body)],
    }),
    blank(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.AT_LEAST },
      children: [run(doc.title, FONTS.xiaoBiaoSong, SIZE.title)],
    }),
    blank(),
  ];
}

function attachmentNote(attachments: DocumentAttachment[]): Paragraph[] {
  if (attachments.length === 0) return [];
  return [
    blank(),
    ...attachments.map((a, i) => new Paragraph({
      spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      // "附件：" then the items aligned under the first one (§7.3.4): a hanging indent of 5 characters.
      indent: { left: (2 + 3) * 320, hanging: i === 0 ? 3 * 320 : 0 },
      children: [run(`${i === 0 ? '附件：' : ''}${attachments.length > 1 ? `${i + 1}. ` : ''}${a.title}`, FONTS.fangSong, SIZE.body)],
    })),
  ];
}

function signatureAndDate(doc: OfficialDocument): Paragraph[] {
  const dateText = chineseDate(doc.date);
  // The date sits 4 characters from the right; the signature is centred over the date.
  const dateRight = 4 * 320;
  const signatureRight = dateRight + Math.max(0, (Array.from(dateText).length - Array.from(doc.signature).length) / 2) * 320;
  return [
    blank(), blank(), blank(),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(signatureRight) },
      spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      children: [new Bookmark({ id: '印章位置', children: [run(doc.signature, FONTS.fangSong, SIZE.body)] })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: dateRight },
      spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      children: [run(dateText, FONTS.fangSong, SIZE.body)],
    }),
  ];
}

function imprint(doc: OfficialDocument): Paragraph[] {
  if (!doc.imprint) return [];
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 4 };
  return [
    blank(),
    new Paragraph({
      spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      border: { top: line, bottom: line },
      tabStops: [{ type: 'right', position: TEXT_WIDTH_TWIPS - 320 }],
      indent: { left: 320 },
      children: [run(`${doc.imprint.office}\t${chineseDate(doc.imprint.date)}印发`, FONTS.fangSong, 14 * PT)],
    }),
  ];
}

function cell(text: string | number, header: boolean, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(typeof text === 'number' ? String(text) : formulaSafe(text), header ? FONTS.heiTi : FONTS.fangSong, SIZE.table)],
    })],
  });
}

function attachmentPages(attachments: DocumentAttachment[]): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  attachments.forEach((a, i) => {
    out.push(
      new Paragraph({ children: [new PageBreak()] }),
      new Paragraph({ spacing: { line: LINE, lineRule: LineRuleType.EXACT }, children: [run(attachments.length > 1 ? `附件${i + 1}` : '附件', FONTS.heiTi, SIZE.body)] }),
      blank(),
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.AT_LEAST }, children: [run(a.title, FONTS.xiaoBiaoSong, SIZE.title)] }),
      blank(),
    );
    if (a.rows.length === 0) {
      out.push(bodyParagraph(a.empty, { indentChars: 2 }));
      return;
    }
    const total = a.widths.reduce((x, y) => x + y, 0);
    const widths = a.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIPS));
    out.push(new Table({
      layout: TableLayoutType.FIXED,
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, children: a.headings.map((h, c) => cell(h, true, widths[c]!)) }),
        ...a.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, c) => cell(v, false, widths[c]!)) })),
      ],
    }));
  });
  return out;
}

function pageNumberFooter(alignment: 'left' | 'right'): Footer {
  return new Footer({
    children: [new Paragraph({
      alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: alignment === 'right' ? { right: 14 * 20 } : { left: 14 * 20 },
      children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: { ascii: FONTS.songTi, hAnsi: FONTS.songTi, eastAsia: FONTS.songTi }, size: SIZE.pageNumber })],
    })],
  });
}

/** The .docx bytes of an official document. */
export async function writeOfficialDocument(doc: OfficialDocument): Promise<Buffer> {
  const file = new Document({
    title: doc.title,
    creator: doc.signature,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: { ascii: FONTS.fangSong, hAnsi: FONTS.fangSong, eastAsia: FONTS.fangSong }, size: SIZE.body } } } },
    sections: [{
      properties: {
        page: {
          // In twips (every Word version reads them; millimetres in the XML are newer): A4 = 11906 × 16838.
          size: { width: mm(210), height: mm(297) },
          // The page number's dash sits 7 mm under the text block: its baseline about 23 mm above the edge.
          margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(23) },
        },
        // 22 lines a page (exact pitch) and 28 characters a line.
        grid: { linePitch: LINE, charSpace: 0 },
      },
      footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
      children: [
        ...head(doc),
        ...(doc.recipient ? [bodyParagraph(`${doc.recipient}：`, { alignment: AlignmentType.LEFT })] : []),
        ...doc.body.map((p) => bodyParagraph(p, { indentChars: 2 })),
        ...attachmentNote(doc.attachments),
        ...signatureAndDate(doc),
        // 附件 on their own pages, before the 版记 (§7.3.4, §7.4).
        ...attachmentPages(doc.attachments),
        ...imprint(doc),
      ],
    }],
  });
  return Packer.toBuffer(file);
}
