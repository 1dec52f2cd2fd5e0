/** The sidebar: one self-contained HTML file (dist/Sidebar.html), 300 px wide as Sheets draws sidebars. */
export function tampilkanPanel(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Pengukuran Kinerja').setWidth(300);
  SpreadsheetApp.getUi().showSidebar(html);
}
