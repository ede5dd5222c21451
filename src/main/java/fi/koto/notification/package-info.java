/**
 * E-mail notifications. Whoever wants to tell people something queues a {@code Notice} through
 * {@code control.Outbox} inside its own transaction: one outbox row per recipient, with subject and body already
 * written from the bundles in the recipient's language. The rows commit or roll back with the change they tell
 * about; only after a commit are they handed to the mail session (text/plain, UTF-8), asynchronously, and a timer
 * tries the undelivered ones again a bounded number of times. Mail can be off (no {@code KOTO_SMTP_HOST}): the rows
 * are then still written, marked as not sent, and no workflow ever fails because of mail. The programme review
 * cycle and the daily digest of overdue reviews are the first users.
 */
package fi.koto.notification;
