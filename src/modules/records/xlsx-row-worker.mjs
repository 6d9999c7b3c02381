// Worker thread: runs exceljs's streaming reader and posts rows in batches, so parsing a large
// workbook (the slow part) overlaps validating it on the main thread. Plain JavaScript because
// worker threads get no TypeScript loader. The main thread grants credits: the worker runs at
// most `window` batches ahead, so a huge file never piles up in memory.
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';

const BATCH_ROWS = 500;
let credits = workerData.window;
let wake = null;
let skipSheet = -1;

parentPort.on('message', (m) => {
  if (m.type === 'credit') credits++;
  else if (m.type === 'skip') skipSheet = m.sheet;
  if (wake) {
    const w = wake;
    wake = null;
    w();
  }
});

async function post(message) {
  while (credits <= 0) await new Promise((resolve) => (wake = resolve));
  credits--;
  parentPort.postMessage(message);
}

async function main() {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(workerData.bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date cell from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sheet = 0;
  for await (const ws of reader) {
    sheet++;
    parentPort.postMessage({ type: 'sheet', sheet, name: ws.name ?? null });
    let batch = [];
    for await (const row of ws) {
      if (skipSheet === sheet) break;
      batch.push([row.number, row.values]);
      if (batch.length >= BATCH_ROWS) {
        await post({ type: 'rows', sheet, rows: batch });
        batch = [];
      }
    }
    if (batch.length > 0 && skipSheet !== sheet) await post({ type: 'rows', sheet, rows: batch });
  }
  parentPort.postMessage({ type: 'end' });
}

main().catch((e) => parentPort.postMessage({ type: 'error', message: String(e?.message ?? e) }));
