// A .docx in the layout of GB/T 9704-2012 (党政机关公文格式): A4, margins top 37 mm, bottom
// 35 mm, left 28 mm, right 26 mm; title in 2号 方正小标宋简体 centred; 主送 line flush left;
// body in 3号 仿宋_GB2312 with a fixed 28-pt line (22 lines × 28 characters a page); headings
// 一、 in 黑体 and (一) in 楷体_GB2312; issuing unit and date; attachments (附件) each on a new
// page; page numbers in 4号 半角 宋体 "— 1 —", bottom outside (odd pages right, even pages left).
// The font names are the standard's; a reader without them substitutes (LibreOffice does).
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Table as DataTable } from './tables-xlsx.ts';

export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  h1: '黑体',
  h2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt, 五号 10.5 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;
/** Fixed line: 28 pt in twips. */
const LINE = 560;
/** Two characters of 3号 (2 × 16 pt) in twips: the first-line indent of the body. */
const INDENT = 640;

/** Millimetres to twips, rounded (docx's helper truncates 37 mm to 2097). */
const mm = (x: number) => Math.round((x * 1440) / 25.4);

export const LAYOUT = {
  widthTwip: 11906,
  heightTwip: 16838,
  margins: {
    top: mm(37),
    bottom: mm(35),
    left: mm(28),
    right: mm(26),
  },
} as const;

export type Block = { kind: 'h1' | 'h2' | 'p'; text: string };

export interface OfficialDocument {
  title: string;
  /** 主送机关, ending with a full-width colon. */
  recipients: string;
  body: Block[];
  attachments: DataTable[];
  issuer: string;
  /** 成文日期, e.g. 2023年7月10日. */
  date: string;
}

function run(text: string, font: string, size: number, bold = false): TextRun {
  return new TextRun({ text, bold, size, font: { ascii: font, eastAsia: font, hAnsi: font, cs: font } });
}

const fixed = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function bodyParagraph(text: string, font: string = FONTS.body, indent = INDENT): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: fixed,
    indent: { firstLine: indent },
    children: [run(text, font, SIZE.body)],
  });
}

const blank = () => new Paragraph({ spacing: fixed, children: [run('', FONTS.body, SIZE.body)] });

function titleParagraphs(title: string): Paragraph[] {
  return title.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [run(line, FONTS.title, SIZE.title)],
      }),
  );
}

function pageNumberFooter(align: 'right' | 'left'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // 一字 (one 4号 character) in from the outside edge, as the standard places it.
        indent: align === 'right' ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            size: SIZE.pageNumber,
            font: { ascii: FONTS.pageNumber, eastAsia: FONTS.pageNumber, hAnsi: FONTS.pageNumber },
          }),
        ],
      }),
    ],
  });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function dataTable(t: DataTable): Table {
  const width = LAYOUT.widthTwip - LAYOUT.margins.left - LAYOUT.margins.right;
  const weights = t.columns.map((c) => c.width ?? 10);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * width));
  const cell = (text: string, w: number, header: boolean) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
            spacing: { line: 300, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
            children: [run(line, header ? FONTS.h1 : FONTS.body, SIZE.table)],
          }),
      ),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: t.columns.map((c, i) => cell(c.header, widths[i] ?? 0, true)),
      }),
      ...t.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: t.columns.map((c, i) => {
              const v = r[c.key];
              return cell(v === null || v === undefined ? '—' : String(v), widths[i] ?? 0, false);
            }),
          }),
      ),
    ],
  });
}

export async function officialDocx(d: OfficialDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [...titleParagraphs(d.title), blank()];
  children.push(new Paragraph({ spacing: fixed, children: [run(d.recipients, FONTS.body, SIZE.body)] }));
  for (const b of d.body) {
    if (b.kind === 'h1') children.push(bodyParagraph(b.text, FONTS.h1));
    else if (b.kind === 'h2') children.push(bodyParagraph(b.text, FONTS.h2));
    else children.push(bodyParagraph(b.text));
  }
  if (d.attachments.length > 0) {
    children.push(blank());
    d.attachments.forEach((a, i) => {
      // 附件说明: "附件：1.…", later items aligned under the first title.
      const text = i === 0 ? `附件：${i + 1}.${a.title}` : `${i + 1}.${a.title}`;
      children.push(
        new Paragraph({
          spacing: fixed,
          indent: i === 0 ? { firstLine: INDENT } : { left: INDENT + 3 * 320 },
          children: [run(text, FONTS.body, SIZE.body)],
        }),
      );
    });
  }
  children.push(blank(), blank());
  children.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: fixed,
      indent: { right: INDENT },
      children: [run(d.issuer, FONTS.body, SIZE.body)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: fixed,
      // 成文日期 右空四字.
      indent: { right: INDENT * 2 },
      children: [run(d.date, FONTS.body, SIZE.body)],
    }),
  );
  d.attachments.forEach((a, i) => {
    children.push(
      new Paragraph({ pageBreakBefore: true, spacing: fixed, children: [run(`附件${i + 1}`, FONTS.h1, SIZE.body)] }),
      blank(),
      ...titleParagraphs(a.title),
      blank(),
      dataTable(a),
    );
  });

  const doc = new Document({
    creator: 'zhiliang',
    title: d.title.replace(/\n/g, ''),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { size: SIZE.body, font: { ascii: FONTS.body, eastAsia: FONTS.body, hAnsi: FONTS.body } },
          paragraph: { spacing: fixed },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: LAYOUT.widthTwip, height: LAYOUT.heightTwip },
            margin: { ...LAYOUT.margins, footer: mm(23), header: mm(15) },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
