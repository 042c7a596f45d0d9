// QR codes (quishing): images of the message decoded with jsqr (PNG with pngjs, JPEG with jpeg-js), and the
// link each holds judged like any other link. A code about your password, sign-in, MFA or pay, or a fine or
// charge to pay, whose link leaves the sender's and every known site is named besides: it moves the
// sign-in or the card to a phone, away from the company's protections, and no one enrols an authenticator,
// reads a payslip or takes a fine's payment through a mailed code. Images too large to decode are left out and said so. The
// decoders are loaded with the first image to read: most reports carry none. A code cut into two images
// that only read as one side by side (or one above the other) is put back together, and named as the
// trick it is.
import { hostOf } from '../links-in.js';
import type { ReportedMessage } from '../message.js';
import { urlSigns } from '../url-signs.js';
import { elsewhere, senderDomain } from './owners.js';
import { type Analyser, type AnalysisContext, type Signal, sign } from './signal.js';

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
    /** Images that hold no whole code, in the message's order: a code may be cut across two of them. */
    const unread: { name: string; pixels: Pixels }[] = [];
    for (const image of images) {
      const pixels = await pixelsOf(image.content, image.contentType, (why) =>
        context.gap(`The image ${image.filename || '(unnamed)'} was not read: ${why}.`),
      );
      if (pixels === undefined) continue;
      const text = await decodePixels(pixels.data, pixels.width, pixels.height);
      if (text === undefined) unread.push({ name: image.filename || '(unnamed)', pixels });
      else
        signals.push(
          ...(await codeSigns(
            text,
            `a QR code in the image ${image.filename || '(unnamed)'}`,
            message,
            context,
          )),
        );
    }
    for (let i = 0; i + 1 < unread.length; i++) {
      const [first, second] = [unread[i], unread[i + 1]];
      const whole = joined(first.pixels, second.pixels);
      const text =
        whole === undefined ? undefined : await decodePixels(whole.data, whole.width, whole.height);
      if (text === undefined) continue;
      const where = `a QR code cut in two, the images ${first.name} and ${second.name}`;
      signals.push(
        sign(
          NAME,
          'qr-split',
          30,
          `The message cuts a QR code into two images (${first.name}, ${second.name}) that only read as one side by side: a trick to slip the code past the mail filters that read codes, which no honest sender needs.`,
          text,
        ),
        ...(await codeSigns(text, where, message, context)),
      );
      i++;
    }
    return signals;
  },
};

/** What the text of a code found at `where` gives away: a hidden link, judged like any link. */
async function codeSigns(
  text: string,
  where: string,
  message: ReportedMessage,
  context: AnalysisContext,
): Promise<Signal[]> {
  if (!/^https?:\/\//i.test(text)) return [];
  const signals = [
    sign(
      NAME,
      'qr-link',
      15,
      `The message hides a link in ${where.slice(2)}, where link checks of mail filters cannot see it.`,
      text,
    ),
    ...urlSigns(NAME, text, where, context),
  ];
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
  return signals;
}

interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Two images set side by side (the same height) or one above the other (the same width), as HTML shows them. */
function joined(a: Pixels, b: Pixels): Pixels | undefined {
  if (a.height === b.height) {
    const width = a.width + b.width;
    const data = new Uint8ClampedArray(width * a.height * 4);
    for (let y = 0; y < a.height; y++) {
      data.set(a.data.subarray(y * a.width * 4, (y + 1) * a.width * 4), y * width * 4);
      data.set(b.data.subarray(y * b.width * 4, (y + 1) * b.width * 4), (y * width + a.width) * 4);
    }
    return { width, height: a.height, data };
  }
  if (a.width === b.width) {
    const data = new Uint8ClampedArray(a.data.length + b.data.length);
    data.set(a.data);
    data.set(b.data, a.data.length);
    return { width: a.width, height: a.height + b.height, data };
  }
  return undefined;
}

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
  const pixels = await pixelsOf(content, type, skipped);
  return pixels === undefined ? undefined : decodePixels(pixels.data, pixels.width, pixels.height);
}

/** The RGBA pixels of a PNG or JPEG image, or undefined when it cannot be read. */
async function pixelsOf(
  content: Buffer,
  type: string,
  skipped: (why: string) => void,
): Promise<Pixels | undefined> {
  loaded ??= decoders();
  const { jpeg, PNG } = await loaded;
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
    return { width, height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
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
