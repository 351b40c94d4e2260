// Reads a PDF the way a person would: how many pages, and the text on each. Run as its own
// Node process (pdfjs-dist is an ES module; jest runs the tests as CommonJS):
//   node test/tab/support/read-pdf.mjs <file.pdf>  →  {"pages": [" text of page 1", …]}
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(await readFile(process.argv[2]));
const document = await getDocument({ data, useSystemFonts: false, verbosity: 0 }).promise;
const pages = [];
for (let number = 1; number <= document.numPages; number++) {
  const content = await (await document.getPage(number)).getTextContent();
  pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
}
process.stdout.write(JSON.stringify({ pages }));
