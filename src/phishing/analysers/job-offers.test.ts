import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { jobOffers } from './job-offers.js';

const codes = async (parts: Parameters<typeof message>[0]) =>
  (await jobOffers.analyse(await message(parts), context())).map((s) => s.code);

describe('the job offers analyser', () => {
  it('names easy paid work that moves the talk to a chat app', async () => {
    const [found] = await jobOffers.analyse(
      await message({
        subject: 'Part-time work from home',
        text: 'We are hiring product reviewers. No experience needed, paid every day.\nMessage our coordinator on Telegram: @review_team_hr',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'job-offer-chat', weight: 40 });
    expect(found.explanation).toContain('No experience needed');
    expect(await codes({ text: 'Remote job, $150 - $400 per day. WhatsApp: +1 555 0100 234' })).toEqual([
      'job-offer-chat',
    ]);
  });

  it('reads the same offer in other languages', async () => {
    expect(
      await codes({
        subject: 'Oferta de empleo',
        text: 'Hola, hemos visto su perfil. Trabajo desde casa a tiempo parcial: gana entre 150 y 500 € al día, sin experiencia. Escríbenos por Telegram: @rrhh_equipo',
      }),
    ).toEqual(['job-offer-chat']);
    expect(
      await codes({
        subject: 'Nebenjob',
        text: 'Wir haben Ihr Profil gefunden. 30 Minuten pro Tag, täglich ausgezahlt. WhatsApp: +49 151 0000 0000',
      }),
    ).toEqual(['job-offer-chat']);
    expect(
      await codes({
        subject: 'Vaga de emprego',
        text: 'Olá, temos uma vaga de analista na nossa equipa em Lisboa. Envie o seu CV; a entrevista é presencial. Dúvidas pelo WhatsApp: +351 910 000 000',
      }),
    ).toEqual([]);
  });

  it("says nothing of a recruiter's ordinary approach, or a chat app without a job", async () => {
    expect(
      await codes({
        text: 'I came across your profile and think you would fit our Senior Engineer position. Could we talk by phone on Tuesday?',
      }),
    ).toEqual([]);
    expect(
      await codes({
        text: 'The offsite is on Friday; no experience needed for the climbing part. Message me on WhatsApp if you are late.',
      }),
    ).toEqual([]);
  });
});
