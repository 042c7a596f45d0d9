import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { signInAsks } from './sign-in-asks.js';

const codes = async (html: string) =>
  (await signInAsks.analyse(await message({ html }), context())).map((s) => s.code);

describe('the sign-in asks analyser', () => {
  it("leaves a discussion list's thread about entering passwords alone", async () => {
    const html =
      '<p>The forged page asks you to enter your password, see https://www.infocater.example for a copy.</p><a href="https://www.infocater.example">copy</a>';
    const list = ['List-Id: <fork.xent.example>', 'List-Post: <mailto:fork@xent.example>'];
    expect(await signInAsks.analyse(await message({ html, headers: list }), context())).toEqual([]);
    expect(await codes(html)).toEqual(['sign-in-elsewhere']);
  });

  it('names an ask to sign in with your work account through a link to an unknown site', async () => {
    const [found] = await signInAsks.analyse(
      await message({
        html: '<p>Your bonus letter is ready. Please sign in with your corporate email to view it.</p><a href="https://hr-portal-docs.example/bonus">View Bonus Letter</a>',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'sign-in-elsewhere', weight: 25 });
    expect(found.explanation).toContain('"sign in with your corporate"');
    expect(found.explanation).toContain('hr-portal-docs.example');
  });

  it("says nothing when the link goes to your company's site or a known service's", async () => {
    expect(
      await codes(
        '<p>Install the update from the intranet; you will need to sign in with your corp.example account.</p><a href="https://intranet.corp.example/it">intranet</a>',
      ),
    ).toEqual([]);
    expect(
      await codes(
        '<p>Sign in with your work account to join.</p><a href="https://teams.microsoft.com/l/x">Join</a>',
      ),
    ).toEqual([]);
  });

  it('reads the ask to sign in with your work account in other languages', async () => {
    expect(
      await codes(
        '<p>Acceda al portal con sus credenciales corporativas: <a href="https://beneficios-secure.example/login">portal</a></p>',
      ),
    ).toEqual(['sign-in-elsewhere']);
    expect(
      await codes(
        '<p>Meld u aan met uw zakelijke e-mailadres om de bestanden te bekijken.</p><a href="https://share-docs.example/f/1">Openen</a>',
      ),
    ).toEqual(['sign-in-elsewhere']);
    expect(
      await codes('<p>Acceda a nuestra tienda: <a href="https://tienda.example/">ofertas</a></p>'),
    ).toEqual([]);
  });

  it('weighs more a sign-in link that comes filled in with your own address', async () => {
    const [found] = await signInAsks.analyse(
      await message({
        html: '<p>Sign in with your corporate account to keep your benefits.</p><a href="https://benefits-secure.example/login?e=alice@corp.example">Sign in</a>',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'sign-in-elsewhere', weight: 35 });
    expect(found.explanation).toContain('filled in for you');
  });
});
