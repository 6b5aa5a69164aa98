package coop.essaim.api.mail;

/** What became of a sending: accepted by the SMTP server, or refused (the reason is kept). */
public enum MailStatus {
    SENT, FAILED
}
