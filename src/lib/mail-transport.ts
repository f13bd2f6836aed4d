// The one place that talks SMTP. Without SMTP_URL there is no transport and messages are held
// in the outbox for administrators to read.
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function smtpTransport(smtpUrl: string, messageIdDomain: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        // A stable Message-ID lets receiving servers drop a duplicate if a retry follows a lost reply.
        messageId: `<${mail.id}@${messageIdDomain}>`,
      });
    },
    close: () => transporter.close(),
  };
}
