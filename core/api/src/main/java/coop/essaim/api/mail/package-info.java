/**
 * E-mail sent by the core for every module: {@link coop.essaim.api.mail.Mailer} sends an
 * {@link coop.essaim.api.mail.OutgoingMail} through the acting user's cooperative SMTP server and keeps a history
 * of each sending ({@link coop.essaim.api.mail.SentMail}), which a module lists by the reference it chose.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package coop.essaim.api.mail;
