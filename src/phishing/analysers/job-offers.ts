// Job offers: an unsolicited offer of easy work (paid by the day or hour, a few minutes a day, no
// experience needed, "we found your CV") that moves the talk to a chat app — WhatsApp, Telegram, Signal.
// That is how the task scam starts (reported by the FTC and others from 2023): the "job" is rating
// products or boosting apps for a small payout, then paying in crypto to "unlock" earnings. Recruiters
// write from their firm's mail and interview by phone or video; chat apps keep the scammer out of reach.
// The same offer comes in Spanish, Portuguese, French, Italian, German and Dutch, and is read in them too.
import { type Analyser, sign } from './signal.js';

const NAME = 'job-offers';
const JOB =
  /\b(?:hiring|recruit\w*|jobs?|positions?|vacanc(?:y|ies)|part[- ]time|remote (?:work|role)|work from home|online (?:assistants?|work)|employment|trabajos?|empleos?|trabalhos?|empregos?|vagas?|tempo parcial|medio tiempo|tiempo parcial|emplois?|temps partiel|lavoro|impiego|tempo parziale|stellen(?:angebot)?|nebenjob|teilzeit|vacatures?|bijbaan|deeltijd)\b/i;
/** An ask to carry on in a chat app, or its number or handle given. */
const CHAT_APP =
  /\b(?:contact|message|text|add|reach|chat|write|talk|connect)\b[^.\n]{0,20}\b(?:on|via|through|in|at)\s+(?:whats ?app|telegram|signal|wechat|viber|kakao ?talk)\b|\b(?:whats ?app|telegram)\b\s*[:(]?\s*[+@]/i;
/** Work that sounds too easy for its pay, or an offer nobody applied for. */
const EASY =
  /\bno (?:prior )?experience (?:is )?(?:needed|required|necessary)\b|\bdaily (?:pay|salary|income|earnings?|wages?)\b|\b(?:paid|pay|earn|earnings|income|salary)\b[^.\n]{0,30}\b(?:per|a|each|every) (?:day|hour)\b|\$\s?\d[\d,]*\s*(?:-|–|to)\s*\$?\d[\d,]*\s*(?:\/|per |a )(?:day|hour)\b|\b(?:found|saw|came across|reviewed) your (?:cv|resume|résumé|profile)\b|\b\d+(?:\s*(?:-|–|to)\s*\d+)? (?:minutes|hours) (?:a|per) day\b|\b(?:sem experi[eê]ncia|sin experiencia|sans exp[ée]rience|senza esperienza|keine (?:vor)?erfahrung|geen ervaring)\b|\b(?:minutos|minutes|minuti|minuten|horas|heures|ore|stunden|uur) (?:por|al|par|pro|per) (?:d[ií]a|dia|jour|giorno|tag|dag)\b|\b(?:ganhe|ganhar|gana|ganar|gagnez|gagner|guadagna|guadagnare|verdienen|verdien)\b[^.\n]{0,30}\b(?:por|al|par|pro|per) (?:d[ií]a|dia|jour|giorno|tag|dag|hora|heure|ora|stunde|uur)\b|\b(?:pago|pagado|pagamento) (?:diariamente|di[aá]rio)|pay[ée] chaque jour|pagat[oa] ogni giorno|t[äa]glich (?:bezahlt|ausgezahlt)|dagelijks uitbetaald|\b(?:encontr[aá]mos|encontramos|vimos) (?:o seu|su|tu) (?:perfil|cv|curr[ií]culo)|(?:trouv[ée]|vu) votre (?:profil|cv)|(?:trovato|visto) il (?:tuo|suo) (?:profilo|cv)|ihr(?:en)? (?:profil|lebenslauf) gefunden/i;

export const jobOffers: Analyser = {
  name: NAME,
  async analyse(message) {
    const text = `${message.subject}\n${message.text.slice(0, 3_000)}`;
    const job = JOB.exec(text);
    const chat = CHAT_APP.exec(text);
    const easy = EASY.exec(text);
    if (job === null || chat === null || easy === null) return [];
    return [
      sign(
        NAME,
        'job-offer-chat',
        40,
        `It offers work ("${job[0]}") that sounds too easy ("${easy[0]}") and asks you to carry on in a chat app ("${chat[0].trim()}"): the task scam starts this way, and later asks you to pay to "unlock" your earnings. Real recruiters write from their firm's mail.`,
        chat[0].trim(),
      ),
    ];
  },
};
