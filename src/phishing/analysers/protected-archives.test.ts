import { describe, expect, it } from 'vitest';
import { context, message, zip } from './fixture.js';
import { protectedArchives } from './protected-archives.js';

/** `archive` with its one file marked encrypted, as a password-protected zip is; `stored` marks it stored. */
function locked(archive: Buffer, stored = false): Buffer {
  const out = Buffer.from(archive);
  const central = out.indexOf(Buffer.from('PK\u0001\u0002', 'latin1'));
  out.writeUInt16LE(1, 6);
  out.writeUInt16LE(1, central + 8);
  if (stored) {
    out.writeUInt16LE(0, 8);
    out.writeUInt16LE(0, central + 10);
  }
  return out;
}

const invoice = zip([{ name: 'Invoice_2291.pdf.js', content: Buffer.from('WScript.Echo(1)') }]);
const analyse = async (text: string, content: Buffer, ctx = context()) =>
  protectedArchives.analyse(
    await message({ text, attachments: [{ filename: 'Docs.zip', contentType: 'application/zip', content }] }),
    ctx,
  );

describe('the protected archives analyser', () => {
  it('names an encrypted archive sent with its password in the message, and says it could not look inside', async () => {
    const [found] = await analyse('The archive is protected.\n\nPassword: inv2026\n', locked(invoice));
    expect(found).toMatchObject({ code: 'protected-archive', weight: 40 });
    expect(found.explanation).toContain('Docs.zip is a password-protected zip archive');
    expect(found.explanation).toContain('"Password: inv2026"');
    expect(found.explanation).toContain('could not look inside');
    expect(
      (await analyse('The evidence is attached (the password is K7q2x).', locked(invoice, true))).map(
        (s) => s.code,
      ),
    ).toEqual(['protected-archive']);
    const sevenZip = Buffer.concat([Buffer.from('377abcaf271c0004', 'hex'), Buffer.alloc(64)]);
    expect((await analyse('pwd: 2026', sevenZip)).map((s) => s.code)).toEqual(['protected-archive']);
  });

  it('says nothing of an open zip whatever the message says, and notes an encrypted one sent without its password', async () => {
    expect(await analyse('Your new VPN password: see the portal. The logs are attached.', invoice)).toEqual(
      [],
    );
    const ctx = context();
    expect(
      await analyse('The files you asked for; I will phone you the password.', locked(invoice), ctx),
    ).toEqual([]);
    expect(ctx.gaps).toEqual([
      'The archive Docs.zip is a password-protected zip archive: what it holds could not be checked.',
    ]);
  });

  it('says nothing of an encrypted archive whose password, the message says, comes by text message', async () => {
    const ctx = context();
    expect(
      await analyse(
        'Attached is the payroll register, encrypted as usual. The password is sent to you by text message; we never send it by email.',
        locked(invoice),
        ctx,
      ),
    ).toEqual([]);
    expect(ctx.gaps).toHaveLength(1);
    // the same in German, Spanish and French
    for (const text of [
      'Das Archiv ist verschlüsselt. Das Kennwort teilen wir Ihnen wie vereinbart telefonisch mit.',
      'El archivo está cifrado; la contraseña se la enviamos por SMS.',
      'Le mot de passe vous sera communiqué séparément.',
    ]) {
      expect(await analyse(text, locked(invoice))).toEqual([]);
    }
    expect(await analyse('Das Kennwort lautet: Rechnung2026', locked(invoice))).not.toEqual([]);
  });
});
