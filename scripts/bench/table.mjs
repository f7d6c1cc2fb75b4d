// Aligned plain-text tables for the bench report.

/**
 * Prints `rows` (arrays of cells; missing ones are blank) under `title`. `columns` are headers; a header starting with `>`
 * is right-aligned (numbers).
 */
export function printTable(title, columns, rows) {
  const right = columns.map((column) => column.startsWith('>'));
  const headers = columns.map((column) => column.replace(/^>/, ''));
  const cells = [headers, ...rows].map((row) => headers.map((_, i) => String(row[i] ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => `  ${row.map((cell, i) => (right[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ')}`.trimEnd();
  console.log(`\n${title}`);
  console.log(line(cells[0]));
  console.log(`  ${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of cells.slice(1)) console.log(line(row));
}
