package app.plumbline.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Reminders by email over the configured SMTP server, plain text, with RFC 8058 one-click
 * unsubscribe headers. Without a mail server (no spring.mail.host) nothing is sent and the outbox
 * says so.
 */
@Component
class EmailChannel implements ReminderChannel {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final ReminderSettings settings;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender, ReminderSettings settings) {
        this.mailSender = mailSender;
        this.settings = settings;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Delivery send(ReminderMessage message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || !settings.mailServer()) {
            return new Delivery(OutboxStatus.NOT_SENT_NO_SERVER, "no mail server configured");
        }
        if (message.address() == null || message.address().isBlank()) {
            return new Delivery(OutboxStatus.NOT_SENT_NO_ADDRESS, "no email address on record");
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(message.address());
            helper.setSubject(message.subject());
            helper.setText(message.text());
            mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            mime.setHeader("Auto-Submitted", "auto-generated");
            sender.send(mime);
            return Delivery.sent();
        } catch (MessagingException | MailException e) {
            return Delivery.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
