package fi.koto.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.mail.MailSessionDefinition;
import java.util.logging.Logger;

/**
 * Declares Koto's one mail session, read from the environment through Payara's {@code ${ENV=NAME:default}}
 * substitution (like the data source): {@code KOTO_SMTP_HOST}, {@code KOTO_SMTP_PORT} (25), {@code KOTO_MAIL_FROM},
 * optional {@code KOTO_SMTP_USER} and {@code KOTO_SMTP_PASSWORD}, and {@code KOTO_SMTP_STARTTLS} (false; true makes
 * STARTTLS required, never silently skipped). An unset setting leaves its property out, so without
 * {@code KOTO_SMTP_HOST} the session has no host and mail is off.
 *
 * <p>Why not a JavaMail resource in {@code config/pre-boot-commands.asadmin}: Payara Micro 6.2025.10 does create
 * one there and resolves {@code ${ENV=NAME}} in it, but a default ({@code ${ENV=NAME\:25}}) was used even when the
 * variable was set, and an unset optional variable stayed in the session as the literal text {@code ${ENV=...}};
 * the annotation resolves both correctly (tried on that version).
 *
 * <p>At start it says in one line whether mail is on and where it goes.
 */
@MailSessionDefinition(
        name = MailSessionConfiguration.JNDI_NAME,
        transportProtocol = "smtp",
        host = "${ENV=KOTO_SMTP_HOST:}",
        from = "${ENV=KOTO_MAIL_FROM:}",
        user = "${ENV=KOTO_SMTP_USER:}",
        password = "${ENV=KOTO_SMTP_PASSWORD:}",
        properties = {
            "mail.smtp.port=${ENV=KOTO_SMTP_PORT:25}",
            "mail.smtp.starttls.enable=${ENV=KOTO_SMTP_STARTTLS:false}",
            "mail.smtp.starttls.required=${ENV=KOTO_SMTP_STARTTLS:false}",
            // A mail server that does not answer must not hold a delivery thread (or a row lock) for long.
            "mail.smtp.connectiontimeout=10000",
            "mail.smtp.timeout=20000",
            "mail.smtp.writetimeout=20000",
            "mail.debug=false"
        })
@Singleton
@Startup
public class MailSessionConfiguration {

    public static final String JNDI_NAME = "java:app/mail/koto";

    private static final Logger LOG = Logger.getLogger(MailSessionConfiguration.class.getName());

    @Inject
    MailTransport transport;

    @PostConstruct
    void report() {
        LOG.info(transport.describe());
    }
}
