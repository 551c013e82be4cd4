package org.returnops.gateway.web.session;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import org.returnops.gateway.web.i18n.Languages;

import java.util.Locale;

/**
 * Who asks for a page, as the browser tells every request: the session cookie, and the language (the switcher's
 * cookie, else {@code Accept-Language}). A page handler takes it whole with {@code @BeanParam}.
 */
public class Visitor {

    @CookieParam(Sessions.COOKIE)
    String session;

    @CookieParam(Languages.COOKIE)
    String language;

    @HeaderParam("Accept-Language")
    String acceptLanguage;

    /** The session cookie's value, or null when the browser sent none. */
    public String session() {
        return session;
    }

    /** The language of the page: the chosen one, else the browser's best supported, else English. */
    public Locale locale() {
        return Languages.choose(language, acceptLanguage);
    }
}
