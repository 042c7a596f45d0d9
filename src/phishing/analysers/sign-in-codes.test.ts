import { describe, expect, it } from 'vitest';
import { context, message } from './fixture.js';
import { signInCodes } from './sign-in-codes.js';

const codes = async (from: string, text: string) =>
  (await signInCodes.analyse(await message({ from, text }), context())).map((s) => s.code);
const stranger = 'Dana Price <dana.price@partner.example>';

describe('the sign-in codes analyser', () => {
  it('names a device code to enter at the device login, from outside', async () => {
    expect(
      await codes(
        stranger,
        'For our call, go to https://microsoft.com/devicelogin and enter the code HQ7KZP2MX to join.',
      ),
    ).toEqual(['device-code']);
    expect(
      await codes(
        stranger,
        'To join the meeting, open the page below and enter the code. The code expires soon.\nCode: 53YAY3FFJ\nhttps://microsoft.com/devicelogin',
      ),
    ).toEqual(['device-code']);
  });

  it('names an ask to reply with the code sent to your phone, and to approve the prompts to come', async () => {
    expect(
      await codes(
        stranger,
        'To confirm you own the account, reply with the 6-digit code we just sent to your phone.',
      ),
    ).toEqual(['code-relay']);
    expect(
      await codes(
        'IT <it@it-support.example>',
        'We are re-syncing Authenticator today. You will receive several sign-in requests; please approve them.',
      ),
    ).toEqual(['approve-prompts']);
  });

  it("says nothing of a real code's warning, IT's own advice, or how-to steps without a code", async () => {
    expect(
      await codes(
        'Microsoft <account-security-noreply@accountprotection.microsoft.com>',
        'Security code: 482913. Do not share this verification code with anyone. We will send a verification code when you sign in.',
      ),
    ).toEqual([]);
    expect(
      await codes(
        'Service Desk <servicedesk@corp.example>',
        'Go to microsoft.com/devicelogin and enter the code ABCD1234 shown on the meeting-room screen. Approve them all if prompted by Authenticator.',
      ),
    ).toEqual([]);
    expect(
      await codes(
        stranger,
        'Authenticator will ask you to type a number. Never approve the requests you did not start; deny it and call the desk.',
      ),
    ).toEqual([]);
    expect(
      await codes(
        stranger,
        'On your TV, open microsoft.com/devicelogin and enter the code shown on the screen.',
      ),
    ).toEqual([]);
  });

  it('names an ask to approve the next prompt to stop a "loop", and not the advice to deny it', async () => {
    expect(
      await codes(
        'IT Helpdesk <helpdesk@gmail.com>',
        'Your account is stuck in a sign-in loop; that is why your phone keeps showing approval requests. Approve the next request once and the loop stops.',
      ),
    ).toEqual(['approve-prompts']);
    expect(
      await codes(
        'IT <it@corp.example>',
        'If your phone shows approval requests you did not start, do not approve the next request; deny it and call us.',
      ),
    ).toEqual([]);
  });
});
