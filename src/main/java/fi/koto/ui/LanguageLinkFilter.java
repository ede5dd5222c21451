package fi.koto.ui;

import fi.koto.platform.i18n.SupportedLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;

/**
 * The language switch at the top of every page is a plain link ({@code ?language=sv}), so it works without
 * JavaScript and needs no form (docs/testing.md, the second accessibility check). This filter takes the choice
 * ({@link LanguageSelection#choose}: saved to the account when signed in) and redirects to the same address without
 * the parameter, so a reload or a bookmark does not choose again. A language is a harmless preference: changing it
 * by a followed link is no state change an attacker could use.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageLinkFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PARAMETER = "language";

    @Inject
    LanguageSelection languages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String code = "GET".equals(request.getMethod())
                ? LanguageSelection.queryValue(request.getQueryString(), PARAMETER)
                        .orElse(null)
                : null;
        if (code == null || !known(code)) {
            chain.doFilter(request, response);
            return;
        }
        languages.choose(code);
        String rest = LanguageSelection.queryWithout(request.getQueryString(), PARAMETER);
        response.sendRedirect(request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
    }

    private static boolean known(String code) {
        return Arrays.stream(SupportedLanguage.values()).anyMatch(l -> l.code().equals(code));
    }
}
