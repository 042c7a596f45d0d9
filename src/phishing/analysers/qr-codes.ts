// QR codes (quishing): images of the message decoded with jsqr (PNG with pngjs, JPEG with jpeg-js), and the
// link each holds judged like any other link. A code about your password, sign-in, MFA or pay, or a fine or
// charge to pay, whose link leaves the sender's and every known site is named besides: it moves the
// sign-in or the card to a phone, away from the company's protections, and no one enrols an authenticator,
// reads a payslip or takes a fine's payment through a mailed code. Images too large to decode are left out and said so. The
// decoders are loaded with the first image to read: most reports carry none.
import { hostOf } from '../links-in.js';
import { urlSigns } from '../url-signs.js';
import { elsewhere, senderDomain } from './owners.js';
import { type Analyser, type Signal, sign } from './signal.js';

const NAME = 'qr-codes';
/** Pixels decoded per image; larger images are skipped (a decompression bomb costs nothing to send). */
const MAX_PIXELS = 16_000_000;
const MAX_IMAGES = 20;
/** What a code to sign in, read your pay or pay a charge with is about. */
const ACCOUNT_TOPIC =
  /\b(?:password|passcode|multi-?factor|two-?factor|2fa|mfa|authenticator|sign[- ]?in|log[- ]?in|re-?register|re-?enrol(?:l)?(?:ment)?|verify your (?:account|identity|mailbox)|mailbox|salary|compensation|bonus|payslip|pay ?stub|fines?|penalty|parking|tolls?|pay (?:now|within|online|the (?:fine|charge|balance))|settle|unpaid|outstanding|amende|stationnement|multa|aparcamiento|bu(?:ß|ss)geld|parkversto(?:ß|ss)|boete|parkeren|sanzione|contravvenzione)\b/i;

export const qrCodes: Analyser = {
  name: NAME,
  async analyse(message, context) {
    const signals: Signal[] = [];
    const images = message.attachments
      .filter((p) => /^image\/(png|jpe?g)$/.test(p.contentType))
      .slice(0, MAX_IMAGES);
    for (const image of images) {
      const text = await decode(image.content, image.contentType, (why) =>
        context.gap(`The image ${image.filename || '(unnamed)'} was not read: ${why}.`),
      );
      if (text === undefined) continue;
      const where = `a QR code in the image ${image.filename || '(unnamed)'}`;
      if (/^https?:\/\//i.test(text)) {
        signals.push(
          sign(
            NAME,
            'qr-link',
            15,
            `The message hides a link in ${where.slice(2)}, where link checks of mail filters cannot see it.`,
            text,
          ),
        );
        signals.push(...urlSigns(NAME, text, where, context));
        const topic = ACCOUNT_TOPIC.exec(`${message.subject}\n${message.text.slice(0, 3_000)}`);
        const host = hostOf(text);
        if (topic !== null && host !== '' && elsewhere(senderDomain(message), context)(host)) {
          signals.push(
            sign(
              NAME,
              'qr-sign-in',
              25,
              `It asks you to scan a code about "${topic[0]}" that leads to ${host}, neither the sender's site nor a known service's: a code moves the sign-in to your phone, away from your company's protections, and no one enrols an authenticator, reads a payslip or takes a fine's payment through a mailed code.`,
              text,
            ),
          );
        }
      }
    }
    return signals;
  },
};

async function decoders() {
  const [{ default: jpeg }, { default: jsQRModule }, { PNG }] = await Promise.all([
    import('jpeg-js'),
    import('jsqr'),
    import('pngjs'),
  ]);
  // jsqr is a CommonJS bundle whose types describe an ES default export; both shapes carry the function
  const jsQR = (jsQRModule as unknown as { default: typeof jsQRModule.default }).default;
  return { jpeg, jsQR, PNG };
}

let loaded: ReturnType<typeof decoders> | undefined;

/** The text of the QR code in an image, or undefined when it holds none or cannot be read. */
export async function decode(
  content: Buffer,
  type: string,
  skipped: (why: string) => void,
): Promise<string | undefined> {
  loaded ??= decoders();
  const { jpeg, jsQR, PNG } = await loaded;
  try {
    let width: number;
    let height: number;
    let data: Uint8Array;
    if (type === 'image/png') {
      const header = pngSize(content);
      if (header === undefined || header.width * header.height > MAX_PIXELS) {
        skipped('too large or not a PNG');
        return undefined;
      }
      const png = PNG.sync.read(content);
      ({ width, height } = png);
      data = png.data;
    } else {
      const image = jpeg.decode(content, {
        useTArray: true,
        maxResolutionInMP: MAX_PIXELS / 1_000_000,
        maxMemoryUsageInMB: 256,
      });
      ({ width, height } = image);
      data = image.data;
    }
    return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width, height)?.data;
  } catch (error) {
    skipped((error as Error).message);
    return undefined;
  }
}

/** The text of the QR code in raw RGBA pixels, or undefined when they hold none. */
export async function decodePixels(rgba: Uint8ClampedArray, width: number, height: number) {
  loaded ??= decoders();
  const { jsQR } = await loaded;
  return jsQR(rgba, width, height)?.data;
}

function pngSize(content: Buffer): { width: number; height: number } | undefined {
  if (content.length < 24 || content.readUInt32BE(0) !== 0x89504e47) return undefined;
  return { width: content.readUInt32BE(16), height: content.readUInt32BE(20) };
}
