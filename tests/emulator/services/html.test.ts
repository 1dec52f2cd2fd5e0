import { createContext, runInContext } from 'node:vm';
import type { Realm } from '../core/realm';
import { World } from '../core/world';
import { FakeHtmlService } from './html';

function setUp() {
  const world = new World();
  world.scriptFiles.set('Sidebar', '<h1>Pengukuran Kinerja</h1><p><?= judul ?></p>');
  const HtmlService = world.expose('HtmlService', new FakeHtmlService(world));
  return { world, HtmlService };
}

describe('HtmlService files', () => {
  // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
  // "filename: the name of the file to use" — the project file name without its .html extension.
  it('finds Sidebar.html by the name Sidebar and serves it as is, scriptlets untouched', () => {
    const { HtmlService } = setUp();
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe(
      '<h1>Pengukuran Kinerja</h1><p><?= judul ?></p>',
    );
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toContain('<h1>');
  });

  it('throws the Apps Script text for a missing file', () => {
    const { HtmlService } = setUp();
    expect(() => HtmlService.createHtmlOutputFromFile('Dialog')).toThrow('No HTML file named Dialog was found.');
    expect(() => HtmlService.createTemplateFromFile('Dialog')).toThrow('No HTML file named Dialog was found.');
  });

  it('evaluates a template file with the variables assigned to it', () => {
    const { HtmlService } = setUp();
    const template = HtmlService.createTemplateFromFile('Sidebar');
    template.judul = 'Triwulan III';
    expect(template.evaluate().getContent()).toBe('<h1>Pengukuran Kinerja</h1><p>Triwulan III</p>');
  });
});

describe('HtmlOutput', () => {
  // https://developers.google.com/apps-script/reference/html/html-output
  it('keeps title, size, meta tags and content, chaining each setter', () => {
    const { HtmlService } = setUp();
    const out = HtmlService.createHtmlOutput('<b>a</b>')
      .setTitle('Pengukuran Kinerja')
      .setWidth(300)
      .setHeight(500)
      .append('<i>b</i>')
      .addMetaTag('viewport', 'width=device-width')
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
    expect([out.getTitle(), out.getWidth(), out.getHeight(), out.getContent()]).toEqual([
      'Pengukuran Kinerja',
      300,
      500,
      '<b>a</b><i>b</i>',
    ]);
    expect(out.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([['viewport', 'width=device-width']]);
    expect(out.setContent('x').getContent()).toBe('x');
    expect(HtmlService.createHtmlOutput().getContent()).toBe('');
  });

  it('appendUntrusted escapes what append would insert raw', () => {
    // https://developers.google.com/apps-script/reference/html/html-output#appendUntrusted(String):
    // "Appends new content ... using contextual escaping."
    const { HtmlService } = setUp();
    const out = HtmlService.createHtmlOutput('').appendUntrusted(`<script>alert("x")</script>&'`);
    expect(out.getContent()).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
  });
});

describe('HtmlTemplate scriptlets', () => {
  // https://developers.google.com/apps-script/guides/html/templates: <? ?> standard, <?= ?> printing (escaped),
  // <?!= ?> force-printing (not escaped); template properties are variables of the template code.
  const payload = '<script>alert(1)</script>';

  it('escapes <?= ?> output and leaves <?!= ?> raw', () => {
    const { HtmlService } = setUp();
    const t = HtmlService.createTemplate('<p><?= teks ?></p><div><?!= teks ?></div>');
    t.teks = payload;
    expect(t.evaluate().getContent()).toBe(`<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><div>${payload}</div>`);
  });

  it('runs standard scriptlets as code around literal HTML', () => {
    const { HtmlService } = setUp();
    const t = HtmlService.createTemplate(
      '<ul><? for (var i = 0; i < unit.length; i++) { ?><li><?= unit[i] ?></li><? } ?></ul>',
    );
    t.unit = ['Sekretariat', 'Bidang A & B'];
    expect(t.evaluate().getContent()).toBe('<ul><li>Sekretariat</li><li>Bidang A &amp; B</li></ul>');
  });

  it('exposes the raw text and the compiled code', () => {
    const { HtmlService } = setUp();
    const t = HtmlService.createTemplate('a<?= b ?>c');
    expect(t.getRawContent()).toBe('a<?= b ?>c');
    expect(t.getCode()).toContain('output._$ = b;');
    expect(t.getCode()).toContain('output._ = "a";');
  });

  it("runs in the script's context: sees its global functions and its realm's Array", () => {
    const world = new World();
    const context = createContext({});
    runInContext('function sertakan(n) { return "<style>/*" + n + "*/</style>"; }', context);
    world.scriptContext = context;
    world.realm = runInContext('({ Array, Date, Object, Error })', context) as Realm;
    const HtmlService = world.expose('HtmlService', new FakeHtmlService(world));
    const t = HtmlService.createTemplate(
      '<?!= sertakan("css") ?><?= Array.isArray(baris) && baris instanceof Array ?>',
    );
    t.baris = runInContext('[1, 2]', context);
    expect(t.evaluate().getContent()).toBe('<style>/*css*/</style>true');
  });

  it('reports an undefined variable as the script would', () => {
    const { HtmlService } = setUp();
    expect(() => HtmlService.createTemplate('<?= tidakAda ?>').evaluate()).toThrow(/tidakAda is not defined/);
  });

  it('records HtmlService calls as local and allows them before authorisation', () => {
    const { world, HtmlService } = setUp();
    world.run({ authMode: 'NONE' }, () => HtmlService.createHtmlOutput('x').setTitle('y'));
    expect(world.calls.count({ costClass: 'local' })).toBe(2);
    expect(world.calls.records.map((r) => `${r.type}.${r.method}`)).toEqual([
      'HtmlService.createHtmlOutput',
      'HtmlOutput.setTitle',
    ]);
  });
});
