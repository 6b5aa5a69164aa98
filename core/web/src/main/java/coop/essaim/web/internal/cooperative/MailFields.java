package coop.essaim.web.internal.cooperative;

import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.kernel.mail.MailSettingDefinitions;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SMTP settings form's values (a property model bean). The password is never read into it: it is only
 * what the administrator types, and an empty one keeps the stored password.
 */
class MailFields implements Serializable {

    private static final long serialVersionUID = 1L;

    String host;
    Integer port;
    String security;
    String user;
    String password;
    String fromAddress;
    String fromName;

    static MailFields of(CooperativeSettings settings, long cooperativeId) {
        MailFields f = new MailFields();
        f.host = settings.value(cooperativeId, MailSettingDefinitions.HOST).orElse(null);
        f.port = settings.value(cooperativeId, MailSettingDefinitions.PORT).map(Integer::valueOf).orElse(null);
        f.security = settings.value(cooperativeId, MailSettingDefinitions.SECURITY).orElse(null);
        f.user = settings.value(cooperativeId, MailSettingDefinitions.USER).orElse(null);
        f.fromAddress = settings.value(cooperativeId, MailSettingDefinitions.FROM_ADDRESS).orElse(null);
        f.fromName = settings.value(cooperativeId, MailSettingDefinitions.FROM_NAME).orElse(null);
        return f;
    }

    /** The settings the form writes, by key; a null value withdraws the cooperative's own. */
    Map<String, String> byKey() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(MailSettingDefinitions.HOST, host);
        out.put(MailSettingDefinitions.PORT, port == null ? null : port.toString());
        out.put(MailSettingDefinitions.SECURITY, security);
        out.put(MailSettingDefinitions.USER, user);
        out.put(MailSettingDefinitions.FROM_ADDRESS, fromAddress);
        out.put(MailSettingDefinitions.FROM_NAME, fromName);
        return out;
    }
}
