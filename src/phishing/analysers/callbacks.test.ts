import { describe, expect, it } from 'vitest';
import { callbacks } from './callbacks.js';
import { context, message, pdf } from './fixture.js';

const codes = async (parts: Parameters<typeof message>[0]) =>
  (await callbacks.analyse(await message(parts), context())).map((s) => s.code);

describe('the callbacks analyser', () => {
  it('names a charge with a phone number to call to cancel it', async () => {
    const [found] = await callbacks.analyse(
      await message({
        from: '"Billing Department" <renewals41@gmail.com>',
        text: 'Your account has been charged $399.99 for the renewal of your antivirus plan.\n\nIf you did not authorise this renewal, call our billing desk within 24 hours at +1 (808) 555-0142 to cancel and get a refund.',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'callback-charge', weight: 50 });
    expect(found.explanation).toContain('+1 (808) 555-0142');
    expect(found.explanation).toContain('free mail account');
  });

  it('reads the number and the ask in an attached PDF receipt', async () => {
    expect(
      await codes({
        from: 'Customer Service <service@receipts-online.example>',
        text: 'Please find your purchase receipt attached.',
        attachments: [
          {
            filename: 'Receipt_5521.pdf',
            contentType: 'application/pdf',
            content: pdf([
              'PAYMENT RECEIPT',
              'Total charged: $489.00',
              'Not you? To cancel and get a refund call toll free 1-888-555-0199',
            ]),
          },
        ],
      }),
    ).toEqual(['callback-charge']);
  });

  it('reads the ways a callback lure words the call: contact, reach, a customer care team', async () => {
    expect(
      await codes({
        from: '"Order Desk" <orders@pc-renewals.example>',
        text: 'Your membership auto-renews today for $349.99.\n\nIf you did not authorize this transaction, please contact our billing department at +1 808 555 0147.',
      }),
    ).toEqual(['callback-charge']);
    expect(
      await codes({
        from: '"Order Desk" <orders@pc-renewals.example>',
        text: 'Invoice 4471: $299.00 has been deducted from your account.\nDo not recognize this charge? Our customer care team answers on 1-888-555-0101.',
      }),
    ).toEqual(['callback-charge']);
  });

  it('reads a withdrawal or transfer as a charge to undo', async () => {
    expect(
      await codes({
        from: '"Kraken Security" <security@wallet-alerts.example>',
        text: 'A withdrawal of 0.52 ETH was requested from your account. Not you? Speak to our fraud team now on +1 202 555 0187 to stop it.',
      }),
    ).toEqual(['callback-charge']);
    expect(
      await codes({
        from: 'Harbour Bank <alerts@harbour-bank.example>',
        text: 'Your transfer of 250.00 EUR to J. Ortiz was sent. Questions about your account? Call us on +44 20 7946 0400.',
      }),
    ).toEqual([]);
  });

  it('says nothing of an honest invoice with a number to call with questions', async () => {
    expect(
      await codes({
        from: 'Lakeside Bakery <accounts@lakeside-bakery.example>',
        text: 'Invoice 118 for the October deliveries: 412.50 EUR, due in 30 days.\nIf you have any questions about this invoice, contact us on +44 20 7946 0321.',
      }),
    ).toEqual([]);
  });

  it("names a payment service's invoice sent for someone else whose note asks you to call to cancel", async () => {
    const [found] = await callbacks.analyse(
      await message({
        from: '"Norton Renewals via PayFlow" <invoices@payflow.example>',
        html: '<p>Request for 399.99 USD</p><p>Message from seller: your licence renews today. Not you? Call our billing desk on +1 (808) 555-0142 to stop the renewal and get a refund.</p><p><a href="https://www.payflow.example/request/8XK2">Pay now</a></p>',
        text: 'Request for 399.99 USD\nMessage from seller: your licence renews today. Not you? Call our billing desk on +1 (808) 555-0142 to stop the renewal and get a refund.\nPay now: https://www.payflow.example/request/8XK2',
      }),
      context(),
    );
    expect(found).toMatchObject({ code: 'callback-charge', weight: 40 });
    expect(
      await codes({
        from: '"Harbour Gym via PayFlow" <invoices@payflow.example>',
        text: 'Invoice 2231 for your monthly membership: 45.00 EUR. Questions? Our front desk is on +44 20 7946 0111.\nView invoice: https://www.payflow.example/invoice/2231',
      }),
    ).toEqual([]);
  });

  it("says nothing of a vendor's receipt that links to its own site, or a phone number without a charge", async () => {
    expect(
      await codes({
        from: 'Acme Billing <billing@acme-hosting.example>',
        text: 'You were charged $40.00 for your subscription. To cancel, visit https://www.acme-hosting.example/account or call us at +44 20 7946 0958.',
      }),
    ).toEqual([]);
    expect(
      await codes({
        text: 'Lunch moved to 1pm. If you cannot make it, call me on +44 7700 900123 to cancel.',
      }),
    ).toEqual([]);
  });

  it('reads a payee added or a transfer to undo by phone in other languages', async () => {
    expect(
      await codes({
        from: '"BBVA" <alertas@banca-alertas.example>',
        text: 'Se ha añadido el beneficiario I. OKAFOR y se ha programado una transferencia de 1.437,45 EUR. Si no reconoce esta operación, llame de inmediato a nuestro departamento de seguridad: +44 20 7946 0066',
      }),
    ).toEqual(['callback-charge']);
    expect(
      await codes({
        from: 'Banca <avvisi@banca.example>',
        text: 'Il bonifico di 250 EUR è stato eseguito. Per domande sul conto chiami il numero +39 02 1234 5678.',
      }),
    ).toEqual([]);
  });

  it("says nothing of a known brand's own alert with its own number to call, not sent for anyone else", async () => {
    const text =
      'The bank account for your pay was changed on 18 December. If you did not make this change, call the HR Service Centre on +1 555 0142 4357 so that we can stop the payment.';
    expect(await codes({ from: '"Workday" <kvu@myworkday.com>', text })).toEqual([]);
    expect(await codes({ from: '"Payroll" <payroll@pay-centre.example>', text })).toEqual([
      'callback-charge',
    ]);
  });
});
