// Incident notifications by webhook and email, and the mailer other features send their notices with.

export { createMailer, type EmailSettings, type Mailer, type MailMessage } from './mailer.js';
export {
  type DeliveryEntry,
  type NotificationSettings,
  Notifier,
  type NotifierOptions,
  type RecordDelivery,
} from './notifier.js';
export { DELIVERY_HEADER, SIGNATURE_HEADER, signBody, verifySignature } from './signature.js';
