package fi.koto.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Hands one plain-text mail to the SMTP server of the mail session ({@link MailSessionConfiguration}). The body
 * is {@code text/plain; charset=UTF-8}: whatever a person typed (HTML, script) arrives as inert text.
 */
@ApplicationScoped
public class MailTransport {

    @Resource(lookup = MailSessionConfiguration.JNDI_NAME)
    Session session;

    /** Mail is on when the session has a server and a sender. */
    public boolean isEnabled() {
        return !blank(session.getProperty("mail.host")) && !blank(session.getProperty("mail.from"));
    }

    /** One line for the log: whether mail is on, and which server and sender it uses (never the password). */
    public String describe() {
        if (blank(session.getProperty("mail.host"))) {
            return "Mail is off (KOTO_SMTP_HOST is not set): notifications are recorded in the outbox as not sent";
        }
        if (blank(session.getProperty("mail.from"))) {
            return "Mail is off (KOTO_MAIL_FROM is not set): notifications are recorded in the outbox as not sent";
        }
        return "Mail is on: SMTP " + session.getProperty("mail.host") + ":" + session.getProperty("mail.smtp.port")
                + (Boolean.parseBoolean(session.getProperty("mail.smtp.starttls.enable")) ? " with STARTTLS" : "")
                + (blank(session.getProperty("mail.user")) ? "" : " as " + session.getProperty("mail.user"))
                + ", from " + session.getProperty("mail.from");
    }

    public void send(String address, String subject, String body) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name(), "plain");
        message.setSentDate(new Date());
        // RFC 3834: automatic mail, so that out-of-office replies are not sent back to the sender.
        message.setHeader("Auto-Submitted", "auto-generated");
        String user = session.getProperty("mail.user");
        String password = session.getProperty("mail.password");
        if (!blank(user) && password != null) {
            Transport.send(message, user, password);
        } else {
            Transport.send(message);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
