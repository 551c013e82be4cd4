package org.returnops.gateway.web;

import io.quarkus.qute.TemplateData;
import org.returnops.gateway.web.i18n.Languages;
import org.returnops.gateway.web.session.WebSession;
import org.returnops.platform.security.Roles;

import java.util.List;
import java.util.Locale;

/** What every page's frame needs: who is logged in, what the roles let them open, the language, the CSRF token. */
@TemplateData
public record Page(String user, String organisation, boolean operator, boolean observer, boolean authority,
        boolean border, boolean convoys, String csrf, String lang, List<Languages.Language> languages, String path) {

    /** The roles that decide clearances for an authority. */
    static final String[] AUTHORITIES = {Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_EMBASSY, Roles.TJ_BORDER};
    /** The roles that count people at a border. */
    public static final String[] BORDERS = {Roles.KZ_MIGRATION, Roles.UZ_BORDER, Roles.TJ_BORDER};

    public static Page of(WebSession session, Locale locale, String path) {
        boolean operator = session != null && session.hasRole(Roles.OPERATOR);
        boolean border = session != null && session.hasAnyRole(BORDERS);
        return new Page(session == null ? null : session.user(), session == null ? null : session.organisation(),
                operator, session != null && session.hasRole(Roles.OBSERVER),
                session != null && session.hasAnyRole(AUTHORITIES), border, operator || border,
                session == null ? "" : session.csrfToken(), locale.getLanguage(), Languages.ALL, path);
    }

    public boolean board() {
        return operator || observer;
    }
}
